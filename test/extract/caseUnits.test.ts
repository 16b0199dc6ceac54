/**
 * Cases counted as `vụ` or `ca` (`Số vụ bạo lực gia đình không quá 3 vụ`) are a target in that unit, as `trường
 * hợp` and `hộ` are; they were not counting words, so the line gave no target and nothing was said.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, string, number, string, string | undefined]>([
  ["- Số vụ bạo lực gia đình không quá 3 vụ.", "Số vụ bạo lực gia đình", 3, "vụ", "<="],
  ["- Số ca tảo hôn không quá 2 ca.", "Số ca tảo hôn", 2, "ca", "<="],
  ["- Số vụ mua bán người được phát hiện, xử lý đạt ít nhất 5 vụ.", "Số vụ mua bán người được phát hiện, xử lý", 5, "vụ", ">="],
])("%s", (line, name, target, unit, rule) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.name, i.target, i.unit, i.rule])).toEqual([[name, target, unit, rule]]);
});
