/** A breakdown in brackets after a target (`85 hộ (trong đó 60 hộ nghèo, 25 hộ cận nghèo)`) gives its parts, to confirm, each named by its own words. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string, string, boolean]>]>([
  [
    "- Số hộ được hỗ trợ làm nhà: 85 hộ (trong đó 60 hộ nghèo, 25 hộ cận nghèo).",
    [[85, "hộ", "Số hộ được hỗ trợ làm nhà", false], [60, "hộ", "Số hộ được hỗ trợ làm nhà (trong đó: nghèo)", true], [25, "hộ", "Số hộ được hỗ trợ làm nhà (trong đó: cận nghèo)", true]],
  ],
  ["- Thành lập mới 10 tổ truyền thông (tăng 2 tổ so với năm 2023).", [[10, "tổ", "Thành lập mới tổ truyền thông", false]]],
])("%s", (line, expected) => {
  expect(extractPlan(planWith([line])).indicators.map((i) => [i.target, i.unit, i.name, (i.confidence ?? 1) < 0.8])).toEqual(expected);
});
