/**
 * Two causes on one line: a commune written twice (its row counted by the
 * sheet's totals) and another commune off the plan's per-area quota. The
 * line's plan comparison is off by the repeat's figure and the quota break
 * together: that `ceiling` is no cause of its own (CONTRACT §3), so the
 * check tells the repeat and the quota break, each at its cell, naming the
 * comparison they put right together, and nothing at the total.
 */
import { checkTotals, told, type District, type Layout, type PlanSpec } from "./totalsSheet";

const PLAN: PlanSpec = {
  lines: [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 6, quota: 1 },
    { code: "3", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 13 },
  ],
};
const PLANNED: District[] = [
  { name: "Ba Vì", communes: [{ name: "Khánh Thượng", values: [2, 1, 3] }, { name: "Minh Quang", values: [1, 1, 2] }, { name: "Ba Trại", values: [3, 1, 1] }] },
  { name: "Mỹ Đức", communes: [{ name: "An Phú", values: [2, 1, 2] }, { name: "Hùng Tiến", values: [1, 1, 4] }, { name: "Phù Lưu", values: [3, 1, 1] }] },
];
/** Khánh Thượng written again at the end of Ba Vì, and Hùng Tiến given 2 clubs for the quota of 1. */
const ACTUAL: District[] = [
  { ...PLANNED[0], communes: [...PLANNED[0].communes, PLANNED[0].communes[0]] },
  { ...PLANNED[1], communes: [PLANNED[1].communes[0], { name: "Hùng Tiến", values: [1, 2, 4] }, PLANNED[1].communes[2]] },
];

const FOLLOWING: Layout[] = [
  { totals: "formula", districtRows: true },
  { totals: "formula", districtRows: false },
  { totals: "none", districtRows: true },
  { totals: "none", districtRows: false },
  { totals: "typed", districtRows: true, typedAsWritten: true },
  { totals: "typed", districtRows: false, typedAsWritten: true },
  { totals: "typed", districtRows: true },
  { totals: "typed", districtRows: false },
];

describe.each(FOLLOWING)("a repeated commune and a quota break on one line (totals $totals, district rows $districtRows, typed as written $typedAsWritten)", (layout) => {
  test("one finding at the repeat, one at the quota break, none at the total", () => {
    const findings = checkTotals(PLAN, PLANNED, ACTUAL, layout);
    const repeatRow = layout.districtRows ? 7 : 6;
    const quotaCell = layout.districtRows ? "D10" : "D8";
    expect(told(findings)).toEqual([`duplicate B${repeatRow}`, `quota ${quotaCell}`]);
    const quota = findings.find((f) => f.rule === "quota");
    const repeat = findings.find((f) => f.rule === "duplicate");
    // Each names the plan comparison of the clubs' line (at the grand total's cell, or the line's header without one) as put right together.
    const total = layout.totals === "none" && !layout.districtRows ? "D1" : "D2";
    expect(quota?.message.vi).toContain(total);
    expect(repeat?.message.vi).toContain(total);
  });
});
