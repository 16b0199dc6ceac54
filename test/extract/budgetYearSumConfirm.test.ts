/** A budget table by year with no total column: each line is its years' sum, worked out by the reading, so it is marked to confirm. */
import { extractPlan, renderExtractedPlanText } from "../../src/extract";

const plan = (title: string, rows: string[]) =>
  [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN THỬ NGHIỆM",
    "Số: 9/KH-UBND",
    "Thử Nghiệm, ngày 05 tháng 3 năm 2024",
    "KẾ HOẠCH",
    title,
    "I. MỤC TIÊU",
    "1. Chỉ tiêu cụ thể",
    "- Thành lập mới 10 tổ truyền thông cộng đồng.",
    "II. KINH PHÍ",
    "Đơn vị tính: triệu đồng",
    ...rows,
    "III. TỔ CHỨC THỰC HIỆN",
    "Các cơ quan triển khai.",
  ].join("\n");

test.each<[string, string[], Array<[string, number, boolean]>]>([
  [
    "Thực hiện Dự án 8 giai đoạn 2024 - 2025",
    ["TT | Nguồn vốn | Năm 2024 | Năm 2025", "1 | Ngân sách trung ương | 420 | 380", "2 | Ngân sách địa phương | 42 | 38", " | Tổng cộng | 462 | 418"],
    [["KP", 880e6, true], ["KP.1", 800e6, true], ["KP.2", 80e6, true]],
  ],
  [
    "Thực hiện Dự án 8 giai đoạn 2024 - 2025",
    ["TT | Nguồn vốn | Tổng số | Năm 2024 | Năm 2025", "1 | Ngân sách trung ương | 800 | 420 | 380", "2 | Ngân sách địa phương | 80 | 42 | 38", " | Tổng cộng | 880 | 462 | 418"],
    [["KP", 880e6, false], ["KP.1", 800e6, false], ["KP.2", 80e6, false]],
  ],
])("%s: %s", (title, rows, expected) => {
  const read = extractPlan(plan(title, rows));
  const money = read.indicators.filter((i) => i.kind === "money");
  expect(money.map((m) => [m.code, m.target, (m.confidence ?? 1) < 0.8])).toEqual(expected);
  if (expected[0][2]) {
    expect(money.every((m) => m.confirmReason === "yearSum")).toBe(true);
    expect(renderExtractedPlanText(read, "vi")).toContain("cộng các con số theo năm, cần xác nhận");
  }
});
