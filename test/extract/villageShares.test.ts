/** Counts given to named villages after a target (`trong đó: thôn Nà Sài 8 hộ, bản Khe Cốc 5 hộ`) are its shares: never targets, and checked against it. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string]>, number]>([
  ["- Hỗ trợ 20 hộ nghèo phát triển sản xuất, trong đó: thôn Nà Sài 8 hộ, thôn Pác Ngòi 7 hộ, bản Khe Cốc 5 hộ.", [[20, "hộ"]], 0],
  ["- Hỗ trợ 20 hộ nghèo phát triển sản xuất, trong đó: thôn Nà Sài 8 hộ, thôn Pác Ngòi 7 hộ.", [[20, "hộ"]], 1],
  ["- Thành lập 12 tổ tự quản, trong đó: xóm Đồng Tâm 5 tổ, tổ dân phố Tân Lập 4 tổ.", [[12, "tổ"]], 1],
])("%s", (line, targets, shareIssues) => {
  const plan = extractPlan(planWith([line]));
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual(targets);
  expect(plan.issues.filter((i) => i.rule === "share-total")).toHaveLength(shareIssues);
});
