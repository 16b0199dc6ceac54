/**
 * A range per area (`Mỗi huyện thành lập từ 2 đến 3 CLB`, `02 - 03 mô hình/xã`) is a quota: totalled over the places
 * its sentence counts (range and all, to confirm), or with none counted kept as the least each area reaches, told
 * (quota-only) — never a target of 2 for the whole plan.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Read = [number, readonly [number, number] | null, number | null, string | null];

test.each<[string, Read[], string[]]>([
  ["- Xây dựng mới 02 - 03 mô hình sinh kế/xã tại 05 xã;", [[10, [10, 15], 2, "quota"]], []],
  ["- Xây dựng mới từ 02 đến 03 mô hình sinh kế/xã;", [[2, [2, 3], 2, "quota"]], ["quota-only"]],
  ["- Mỗi xã xây dựng từ 02 đến 03 mô hình sinh kế;", [[2, [2, 3], 2, "quota"]], ["quota-only"]],
  // `/năm` is no area: a range per year is a yearly target (to confirm), no quota.
  ["- Tổ chức từ 2 - 3 lớp tập huấn/năm cho cán bộ Hội;", [[2, [2, 3], null, "yearly"]], []],
  ["- Duy trì 12 tổ, mỗi tổ từ 7 đến 10 thành viên.", [[12, null, null, null]], []],
])("%s", (line, expected, rules) => {
  const plan = extractPlan(planWith([line]));
  expect(plan.indicators.filter((i) => i.kind === "count").map((i): Read => [i.target, i.range ?? null, i.quota ?? null, i.confirmReason ?? null])).toEqual(expected);
  expect(plan.issues.map((i) => i.rule).filter((r) => r !== "no-budget")).toEqual(rules);
});
