/**
 * A table of places by indicator whose headers give no unit (`| Huyện | Tổ truyền thông cộng đồng | Địa chỉ tin cậy |
 * CLB … |`): each header's opening noun is what it counts, and the `Tổng` row gives the targets; a table of amounts
 * (a unit note or money words above it, or a column adding the others up) gives none.
 */
import { extractPlan } from "../../src/extract";

const rows = ["1 | Bắc Yên | 4 | 2 | 1", "2 | Phù Yên | 3 | 2 | 1", "3 | Sốp Cộp | 5 | 3 | 2", " | Tổng | 12 | 7 | 4"];
const targetsOf = (lead: string, header: string, body = rows) =>
  extractPlan(["QUYẾT ĐỊNH", "Về việc giao chỉ tiêu Dự án 8 năm 2024", lead, header, ...body, "Điều 2. Các huyện chịu trách nhiệm thi hành."].join("\n"))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit]);

test("headers opening with what they count give the units", () => {
  expect(targetsOf("Điều 1. Giao chỉ tiêu thực hiện Dự án 8 năm 2024 cho các huyện như sau:", "STT | Huyện | Tổ truyền thông cộng đồng | Địa chỉ tin cậy | CLB Thủ lĩnh của sự thay đổi")).toEqual([[12, "tổ"], [7, "địa chỉ"], [4, "CLB"]]);
});

test.each([
  ["a unit note above", "Đơn vị tính: triệu đồng", "STT | Huyện | Tổ truyền thông cộng đồng | Địa chỉ tin cậy | CLB Thủ lĩnh của sự thay đổi", rows],
  ["money words above", "Điều 1. Phân bổ kinh phí cho các huyện như sau:", "STT | Huyện | Tổ truyền thông cộng đồng | Địa chỉ tin cậy | CLB Thủ lĩnh của sự thay đổi", rows],
  ["a column adding the others", "Điều 1. Giao cho các huyện như sau:", "STT | Huyện | Tổ TTCĐ | Địa chỉ tin cậy | CLB | Cộng", ["1 | Bắc Yên | 4 | 2 | 1 | 7", "2 | Phù Yên | 3 | 2 | 1 | 6", " | Tổng | 7 | 4 | 2 | 13"]],
  ["a header naming no count", "Điều 1. Giao chỉ tiêu cho các huyện như sau:", "STT | Huyện | Tổ chức đối thoại | Truyền thông | Hỗ trợ", rows],
])("no targets from a table with %s", (_, lead, header, body) => {
  expect(targetsOf(lead, header, body)).toEqual([]);
});
