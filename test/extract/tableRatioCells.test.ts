/**
 * `| Số xã có tổ … | xã | 9/12 | 12/12 |` under `Thực hiện năm 2024 | Kế hoạch năm 2025`: so many of all the places in a
 * row counting places is the first figure — the row is read, not dropped. A row counting no places keeps `15/12` unread
 * (a date, not a ratio).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (row: string) =>
  extractPlan(planWith(["| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2022 | Kế hoạch năm 2023 |", row, "| 2 | Số câu lạc bộ | CLB | 6 | 10 |"]))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit]);

test.each<[string, Array<[number, string]>]>([
  ["| 1 | Số xã có tổ truyền thông cộng đồng | xã | 9/12 | 12/12 |", [[12, "xã"], [10, "CLB"]]],
  ["| 1 | Số thôn đạt chuẩn văn hóa | thôn | 5/8 | 7/8 |", [[7, "thôn"], [10, "CLB"]]],
  ["| 1 | Số buổi sinh hoạt | buổi | 9/12 | 15/12 |", [[10, "CLB"]]],
])("%s", (row, expected) => {
  expect(read(row)).toEqual(expected);
});
