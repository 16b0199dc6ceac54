/**
 * Two neighbouring digits of a commune's figure swapped (`59` for `95`) under
 * totals that follow the table: the line off its plan by exactly the swap,
 * the figure meant lying within the other communes' figures. Told at the
 * commune's cell when it is the only commune whose figure reads as any slip
 * meeting the plan; when several communes could each be the swapped one, the
 * ceiling stays at the total and its message names them.
 */
import fc from "fast-check";
import { isSwapAmount } from "../../../src/core/rules/slipCeiling";
import { checkTotals, told, withFigure, type District, type Layout } from "./totalsSheet";

const FORMULA: Layout = { totals: "formula", districtRows: true };
const FORMULA_FLAT: Layout = { totals: "formula", districtRows: false };
const NONE: Layout = { totals: "none", districtRows: true };
const HEADERS = ["Kinh phí hỗ trợ (triệu đồng)"];

// The grand total in row 2; Ba Vì (row 3): Khánh Thượng (4), Minh Quang (5), Ba Trại (6); Mỹ Đức (row 7): An Phú (8), Hùng Tiến (9), Phù Lưu (10).
const sheetOf = (figures: number[]): District[] => [
  { name: "Ba Vì", communes: [{ name: "Khánh Thượng", values: [figures[0]] }, { name: "Minh Quang", values: [figures[1]] }, { name: "Ba Trại", values: [figures[2]] }] },
  { name: "Mỹ Đức", communes: [{ name: "An Phú", values: [figures[3]] }, { name: "Hùng Tiến", values: [figures[4]] }, { name: "Phù Lưu", values: [figures[5]] }] },
];
const planOf = (target: number) => ({ lines: [{ code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target }] });

describe("two neighbouring digits of a commune's figure swapped, totals following the table", () => {
  test.each<[string, number[], number, number, number, Layout, string[]]>([
    // 95 typed as 59: short by 36; only An Phú's figure raised by 36 is a slip of it.
    ["95 typed as 59 (short), formula subtotals", [100, 120, 80, 95, 110, 105], 1, 0, 59, FORMULA, ["ceiling C8"]],
    ["95 typed as 59 (short), grand total only", [100, 120, 80, 95, 110, 105], 1, 0, 59, FORMULA_FLAT, ["ceiling C6"]],
    ["95 typed as 59 (short), no totals", [100, 120, 80, 95, 110, 105], 1, 0, 59, NONE, ["ceiling C8"]],
    // 86 typed for 68: over by 18, the figure not standing out of the line.
    ["68 typed as 86 (over), formula subtotals", [60, 125, 68, 95, 110, 105], 0, 2, 86, FORMULA, ["ceiling C6"]],
    // 112 typed as 121: over by 9, but 110 (for 101) reads as a swap too — several cells, the ceiling stays at the total.
    ["two communes could be the swapped one", [100, 112, 80, 95, 110, 105], 0, 1, 121, FORMULA, ["ceiling C2"]],
    // 95 typed as 59 where 59 + 36 = 95 lies outside the others' figures (200–300): no evidence, at the total.
    ["the figure meant outside the others' range", [200, 250, 300, 95, 260, 280], 1, 0, 59, FORMULA, ["ceiling C2"]],
  ])("%s", (_name, figures, d, c, value, layout, expected) => {
    const planned = sheetOf(figures);
    const target = figures.reduce((a, b) => a + b, 0);
    const findings = checkTotals(planOf(target), planned, withFigure(planned, d, c, 0, value), layout, HEADERS);
    expect(told(findings)).toEqual(expected);
  });

  test("the finding at the cell says what it probably should be", () => {
    const planned = sheetOf([100, 120, 80, 95, 110, 105]);
    const findings = checkTotals(planOf(610), planned, withFigure(planned, 1, 0, 0, 59), FORMULA, HEADERS);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "ceiling", severity: "warning", cell: "C8", area: "Xã An Phú", indicator: "3", expected: 610_000_000, actual: 574_000_000 });
    expect(findings[0].message.en).toEqual(expect.stringContaining("probably should be 95 million VND"));
    expect(findings[0].message.vi).toEqual(expect.stringContaining("phải là 95 triệu đồng"));
  });

  test("several cells that could be the swapped one are named in the total's ceiling", () => {
    const planned = sheetOf([100, 112, 80, 95, 110, 105]);
    const findings = checkTotals(planOf(602), planned, withFigure(planned, 0, 1, 0, 121), FORMULA, HEADERS);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "ceiling", severity: "error", cell: "C2", area: null });
    expect(findings[0].message.en).toEqual(expect.stringContaining("Minh Quang (C5) as 112 million VND"));
    expect(findings[0].message.en).toEqual(expect.stringContaining("Hùng Tiến (C9) as 101 million VND"));
  });

  test.each<[number, boolean]>([
    [9, true],
    [36, true],
    [450, true],
    [0.9, true],
    [81, false],
    [10, false],
    [27_000, true],
    [35, false],
    [0, false],
  ])("a swap moves a figure by %p: %p", (amount, expected) => {
    expect(isSwapAmount(amount)).toBe(expected);
  });

  // Clean sheets off their plan by an amount no swap of digits makes: never told at a commune on that ground.
  test("a gap no swap makes never names a commune by a swap", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 50, max: 100 }), { minLength: 6, maxLength: 6 }), fc.integer({ min: -200, max: 200 }).filter((g) => g !== 0 && !isSwapAmount(Math.abs(g))), (figures, gap) => {
        const districts = sheetOf(figures);
        const sum = figures.reduce((a, b) => a + b, 0);
        const findings = checkTotals(planOf(sum + gap), districts, districts, FORMULA, HEADERS);
        return findings.every((f) => !f.message.en.includes("digits transposed") && !f.message.en.includes("neighbouring digits swapped in one of"));
      }),
      { numRuns: 80 },
    );
  });
});

// A row deleted, the plan listing no areas: every line short together — a gap a swap could make on one of them is no slip.
test("several lines short together: no swap read on any", () => {
  const planned: District[] = [
    { name: "Ba Vì", communes: [{ name: "Khánh Thượng", values: [2, 100] }, { name: "Minh Quang", values: [3, 59] }, { name: "Ba Trại", values: [1, 80] }] },
    { name: "Mỹ Đức", communes: [{ name: "An Phú", values: [2, 90] }, { name: "Hùng Tiến", values: [2, 110] }, { name: "Phù Lưu", values: [2, 36] }] },
  ];
  const plan = { lines: [{ code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 12 }, { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 475 }] };
  const actual = planned.map((d, i) => ({ ...d, communes: d.communes.filter((_, j) => i !== 1 || j !== 2) }));
  const findings = checkTotals(plan, planned, actual, FORMULA, ["Địa chỉ tin cậy", "Kinh phí hỗ trợ (triệu đồng)"], { noAreas: true });
  expect(told(findings)).toEqual(["ceiling C2", "ceiling D2"]);
});
