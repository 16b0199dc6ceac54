/**
 * One cause, at its row: a commune's figures copied from the row above (every
 * figure equal to the previous commune's) under typed district subtotals and a
 * grand total that keep the figures as planned — each subtotal it puts off is
 * off by what that row holds too much or too little, so the row is told once,
 * at its first cell, naming the row it repeats and the subtotals. Identical
 * rows that nothing contradicts (an even split) are never told, and a repeat
 * beside a subtotal that the row cannot explain, or a copy that puts only one
 * subtotal off (any commune as large could), leaves the subtotal's finding.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import type { Finding } from "../../../src/core/model/finding";
import type { CellValue } from "../../../src/core/model/workbook";
import { columnLetters } from "../../../src/core/model/address";
import { sheet, workbook } from "../layout/sheetBuilder";
import { allocationRows, checkTotals, SIX_COMMUNES_HEADERS, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, told, withFigure, type District, type Layout, type PlanSpec } from "./totalsSheet";

const PLAN = SIX_COMMUNES_TWO_LINES_PLAN;
const DISTRICTS = SIX_COMMUNES_TWO_LINES;
const HEADERS = SIX_COMMUNES_TWO_LINES_HEADERS;

/** The districts with commune `c` of district `d` holding commune `from`'s figures. */
function copied(districts: readonly District[], d: number, c: number, from: number): District[] {
  return districts.map((district, i) => ({
    ...district,
    communes: district.communes.map((commune, j) => (i === d && j === c ? { ...commune, values: [...district.communes[from].values] } : commune)),
  }));
}

const TYPED: Layout = { totals: "typed", districtRows: true };
// Mỹ Đức's Hùng Tiến split evenly with An Phú (2 and 90 each): the plan's money 580.
const EVEN: District[] = copied(DISTRICTS, 1, 1, 0);
const EVEN_PLAN: PlanSpec = { lines: [PLAN.lines[0], { ...PLAN.lines[1], target: 580 }] };

describe("a commune's row copied from the row above", () => {
  test.each<[string, PlanSpec, readonly District[], readonly District[], Layout, string[]]>([
    // Minh Quang (row 5: 3, 120) holds Khánh Thượng's 2 and 100: both subtotals of Ba Vì (C3, D3) short by its figures.
    ["Minh Quang copied from Khánh Thượng, typed totals", PLAN, DISTRICTS, copied(DISTRICTS, 0, 1, 0), TYPED, ["subtotal C5"]],
    // Ba Trại (row 6: 1, 80) holds Minh Quang's 3 and 120: both subtotals over by what it holds too much.
    ["Ba Trại copied from Minh Quang, typed totals", PLAN, DISTRICTS, copied(DISTRICTS, 0, 2, 1), TYPED, ["subtotal C6"]],
    // The districts' totals typed without district rows: only the grand total, which the row explains too.
    ["Ba Trại copied from Minh Quang, typed grand total only", PLAN, DISTRICTS, copied(DISTRICTS, 0, 2, 1), { totals: "typed", districtRows: false }, ["subtotal C5"]],
    // Identical rows nothing contradicts: an even split.
    ["an even split", EVEN_PLAN, EVEN, EVEN, TYPED, []],
    // The even split with Mỹ Đức's money subtotal typed 290 for 280: Hùng Tiến at 100 would explain it, but the plan
    // agrees with the communes as they stand, so the subtotal is the cell to fix.
    ["an even split beside a mistyped subtotal", EVEN_PLAN, withFigure(EVEN, 1, 2, 1, 110), EVEN, TYPED, ["subtotal D7"]],
    // Hùng Tiến (row 9: 2, 110) holds An Phú's 2 and 90: one subtotal off (D7), which any commune holding 20 could explain.
    ["Hùng Tiến copied from An Phú, one line apart", PLAN, DISTRICTS, copied(DISTRICTS, 1, 1, 0), TYPED, ["subtotal D7"]],
  ])("%s", (_name, plan, planned, actual, layout, expected) => {
    const findings = checkTotals(plan, planned, actual, layout, HEADERS);
    expect(told(findings)).toEqual(expected);
  });

  // Khánh Thượng with no Địa chỉ tin cậy (the plan's 10), Minh Quang (3, 120) copied from it: a blank over its 3.
  const BLANK_ABOVE = withFigure(DISTRICTS, 0, 0, 0, null);
  const BLANK_PLAN: PlanSpec = { lines: [{ ...PLAN.lines[0], target: 10 }, PLAN.lines[1]] };
  test.each<[string, Layout, string[]]>([
    ["a blank copied over a figure, typed totals", TYPED, ["subtotal C5"]],
    ["a blank copied over a figure, typed grand total only", { totals: "typed", districtRows: false }, ["subtotal C4"]],
  ])("%s", (_name, layout, expected) => {
    const findings = checkTotals(BLANK_PLAN, BLANK_ABOVE, copied(BLANK_ABOVE, 0, 1, 0), layout, HEADERS);
    expect(told(findings)).toEqual(expected);
  });

  test("a blank on a line left blank in every commune of the district is no copy: the subtotals stay", () => {
    // Ba Vì's money blank in all three communes, Minh Quang's count copied from Khánh Thượng: the money gap is anyone's.
    const blankMoney = [0, 1, 2].reduce((d, c) => withFigure(d, 0, c, 1, null), copied(DISTRICTS, 0, 1, 0));
    expect(told(checkTotals(PLAN, DISTRICTS, blankMoney, TYPED, HEADERS))).toEqual(["subtotal C3", "subtotal D3"]);
  });

  test("a blank copied over a figure is told as blank", () => {
    const [finding] = checkTotals(BLANK_PLAN, BLANK_ABOVE, copied(BLANK_ABOVE, 0, 1, 0), TYPED, HEADERS);
    expect(finding.message.en).toEqual(expect.stringContaining("C5 is blank, the subtotal adds up only at 3 địa chỉ"));
    expect(finding.message.vi).toEqual(expect.stringContaining("C5 để trống"));
  });

  test("the finding names the row it repeats and the subtotals it puts off", () => {
    const [finding] = checkTotals(PLAN, DISTRICTS, copied(DISTRICTS, 0, 1, 0), TYPED, HEADERS);
    expect(finding).toMatchObject({ rule: "subtotal", severity: "error", cell: "C5", area: "Xã Minh Quang" });
    expect(finding.message.vi).toEqual(expect.stringContaining("Xã Khánh Thượng (hàng 4)"));
    expect(finding.message.en).toEqual(expect.stringContaining("repeat the figures of the row above, Xã Khánh Thượng (row 4)"));
    expect(finding.message.en).toEqual(expect.stringContaining("Huyện Ba Vì (C3)"));
    expect(finding.message.en).toEqual(expect.stringContaining("Huyện Ba Vì (D3)"));
  });

  test("under a typed grand total alone, the finding names the plan comparisons it puts off", () => {
    const [finding] = checkTotals(PLAN, DISTRICTS, copied(DISTRICTS, 0, 2, 1), { totals: "typed", districtRows: false }, HEADERS);
    expect(finding.message.en).toEqual(expect.stringContaining("Correcting this cell also puts the allocated total of Địa chỉ tin cậy against the plan"));
  });
});

/** The same sheet turned: the indicators down the rows, the areas across the columns (row R of the rows sheet is column R). */
function checkTurned(plan: PlanSpec, planned: readonly District[], actual: readonly District[], layout: Layout): readonly Finding[] {
  const { rows, formulas } = allocationRows(HEADERS, planned, actual, layout);
  const body = rows.slice(1);
  const turned: CellValue[][] = [["TT", "Chỉ tiêu", ...body.map((r) => r[1])], ...HEADERS.map((h, j) => [j + 1, h, ...body.map((r) => r[j + 2])])];
  // A cell of line j (column j+2) on row R moves to row j+2 of column R (0-based).
  const turn = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return `${columnLetters(Number(m[2]))}${m[1].charCodeAt(0) - 65}`;
  };
  const turnedFormulas = Object.fromEntries(Object.entries(formulas).map(([at, text]) => [turn(at), text.replace(/[A-Z]+\d+/g, turn)]));
  const planJson = readPlanJson(
    { title: "Kế hoạch thử", indicators: plan.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.target })), areas: planned.flatMap((d) => d.communes.map((c) => ({ district: d.name, commune: c.name }))) },
    "plan.json",
  );
  return checkWorkbook(workbook(sheet("Phân bổ", turned, { formulas: turnedFormulas })), { workbookName: "t.xlsx", plan: planJson, sheet: "Phân bổ" }).report.findings;
}

describe("a commune's column copied from the column to its left (areas across the columns)", () => {
  test.each<[string, readonly District[], Layout, string[]]>([
    // Minh Quang (column F) holds Khánh Thượng's figures: both subtotals of Ba Vì (D2, D3) off by what it holds.
    ["Minh Quang copied from Khánh Thượng, typed totals", copied(DISTRICTS, 0, 1, 0), TYPED, ["subtotal F2"]],
    ["Ba Trại copied from Minh Quang, typed grand total only", copied(DISTRICTS, 0, 2, 1), { totals: "typed", districtRows: false }, ["subtotal F2"]],
    ["an even split", EVEN, TYPED, []],
  ])("%s", (_name, actual, layout, expected) => {
    const plan = actual === EVEN ? EVEN_PLAN : PLAN;
    expect(told(checkTurned(plan, actual === EVEN ? EVEN : DISTRICTS, actual, layout))).toEqual(expected);
  });

  test("the finding names the column it repeats", () => {
    const [finding] = checkTurned(PLAN, DISTRICTS, copied(DISTRICTS, 0, 1, 0), TYPED);
    expect(finding.message.vi).toEqual(expect.stringContaining("trùng hệt số liệu của cột bên trái, Xã Khánh Thượng (cột E)"));
    expect(finding.message.en).toEqual(expect.stringContaining("repeat the figures of the column to its left, Xã Khánh Thượng (column E)"));
  });
});

describe("a commune's row copied from the row above, no typed total to contradict it", () => {
  const FORMULA: Layout = { totals: "formula", districtRows: true };
  test.each<[string, PlanSpec, readonly District[], readonly District[], Layout, string[]]>([
    // Ba Trại (row 6: 1, 80) holds Minh Quang's 3 and 120: both lines over their ceilings, by no more than it holds.
    ["Ba Trại copied from Minh Quang, formula subtotals", PLAN, DISTRICTS, copied(DISTRICTS, 0, 2, 1), FORMULA, ["ceiling C6"]],
    ["Ba Trại copied from Minh Quang, formula grand total only", PLAN, DISTRICTS, copied(DISTRICTS, 0, 2, 1), { totals: "formula", districtRows: false }, ["ceiling C5"]],
    ["Ba Trại copied from Minh Quang, no totals", PLAN, DISTRICTS, copied(DISTRICTS, 0, 2, 1), { totals: "none", districtRows: true }, ["ceiling C6"]],
    // Minh Quang holds Khánh Thượng's smaller figures: both lines under, the rows within the ceilings — not told as a copy.
    ["Minh Quang copied from Khánh Thượng, under the plan", PLAN, DISTRICTS, copied(DISTRICTS, 0, 1, 0), FORMULA, ["ceiling C2", "ceiling D2"]],
    // An even split within the plan: nothing told.
    ["an even split, formula subtotals", EVEN_PLAN, EVEN, EVEN, FORMULA, []],
    // Two lines over by more than the copied row holds (the plan's money 400): the row cannot explain it.
    ["over by more than the row holds", { lines: [PLAN.lines[0], { ...PLAN.lines[1], target: 400 }] }, DISTRICTS, copied(DISTRICTS, 0, 2, 1), FORMULA, ["ceiling C2", "ceiling D2"]],
    // An even split over the plan on one line only: one line is no evidence.
    ["an even split over on one line", { lines: [PLAN.lines[0], { ...PLAN.lines[1], target: 560 }] }, EVEN, EVEN, FORMULA, ["ceiling D2"]],
  ])("%s", (_name, plan, planned, actual, layout, expected) => {
    expect(told(checkTotals(plan, planned, actual, layout, HEADERS))).toEqual(expected);
  });

  test("two communes of count lines alike by chance (no money, two lines): the plan's ceilings are told as they are", () => {
    const plan: PlanSpec = { lines: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 13 }, { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 13 }] };
    const counts: District[] = [
      { name: "Ba Vì", communes: [{ name: "Khánh Thượng", values: [2, 1] }, { name: "Minh Quang", values: [3, 4] }, { name: "Ba Trại", values: [1, 2] }] },
      { name: "Mỹ Đức", communes: [{ name: "An Phú", values: [2, 3] }, { name: "Hùng Tiến", values: [3, 1] }, { name: "Phù Lưu", values: [2, 2] }] },
    ];
    // Ba Trại (3, 4) as Minh Quang: both lines over by 2, no more than it holds — yet 3 tổ and 4 địa chỉ are no evidence of a copy.
    expect(told(checkTotals(plan, counts, copied(counts, 0, 2, 1), FORMULA, SIX_COMMUNES_HEADERS.slice(0, 2)))).toEqual(["ceiling C2", "ceiling D2"]);
  });

  test("a plan line with no column beside it (told on its own) does not hide the copy", () => {
    const plan: PlanSpec = { lines: [...PLAN.lines, { code: "4", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 5 }] };
    expect(told(checkTotals(plan, DISTRICTS, copied(DISTRICTS, 0, 2, 1), FORMULA, HEADERS))).toEqual(["ceiling C6", "unmapped "]);
  });

  test("the finding names the row it repeats and the plan comparisons it puts right", () => {
    const [finding] = checkTotals(PLAN, DISTRICTS, copied(DISTRICTS, 0, 2, 1), FORMULA, HEADERS);
    expect(finding).toMatchObject({ rule: "ceiling", severity: "error", cell: "C6", area: "Xã Ba Trại", expected: 12, actual: 14 });
    expect(finding.message.en).toEqual(expect.stringContaining("repeat the figures of the row above, Xã Minh Quang (row 5)"));
    expect(finding.message.en).toEqual(expect.stringContaining("Kinh phí hỗ trợ against the plan (D2)"));
    expect(finding.message.vi).toEqual(expect.stringContaining("chép nhầm dòng"));
  });

  test("areas across the columns: told at the column's first cell", () => {
    expect(told(checkTurned(PLAN, DISTRICTS, copied(DISTRICTS, 0, 2, 1), FORMULA))).toEqual(["ceiling G2"]);
  });

  // Minh Quang with no Địa chỉ tin cậy (the plan's 9), Ba Trại (1, 80) copied from it: a blank over its 1, 120 over its 80.
  const BLANK_ABOVE = withFigure(DISTRICTS, 0, 1, 0, null);
  const BLANK_PLAN: PlanSpec = { lines: [{ ...PLAN.lines[0], target: 9 }, PLAN.lines[1]] };
  test.each<[string, Layout, string[]]>([
    ["a blank copied over a figure, formula subtotals", FORMULA, ["ceiling C6"]],
    ["a blank copied over a figure, formula grand total only", { totals: "formula", districtRows: false }, ["ceiling C5"]],
    ["a blank copied over a figure, no totals", { totals: "none", districtRows: true }, ["ceiling C6"]],
    ["a blank copied over a figure, no totals, no district rows", { totals: "none", districtRows: false }, ["ceiling C5"]],
  ])("%s", (_name, layout, expected) => {
    expect(told(checkTotals(BLANK_PLAN, BLANK_ABOVE, copied(BLANK_ABOVE, 0, 2, 1), layout, HEADERS))).toEqual(expected);
  });

  test("a blank copied over a figure under formula totals is told as blank", () => {
    const [finding] = checkTotals(BLANK_PLAN, BLANK_ABOVE, copied(BLANK_ABOVE, 0, 2, 1), FORMULA, HEADERS);
    expect(finding).toMatchObject({ rule: "ceiling", cell: "C6", area: "Xã Ba Trại" });
    expect(finding.message.en).toEqual(expect.stringContaining("C6 is blank, the total under the plan by 1 địa chỉ"));
  });

  test("a blank on a line left blank in every other commune of the district is no copy: the ceilings stay", () => {
    // Khánh Thượng's Địa chỉ tin cậy blank too: the line's gap is anyone's.
    const blanks = withFigure(BLANK_ABOVE, 0, 0, 0, null);
    const plan: PlanSpec = { lines: [{ ...PLAN.lines[0], target: 7 }, PLAN.lines[1]] };
    expect(told(checkTotals(plan, blanks, copied(blanks, 0, 2, 1), FORMULA, HEADERS))).toEqual(["ceiling C2", "ceiling D2"]);
  });
});
