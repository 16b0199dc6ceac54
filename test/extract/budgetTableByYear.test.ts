/**
 * A budget table by year with no total column (`Nội dung | Năm 2024 | Năm 2025`): in a plan for a period each row's
 * amount is the sum of its years; in a plan for one year it is that year's column — never the last column alone.
 */
import { extractPlan } from "../../src/extract";

const TABLE = ["Đơn vị tính: triệu đồng", "TT | Nội dung | Năm 2024 | Năm 2025", "1 | Tổ truyền thông cộng đồng | 100 | 120", "2 | Địa chỉ tin cậy | 50 | 60", " | Tổng cộng | 150 | 180"];

function budget(title: string): Array<[string, number]> {
  const text = ["ỦY BAN NHÂN DÂN", "HUYỆN THỬ", "Số: 9/KH-UBND", "Thử, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", title, "I. CHỈ TIÊU", "- Thành lập mới 05 tổ truyền thông cộng đồng.", "II. KINH PHÍ", ...TABLE, "III. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
  return extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]);
}

test.each<[string, string, Array<[string, number]>]>([
  ["a plan for a period: the years' sum", "Thực hiện Dự án 8 giai đoạn 2024 - 2025", [["KP", 330_000_000], ["KP.1", 220_000_000], ["KP.2", 110_000_000]]],
  ["a plan for one year: its year's column", "Thực hiện Dự án 8 năm 2024", [["KP", 150_000_000], ["KP.1", 100_000_000], ["KP.2", 50_000_000]]],
])("%s", (_label, title, expected) => {
  expect(budget(title)).toEqual(expected);
});

test.each<[string, string, number[]]>([
  ["a period", "Thực hiện Dự án 8 giai đoạn 2024 - 2025", [330_000_000, 220_000_000, 110_000_000]],
  ["one year", "Thực hiện Dự án 8 năm 2025", [180_000_000, 120_000_000, 60_000_000]],
])("years named in the money columns' headers, in %s", (_label, title, expected) => {
  const table = ["TT | Nội dung | Kinh phí năm 2024 (triệu đồng) | Kinh phí năm 2025 (triệu đồng)", "1 | Tổ truyền thông cộng đồng | 100 | 120", "2 | Địa chỉ tin cậy | 50 | 60", " | Tổng cộng | 150 | 180"];
  const text = ["ỦY BAN NHÂN DÂN", "HUYỆN THỬ", "Số: 9/KH-UBND", "Thử, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", title, "I. CHỈ TIÊU", "- Thành lập mới 05 tổ truyền thông cộng đồng.", "II. KINH PHÍ", ...table, "III. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
  expect(extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => i.target)).toEqual(expected);
});
