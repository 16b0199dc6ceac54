/**
 * One cause, one finding: a commune off the plan's per-area quota puts the
 * line's allocated total off the plan by exactly its own gap. Whatever the
 * totals (typed as planned, SUM formulas that follow the commune, none) and
 * with or without district rows, the quota finding at the commune's cell is
 * the one finding, naming the plan comparison that comes right with it; a
 * line off the plan by more than the quota breaks keeps its ceiling.
 */
import { checkTotals, LAYOUTS, told, withFigure, type District, type PlanSpec } from "./totalsSheet";

const PLAN = (target: number): PlanSpec => ({
  lines: [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target, quota: 1 },
    { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 12 },
  ],
});
const DISTRICTS: District[] = [
  { name: "Ba Vì", communes: [{ name: "Khánh Thượng", values: [1, 2] }, { name: "Minh Quang", values: [1, 3] }, { name: "Ba Trại", values: [1, 1] }] },
  { name: "Mỹ Đức", communes: [{ name: "An Phú", values: [1, 2] }, { name: "Hùng Tiến", values: [1, 2] }, { name: "Phù Lưu", values: [1, 2] }] },
];
/** Xã Minh Quang's cell of line 1, by layout. */
const cell = (districtRows: boolean) => (districtRows ? "C5" : "C4");

describe.each(LAYOUTS)("a commune off its quota (totals $totals, district rows $districtRows)", (layout) => {
  test.each([
    ["two teams for one", 2],
    ["none for one", 0],
  ])("%s: one quota finding at the commune", (_name, value) => {
    const findings = checkTotals(PLAN(6), DISTRICTS, withFigure(DISTRICTS, 0, 1, 0, value), layout);
    expect(told(findings)).toEqual([`quota ${cell(layout.districtRows)}`]);
    const [quota] = findings;
    expect(quota.message.vi).toEqual(expect.stringContaining("tổng phân bổ của Tổ truyền thông cộng đồng so với kế hoạch"));
  });

  test("a plan line off by more than the quota break keeps its ceiling", () => {
    const findings = checkTotals(PLAN(8), DISTRICTS, withFigure(DISTRICTS, 0, 1, 0, 2), layout);
    expect(told(findings).filter((x) => x.startsWith("ceiling")).length).toBe(1);
    expect(told(findings)).toContain(`quota ${cell(layout.districtRows)}`);
  });
});

describe("district subtotals that follow their communes (formulas, or blank) under a typed grand total", () => {
  test.each([
    ["formula district subtotals", "formula"],
    ["blank district rows", "none"],
  ] as const)("%s: one quota finding at the commune", (_name, districts) => {
    const findings = checkTotals(PLAN(6), DISTRICTS, withFigure(DISTRICTS, 0, 1, 0, 2), { totals: "typed", districtRows: true, districtTotals: districts });
    expect(told(findings)).toEqual(["quota C5"]);
  });
});
