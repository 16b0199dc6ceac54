/**
 * A budget table whose price per unit and amount both carry a money unit in their headers (`Đơn giá (VNĐ) | Thành tiền
 * (VNĐ)`, `Định mức (đồng) | Kinh phí (đồng)`) is read by its amounts, never its prices: its rows add up to the total
 * and no false `budget-split` is told.
 */
import { extractPlan } from "../../src/extract";

const plan = (header: string) =>
  [
    "ỦY BAN NHÂN DÂN",
    "TỈNH THỬ NGHIỆM",
    "Số: 12/KH-UBND",
    "Thử Nghiệm, ngày 06 tháng 5 năm 2025",
    "KẾ HOẠCH",
    "Thực hiện Dự án 10 năm 2025",
    "I. CHỈ TIÊU",
    "- Trang bị 25 điểm hỗ trợ ứng dụng công nghệ thông tin.",
    "II. KINH PHÍ",
    "Tổng kinh phí: 3.100.000.000 đồng, chi tiết:",
    header,
    "| 1 | Trang bị điểm hỗ trợ | Điểm | 25 | 110.000.000 | 2.750.000.000 |",
    "| 2 | Tập huấn kỹ năng số | Lớp | 10 | 35.000.000 | 350.000.000 |",
    "| | Tổng cộng | | | | 3.100.000.000 |",
  ].join("\n");

test.each<[string, string]>([
  ["VNĐ after both", "| STT | Nội dung | Đơn vị tính | Số lượng | Đơn giá (VNĐ) | Thành tiền (VNĐ) |"],
  ["đồng after both", "| STT | Nội dung | Đơn vị tính | Số lượng | Đơn giá (đồng) | Thành tiền (đồng) |"],
  ["a norm and an amount", "| STT | Nội dung | Đơn vị tính | Số lượng | Định mức (đồng) | Kinh phí (đồng) |"],
  ["a rate of support", "| STT | Nội dung | Đơn vị tính | Số lượng | Mức hỗ trợ (đồng) | Kinh phí (đồng) |"],
  ["the unit on the amount only", "| STT | Nội dung | Đơn vị tính | Số lượng | Đơn giá | Thành tiền (đồng) |"],
])("%s", (_, header) => {
  const read = extractPlan(plan(header));
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
    ["KP", 3100e6],
    ["KP.1", 2750e6],
    ["KP.2", 350e6],
  ]);
  expect(read.issues.map((i) => i.rule)).toEqual([]);
});
