/**
 * An appendix whose budget title shares the line with its name (`Phụ lục PHÂN BỔ KINH PHÍ …`, `PHỤ LỤC 02: DỰ TOÁN KINH
 * PHÍ …`) or runs long in capitals (`PHÂN BỔ KINH PHÍ THỰC HIỆN TIỂU DỰ ÁN 1 DỰ ÁN 5 NĂM 2024`) is a budget part: its
 * table by district gives the total's parts.
 */
import { extractPlan } from "../../src/extract";

const plan = (title: readonly string[]) =>
  [
    "ỦY BAN NHÂN DÂN",
    "TỈNH LAI CHÂU",
    "Số: 1820/KH-UBND",
    "Lai Châu, ngày 22 tháng 5 năm 2024",
    "KẾ HOẠCH",
    "Thực hiện Tiểu dự án 1 Dự án 5 năm 2024",
    "I. MỤC TIÊU",
    "1. Xóa mù chữ cho 1.600 người.",
    "II. KINH PHÍ",
    "Tổng kinh phí thực hiện năm 2024: 15,6 tỷ đồng (chi tiết tại Phụ lục kèm theo).",
    "III. TỔ CHỨC THỰC HIỆN",
    "Sở Giáo dục và Đào tạo chủ trì.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    ...title,
    "(Kèm theo Kế hoạch số 1820/KH-UBND ngày 22/5/2024 của UBND tỉnh)",
    "Đơn vị: tỷ đồng",
    "| STT | Đơn vị | Tổng số | Ngân sách trung ương | Ngân sách địa phương |",
    "| | Tổng số | 15,6 | 14,2 | 1,4 |",
    "| 1 | Huyện Mường Tè | 7,2 | 6,6 | 0,6 |",
    "| 2 | Huyện Sìn Hồ | 8,4 | 7,6 | 0,8 |",
  ].join("\n");

const PARTS: Array<[string, number]> = [["KP", 15.6e9], ["KP.1", 7.2e9], ["KP.2", 8.4e9]];

test.each<[string, readonly string[]]>([
  ["name and a long title on one line", ["Phụ lục PHÂN BỔ KINH PHÍ THỰC HIỆN TIỂU DỰ ÁN 1 DỰ ÁN 5 NĂM 2024"]],
  ["numbered name and title on one line", ["PHỤ LỤC 02: DỰ TOÁN KINH PHÍ THỰC HIỆN TIỂU DỰ ÁN 1 DỰ ÁN 5 NĂM 2024"]],
  ["a long title on its own line", ["Phụ lục", "PHÂN BỔ KINH PHÍ THỰC HIỆN TIỂU DỰ ÁN 1 DỰ ÁN 5 ĐỢT 1 NĂM 2024 CHO CÁC HUYỆN"]],
  ["a short title on its own line", ["Phụ lục", "PHÂN BỔ KINH PHÍ NĂM 2024"]],
])("%s", (_, title) => {
  const read = extractPlan(plan(title));
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual(PARTS);
});
