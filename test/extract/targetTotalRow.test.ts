/** A `Tổng cộng` row under the rows of a targets table that it adds up is their total, not a target beside them. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const HEADER = "| STT | Chỉ tiêu | Đơn vị tính | Số lượng |";

test.each<[string, string[], [string, number][]]>([
  ["the total of the rows above it: left out", [
    "| 1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | 6 |",
    "| 2 | Duy trì tổ truyền thông cộng đồng | Tổ | 4 |",
    "| | Tổng cộng | Tổ | 10 |",
    "| 3 | Thành lập câu lạc bộ thủ lĩnh của sự thay đổi | CLB | 5 |",
  ], [["Thành lập mới tổ truyền thông cộng đồng", 6], ["Duy trì tổ truyền thông cộng đồng", 4], ["Thành lập câu lạc bộ thủ lĩnh của sự thay đổi", 5]]],
  ["`Tổng số:` without a unit cell of another kind, money rows", [
    "| 1 | Kinh phí tuyên truyền | Triệu đồng | 300 |",
    "| 2 | Kinh phí tập huấn | Triệu đồng | 200 |",
    "| | Tổng số: | Triệu đồng | 500 |",
  ], [["Kinh phí tuyên truyền", 300e6], ["Kinh phí tập huấn", 200e6]]],
  ["a total row that does not add them up stays as read", [
    "| 1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | 6 |",
    "| 2 | Duy trì tổ truyền thông cộng đồng | Tổ | 4 |",
    "| | Tổng cộng | Tổ | 12 |",
  ], [["Thành lập mới tổ truyền thông cộng đồng", 6], ["Duy trì tổ truyền thông cộng đồng", 4], ["Tổng cộng", 12]]],
  ["one row above: no total of rows", [
    "| 1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | 6 |",
    "| | Tổng cộng | Tổ | 6 |",
  ], [["Thành lập mới tổ truyền thông cộng đồng", 6], ["Tổng cộng", 6]]],
])("%s", (_name, rows, expected) => {
  const plan = extractPlan(planWith([HEADER, ...rows]));
  expect(plan.indicators.filter((i) => i.kind !== "money" || rows.some((r) => r.includes("Triệu"))).map((i) => [i.name, i.target])).toEqual(expected);
});
