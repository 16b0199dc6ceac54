/**
 * A table outside the budget part with a money column (`Kinh phí` under `Đơn vị tính kinh phí: triệu đồng`, or
 * `Kinh phí (triệu đồng)`) whose total is the budget part's one total, stated there as a whole (`Tổng kinh phí: 27,24 tỷ
 * đồng (chi tiết theo huyện tại bảng trên)`): its rows are that total's parts, by place or by activity. A table whose
 * total is another amount stays no part.
 */
import { extractPlan } from "../../src/extract";

const plan = (note: string, header: string, total: string) =>
  [
    "ỦY BAN NHÂN DÂN",
    "TỈNH CAO BẰNG",
    "Số: 318/KH-UBND",
    "Cao Bằng, ngày 02 tháng 3 năm 2024",
    "KẾ HOẠCH",
    "Thực hiện Dự án 1 năm 2024",
    "I. CHỈ TIÊU",
    "1. Hỗ trợ nhà ở cho 150 hộ.",
    note,
    header,
    "| 1 | Bảo Lâm | 90 | 6.050 |",
    "| 2 | Bảo Lạc | 60 | 5.390 |",
    "| | Tổng cộng | 150 | 11.440 |",
    "II. KINH PHÍ",
    total,
  ].join("\n");

const PARTS: Array<[string, number]> = [["KP", 11440e6], ["KP.1", 6050e6], ["KP.2", 5390e6]];

test.each<[string, string, string, string, Array<[string, number]>]>([
  ["a unit note naming the budget", "Đơn vị tính kinh phí: triệu đồng", "| STT | Huyện | Nhà ở (hộ) | Kinh phí |", "Tổng kinh phí: 11,44 tỷ đồng (chi tiết theo huyện tại bảng trên).", PARTS],
  ["a plain unit note", "Đơn vị tính: triệu đồng", "| STT | Huyện | Nhà ở (hộ) | Kinh phí |", "Tổng kinh phí: 11,44 tỷ đồng từ nguồn ngân sách trung ương.", PARTS],
  ["the unit in the header", "Chi tiết theo huyện:", "| STT | Huyện | Nhà ở (hộ) | Kinh phí (triệu đồng) |", "Tổng kinh phí: 11.440 triệu đồng.", PARTS],
  ["another total", "Đơn vị tính kinh phí: triệu đồng", "| STT | Huyện | Nhà ở (hộ) | Kinh phí |", "Tổng kinh phí: 20 tỷ đồng.", [["KP", 20e9]]],
])("%s", (_, note, header, total, expected) => {
  const read = extractPlan(plan(note, header, total));
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual(expected);
});
