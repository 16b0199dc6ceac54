/**
 * A Word table pasted with each cell on a line of its own (`TT` / `Nội dung` / `Đơn vị tính` / `Số lượng`, then the
 * rows line by line) is read as its table; short lines that are no such table stay lines.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (lines: readonly string[]) => extractPlan(planWith(lines)).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.line]);

test.each<[string, string[], Array<[number, string, number]>]>([
  [
    "four columns, two rows",
    ["TT", "Nội dung", "Đơn vị tính", "Số lượng", "1", "Thành lập mới tổ truyền thông cộng đồng", "Tổ", "06", "2", "Duy trì địa chỉ tin cậy", "Địa chỉ", "12"],
    [[6, "Tổ", 14], [12, "Địa chỉ", 18]],
  ],
  [
    "five columns with a note and a total row",
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Ghi chú", "1", "Tổ truyền thông thành lập mới", "Tổ", "5", "Mỗi xã 01 tổ", "2", "Câu lạc bộ Thủ lĩnh", "CLB", "2", "Trường THCS", "Tổng cộng", "", "7", ""],
    [[5, "Tổ", 15], [2, "CLB", 20]],
  ],
  [
    "a note cell left empty on its own line",
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Ghi chú", "1", "Sinh hoạt chuyên đề", "Buổi", "04", "Mỗi quý 01 buổi", "2", "Hội viên được tuyên truyền", "%", "90", " "],
    [[4, "Buổi", 15], [90, "%", 20]],
  ],
  ["a list of short lines is no table", ["TT", "Nội dung", "Đơn vị tính", "- Thành lập mới 05 tổ truyền thông cộng đồng."], [[5, "tổ", 13]]],
])("%s", (_label, lines, expected) => {
  expect(read(lines)).toEqual(expected);
});

test("a total row whose number cell is an empty line reads as the same table with bars does", () => {
  const values = (lines: readonly string[]) => read(lines).map(([target, unit]) => [target, unit]);
  const stacked = ["TT", "Nội dung", "Đơn vị tính", "Số lượng", "1", "Tổ truyền thông cộng đồng", "Tổ", "06", "2", "Tổ truyền thông thôn bản", "Tổ", "04", "", "Tổng cộng", "Tổ", "10"];
  const barred = ["| TT | Nội dung | Đơn vị tính | Số lượng |", "| 1 | Tổ truyền thông cộng đồng | Tổ | 06 |", "| 2 | Tổ truyền thông thôn bản | Tổ | 04 |", "| | Tổng cộng | Tổ | 10 |"];
  expect(values(stacked)).toEqual(values(barred));
});
