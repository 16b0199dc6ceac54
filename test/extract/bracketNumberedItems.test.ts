/** Items opened by a bracketed number (`(1) Mô hình nuôi lợn đen bản địa: 15 hộ;`) keep it out of their names. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test("(1), (2) before the items' names", () => {
  const plan = extractPlan(planWith(["- Hỗ trợ 40 hộ nghèo phát triển chăn nuôi.", "- Các mô hình sinh kế gồm:", "(1) Mô hình nuôi lợn đen bản địa: 15 hộ;", "(2) Mô hình trồng quế: 25 hộ."]));
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.name, i.target])).toEqual([
    ["Hỗ trợ hộ nghèo phát triển chăn nuôi", 40],
    ["Mô hình nuôi lợn đen bản địa", 15],
    ["Mô hình trồng quế", 25],
  ]);
});
