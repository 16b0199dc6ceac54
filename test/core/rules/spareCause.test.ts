/**
 * One cause, at its cell: a commune typed too high (`20` for `2`) under a
 * typed subtotal and grand total that show the plan, the gap more than any
 * other commune of the district holds — that commune is the cell to fix,
 * told once (its subtotal and the plan comparison named in it). Where two
 * communes could hold the gap, or they hold too little, the district's
 * subtotal stays the one finding; formula totals follow the commune and the
 * ceiling alone speaks — at the commune when its figure is a keyboard slip
 * standing out of its line (`slipCeiling`), else at the total.
 */
import { checkTotals, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, LAYOUTS, told, withFigure, type PlanSpec } from "./totalsSheet";

const PLAN = SIX_COMMUNES_TWO_LINES_PLAN;
const DISTRICTS = SIX_COMMUNES_TWO_LINES;
const HEADERS = SIX_COMMUNES_TWO_LINES_HEADERS;

describe.each(LAYOUTS)("Xã Khánh Thượng's figure typed wrong (totals $totals, district rows $districtRows)", (layout) => {
  // Khánh Thượng sits on row 4 under a district row, on row 3 without.
  const cell = (column: string) => `${column}${layout.districtRows ? 4 : 3}`;
  const subtotal = (column: string) => `${column}${layout.districtRows ? 3 : 2}`;
  const ceiling = (column: string) => `${column}${layout.totals === "none" && !layout.districtRows ? 1 : 2}`;
  test.each([
    // 18 too many: only Khánh Thượng (20) holds that much.
    ["20 for 2", 0, 20, "C", "cell"],
    // 2 too many: Khánh Thượng (4) or Minh Quang (3) could hold them.
    ["4 for 2", 0, 4, "C", "subtotal"],
    // 2 too few: any commune could be short.
    ["0 for 2", 0, 0, "C", "subtotal"],
    // 900 triệu too many: only Khánh Thượng (1000) holds that much.
    ["1000 for 100 triệu", 1, 1000, "D", "cell"],
    // 100 triệu too many: Khánh Thượng (200) or Minh Quang (120).
    ["200 for 100 triệu", 1, 200, "D", "subtotal"],
  ])("%s", (_name, line, value, column, where) => {
    const findings = checkTotals(PLAN, DISTRICTS, withFigure(DISTRICTS, 0, 0, line, value), layout, HEADERS);
    const at = layout.totals !== "typed" ? `ceiling ${where === "cell" ? cell(column) : ceiling(column)}` : `subtotal ${where === "cell" ? cell(column) : subtotal(column)}`;
    expect(told(findings)).toEqual([at]);
  });
});

describe("the commune's finding", () => {
  test("names the figure the subtotal asks for, the subtotal and the plan comparison that come right", () => {
    const [finding] = checkTotals(PLAN, DISTRICTS, withFigure(DISTRICTS, 0, 0, 0, 20), { totals: "typed", districtRows: true }, HEADERS);
    expect(finding).toMatchObject({ rule: "subtotal", severity: "error", cell: "C4", area: "Xã Khánh Thượng", expected: 2, actual: 20 });
    expect(finding.message.vi).toEqual(expect.stringContaining("ô cộng của Huyện Ba Vì (C3), cùng tổng cộng của bảng, ghi đúng số kế hoạch và chỉ khớp khi ô này là 2 địa chỉ (thừa 18 địa chỉ)"));
    expect(finding.message.en).toEqual(expect.stringContaining("no other area under Huyện Ba Vì holds as much as 18 địa chỉ"));
    expect(finding.message.en).toEqual(expect.stringContaining("Counted from the areas, against the plan (C2): Allocated 30"));
    expect(finding.message.en).toEqual(expect.stringContaining("also puts the Địa chỉ tin cậy of Huyện Ba Vì (C3) and the allocated total of Địa chỉ tin cậy against the plan (C2) right"));
  });

  test("a grand total typed with another figure than the plan: nothing backs the subtotal, both stay", () => {
    const plan: PlanSpec = { lines: [{ ...PLAN.lines[0], target: 13 }, PLAN.lines[1]] };
    const findings = checkTotals(plan, DISTRICTS, withFigure(DISTRICTS, 0, 0, 0, 20), { totals: "typed", districtRows: true }, HEADERS);
    expect(told(findings)).toEqual(["ceiling C2", "subtotal C3"]);
  });
});
