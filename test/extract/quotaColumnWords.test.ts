/**
 * A `Định mức` column whose cells say the quota with its unit and place (`01 tổ/xã`, `Mỗi xã 01 CLB`) gives the row its
 * quota, as a bare `1` does; a pace per year (`02 buổi/xã/năm`) gives none (no row's total is checked against it).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, number | null]>([
  ["01 tổ/xã", 1],
  ["Mỗi xã 01 tổ", 1],
  ["1", 1],
  ["02 tổ/xã/năm", null],
  ["", null],
])("Định mức `%s`", (cell, quota) => {
  const plan = extractPlan(planWith(["STT | Chỉ tiêu | ĐVT | Định mức | Kế hoạch", `1 | Tổ truyền thông cộng đồng | Tổ | ${cell} | 14`]));
  const [row] = plan.indicators.filter((i) => i.kind === "count");
  expect([row.target, row.quota ?? null]).toEqual([14, quota]);
});
