/** `09 lớp tập huấn (mỗi huyện 03 lớp)`: a quota naming its unit by the target unit's head word is the target's quota. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string, number | undefined]>]>([
  ["- Tổ chức 09 lớp tập huấn nâng cao năng lực (mỗi huyện, thị xã 03 lớp).", [[9, "lớp tập huấn", 3]]],
  ["- Tổ chức 09 lớp tập huấn (mỗi huyện 03 lớp tập huấn).", [[9, "lớp tập huấn", 3]]],
  ["- Thành lập 14 tổ truyền thông (mỗi xã 01 tổ).", [[14, "tổ", 1]]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit, i.quota])).toEqual(expected);
});
