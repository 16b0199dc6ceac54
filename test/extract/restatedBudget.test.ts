/**
 * A money figure in the list of targets, with no budget part in the text, is one line of the plan (the listed
 * target), not that line and a `KP` total read again from the same sentence; a budget part of its own stays.
 */
import { extractPlan } from "../../src/extract";

const plan = (...tail: string[]) =>
  [
    "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN BA VÌ",
    "KẾ HOẠCH",
    "Thực hiện Dự án 8 năm 2026",
    "II. CHỈ TIÊU",
    "1. Thành lập 10 Tổ truyền thông cộng đồng.",
    "2. Duy trì 22 Địa chỉ tin cậy tại cộng đồng.",
    ...tail,
  ].join("\n");

test.each<[string, string[], Array<[string, number]>]>([
  ["a money target alone", ["3. Kinh phí hỗ trợ hoạt động: 937 triệu đồng."], [["3", 937e6]]],
  ["a budget part beside it", ["3. Kinh phí hỗ trợ hoạt động: 937 triệu đồng.", "III. KINH PHÍ", "Tổng kinh phí: 1.200 triệu đồng."], [["3", 937e6], ["KP", 1200e6]]],
  ["a budget part and no money target", ["III. KINH PHÍ", "Tổng kinh phí: 937 triệu đồng."], [["KP", 937e6]]],
])("%s", (_, tail, expected) => {
  const read = extractPlan(plan(...tail));
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual(expected);
  expect(read.issues.map((i) => i.rule)).not.toContain("no-budget");
});
