/** A bound written as a symbol after a time word (`Tỷ lệ tảo hôn trong năm ≤ 5%`) bounds its figure: `năm ≤ 5` is no label `năm 5`. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, number, string, string]>([
  ["- Tỷ lệ tảo hôn trong năm ≤ 5%.", 5, "%", "<="],
  ["- Tỷ lệ trẻ em được tiêm chủng trong năm ≥ 95%.", 95, "%", ">="],
  ["- Số cặp tảo hôn trong năm ≤ 02 cặp.", 2, "cặp", "<="],
])("%s", (line, target, unit, rule) => {
  expect(extractPlan(planWith([line])).indicators.map((i) => [i.target, i.unit, i.rule])).toEqual([[target, unit, rule]]);
});
