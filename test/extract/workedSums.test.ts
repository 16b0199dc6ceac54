/**
 * A quota multiplied out in the text (`Mỗi xã 01 tổ x 14 xã = 14 tổ truyền thông cộng đồng`): the sum after `=` is the
 * target, named by the words before the factors (or after the `=` when those are only the unit); neither the places
 * multiplied by nor the sum is read as a quota of its own, and no quota-only issue is told.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string, string]>]>([
  ["- Mỗi xã 01 tổ x 14 xã = 14 tổ truyền thông cộng đồng.", [[14, "tổ", "Tổ truyền thông cộng đồng"]]],
  ["- Mỗi xã 01 tổ × 14 xã = 14 tổ truyền thông cộng đồng.", [[14, "tổ", "Tổ truyền thông cộng đồng"]]],
  ["- Mỗi huyện, thành phố tổ chức 02 lớp tập huấn × 10 huyện, thành phố = 20 lớp.", [[20, "lớp", "Tổ chức lớp tập huấn"]]],
])("%s", (line, expected) => {
  const plan = extractPlan(planWith([line]));
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.name])).toEqual(expected);
  expect(plan.issues.filter((i) => i.rule.startsWith("quota"))).toEqual([]);
});

test("the quota of the same unit stays the sum's", () => {
  const [row] = extractPlan(planWith(["- Mỗi xã 01 tổ × 14 xã = 14 tổ truyền thông cộng đồng."])).indicators;
  expect(row.quota).toBe(1);
});
