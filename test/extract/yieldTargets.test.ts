/**
 * A yield per hectare (`6,5 tấn/ha`, `55 tạ/ha`) is a target in its own unit, as an income per person is — not a count
 * of tonnes named `/ha`; a harvest in tonnes with no `/ha` stays a count of tonnes.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[string, number, string, string | null]>]>([
  ["- Năng suất ngô lai trong mô hình đạt tối thiểu 6,5 tấn/ha.", [["Năng suất ngô lai trong mô hình", 6.5, "tấn/ha", ">="]]],
  ["- Năng suất lúa bình quân đạt 55 tạ/ha.", [["Năng suất lúa bình quân", 55, "tạ/ha", null]]],
  ["- Sản lượng chè búp tươi đạt 120 tấn.", [["Sản lượng chè búp tươi", 120, "tấn", null]]],
])("%s", (line, expected) => {
  const plan = extractPlan(planWith([line]));
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.name, i.target, i.unit, i.rule ?? null])).toEqual(expected);
});
