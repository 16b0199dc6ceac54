/**
 * A cost estimate outside the targets part (`Nội dung | Đơn vị | Số lượng | Đơn giá | Thành tiền`, a Phụ lục `DỰ
 * TOÁN KINH PHÍ`): its counts are what the money buys (`8.000 Tờ`, `1 Gói`), the basis of each amount, no targets;
 * its amounts are the budget's.
 */
import { extractPlan } from "../../src/extract";

const plan = (unitHeader: string) =>
  [
    "HỘI LIÊN HIỆP PHỤ NỮ TỈNH THỬ NGHIỆM",
    "Số: 112/KH-HPN",
    "Thử Nghiệm, ngày 06 tháng 02 năm 2026",
    "KẾ HOẠCH",
    "Chiến dịch truyền thông năm 2026",
    "I. CHỈ TIÊU",
    "1. Tổ chức 11 buổi truyền thông lưu động.",
    "2. Sản xuất 20 tin, bài, phóng sự.",
    "II. KINH PHÍ",
    "Tổng dự toán: 425.800.000 đồng, chi tiết tại Phụ lục kèm theo.",
    "Nơi nhận:",
    "- Lưu: VT.",
    "PHỤ LỤC",
    "DỰ TOÁN KINH PHÍ",
    "(Đơn vị tính: đồng)",
    `| TT | Nội dung | ${unitHeader} | Số lượng | Đơn giá | Thành tiền |`,
    "| 1 | Truyền thông lưu động tại huyện | Buổi | 11 | 25.000.000 | 275.000.000 |",
    "| 2 | Sản xuất tin, bài, phóng sự | Tin, bài | 20 | 5.000.000 | 100.000.000 |",
    "| 3 | In tài liệu, tờ gấp | Tờ | 8.000 | 5.600 | 44.800.000 |",
    "| 4 | Văn phòng phẩm, tổng hợp báo cáo | Gói | 1 | 6.000.000 | 6.000.000 |",
    "| | Tổng cộng | | | | 425.800.000 |",
  ].join("\n");

test.each(["Đơn vị", "ĐVT"])("the counts of a priced table (%s) are no targets, its amounts the budget's", (unitHeader) => {
  const read = extractPlan(plan(unitHeader));
  expect(read.indicators.map((i) => [i.code, i.target, i.unit])).toEqual([
    ["1", 11, "buổi"],
    ["2", 20, "tin"],
    ["KP", 425_800_000, "đồng"],
    ["KP.1", 275_000_000, "đồng"],
    ["KP.2", 100_000_000, "đồng"],
    ["KP.3", 44_800_000, "đồng"],
    ["KP.4", 6_000_000, "đồng"],
  ]);
});
