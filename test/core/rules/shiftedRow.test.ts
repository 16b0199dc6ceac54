/**
 * A commune's figures typed one column to the right of their lines (its
 * first cell blank, each figure in the next line's cell): told once, at the
 * blank cell, under typed, formula or no totals — the subtotals or plan
 * comparisons the shift puts off named in it.
 */
import { checkTotals, told, withFigure, type District, type Layout, type PlanSpec } from "./totalsSheet";

const PLAN: PlanSpec = {
  lines: [
    { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 12 },
    { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
    { code: "4", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 10 },
  ],
};
const HEADERS = ["Địa chỉ tin cậy", "Kinh phí hỗ trợ (triệu đồng)", "Câu lạc bộ thủ lĩnh của sự thay đổi"];
// Ba Vì (row 3): Khánh Thượng (row 4), Minh Quang (row 5), Ba Trại (row 6: 1, 80, 3); Mỹ Đức (row 7) over rows 8–10.
const DISTRICTS: District[] = [
  { name: "Ba Vì", communes: [{ name: "Khánh Thượng", values: [2, 100, 1] }, { name: "Minh Quang", values: [3, 120, 2] }, { name: "Ba Trại", values: [1, 80, 3] }] },
  { name: "Mỹ Đức", communes: [{ name: "An Phú", values: [2, 90, 1] }, { name: "Hùng Tiến", values: [2, 110, 2] }, { name: "Phù Lưu", values: [2, 100, 1] }] },
];
/** Ba Trại's figures one column to the right: blank, 1, 80 (its 3 CLB pushed out of the table). */
const SHIFTED = withFigure(withFigure(withFigure(DISTRICTS, 0, 2, 0, null), 0, 2, 1, 1), 0, 2, 2, 80);

describe("a commune's figures typed one column to the right", () => {
  test.each<[string, Layout, string[]]>([
    ["typed subtotals", { totals: "typed", districtRows: true }, ["subtotal C6"]],
    ["formula subtotals", { totals: "formula", districtRows: true }, ["ceiling C6"]],
    ["no totals", { totals: "none", districtRows: true }, ["ceiling C6"]],
    ["formula grand total only", { totals: "formula", districtRows: false }, ["ceiling C5"]],
  ])("%s: one finding at the blank cell", (_name, layout, expected) => {
    expect(told(checkTotals(PLAN, DISTRICTS, SHIFTED, layout, HEADERS))).toEqual(expected);
  });

  test("the finding says where each figure belongs and names what comes right", () => {
    const [finding] = checkTotals(PLAN, DISTRICTS, SHIFTED, { totals: "formula", districtRows: true }, HEADERS);
    expect(finding).toMatchObject({ rule: "ceiling", severity: "error", area: "Xã Ba Trại" });
    expect(finding.message.en).toEqual(expect.stringContaining("one column to the right"));
    expect(finding.message.en).toEqual(expect.stringContaining("D6 (Kinh phí hỗ trợ (triệu đồng)) shows 1 million VND, meant 80 million VND"));
  });

  // Ba Trại's figures one column to the left: 80, 3, blank (its 1 địa chỉ pushed out).
  test.each<[string, Layout, string[]]>([
    ["typed subtotals", { totals: "typed", districtRows: true }, ["subtotal C6"]],
    ["formula subtotals", { totals: "formula", districtRows: true }, ["ceiling C6"]],
    ["no totals", { totals: "none", districtRows: true }, ["ceiling C6"]],
  ])("one column to the left, %s: one finding at the row's first cell", (_name, layout, expected) => {
    const left = withFigure(withFigure(withFigure(DISTRICTS, 0, 2, 0, 80), 0, 2, 1, 3), 0, 2, 2, null);
    const findings = checkTotals(PLAN, DISTRICTS, left, layout, HEADERS);
    expect(told(findings)).toEqual(expected);
    expect(findings[0].message.en).toEqual(expect.stringContaining("one column to the left"));
  });

  test("a blank last cell, the other figures in place: the finding stays at the total", () => {
    expect(told(checkTotals(PLAN, DISTRICTS, withFigure(DISTRICTS, 0, 2, 2, null), { totals: "formula", districtRows: true }, HEADERS))).toEqual(["ceiling E2"]);
  });

  test("a blank first cell whose neighbours do not move the comparisons right: the findings stay", () => {
    // Ba Trại's first cell left blank, its other figures in place: one line short, nothing shifted.
    expect(told(checkTotals(PLAN, DISTRICTS, withFigure(DISTRICTS, 0, 2, 0, null), { totals: "formula", districtRows: true }, HEADERS))).toEqual(["ceiling C2"]);
  });
});
