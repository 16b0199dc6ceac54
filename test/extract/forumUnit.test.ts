/** `diễn đàn` (a forum, as in `Diễn đàn Tiếng nói trẻ em`) counts an activity like `hội nghị` or `hội thảo`. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string]>]>([
  ["- Mỗi năm tổ chức ít nhất 01 diễn đàn \"Tiếng nói trẻ em\" cấp tỉnh.", [[1, "diễn đàn"]]],
  ["- Tổ chức 03 diễn đàn trẻ em tại các huyện.", [[3, "diễn đàn"]]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit])).toEqual(expected);
});
