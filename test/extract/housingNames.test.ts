/** `nhà ở`, `đất ở` (housing, residential land) keep their `ở` at the end of a target's name; `ở` as `at` is still cut. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, string]>([
  ["- Số hộ được hỗ trợ nhà ở: 85 hộ.", "Số hộ được hỗ trợ nhà ở"],
  ["- Số hộ được hỗ trợ đất ở: 35 hộ.", "Số hộ được hỗ trợ đất ở"],
  ["- Số tổ truyền thông ở: 12 tổ.", "Số tổ truyền thông"],
])("%s", (line, name) => {
  expect(extractPlan(planWith([line])).indicators.map((i) => i.name)).toEqual([name]);
});
