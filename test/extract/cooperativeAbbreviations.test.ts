/** `03 HTX`, `10 THT`: counts of cooperatives and cooperative groups written as staff abbreviate them. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string]>]>([
  ["- Hỗ trợ thành lập mới 03 HTX và 10 THT do phụ nữ làm chủ.", [[3, "HTX"], [10, "THT"]]],
  ["- Thành lập mới 05 HTX nông nghiệp.", [[5, "HTX"]]],
])("%s", (line, expected) => {
  expect(extractPlan(planWith([line])).indicators.map((i) => [i.target, i.unit])).toEqual(expected);
});
