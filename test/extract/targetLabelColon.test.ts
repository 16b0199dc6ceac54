/** `…: chỉ tiêu: 12 tổ`, `…: mục tiêu: 75%`: a colon after the label word introduces the value; `Chỉ tiêu 2:` still numbers. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const counts = (line: string) => extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit]);

test.each<[string, Array<[number, string]>]>([
  ["- Tổ truyền thông cộng đồng: chỉ tiêu: 12 tổ.", [[12, "tổ"]]],
  ["- Tỷ lệ phụ nữ được tiếp cận thông tin: mục tiêu: 75%.", [[75, "%"]]],
  ["- Chỉ tiêu 2: Thành lập mới 05 tổ truyền thông.", [[5, "tổ"]]],
])("%s", (line, expected) => {
  expect(counts(line)).toEqual(expected);
});
