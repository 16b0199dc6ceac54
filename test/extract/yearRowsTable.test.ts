/** A table of targets whose rows are the years (`Năm | Tổ … (tổ) | …`) and a `Tổng` row: the totals are the period's targets. */
import { extractPlan } from "../../src/extract";

const plan = (table: string[]) =>
  extractPlan(["HỘI LHPN HUYỆN THỬ", "Số: 21/KH-HPN", "KẾ HOẠCH", "Thực hiện Dự án 8 giai đoạn 2024 - 2025", "II. CHỈ TIÊU", "Chỉ tiêu cụ thể theo từng năm như sau:", ...table, "III. KINH PHÍ", "Kinh phí: 850 triệu đồng."].join("\n"));

test.each([
  ["bars, `Năm` and bare years", ["Năm | Tổ truyền thông thành lập mới (tổ) | Địa chỉ tin cậy (địa chỉ) | Phụ nữ được hỗ trợ (người)", "2024 | 05 | 03 | 60", "2025 | 04 | 02 | 40", "Tổng | 09 | 05 | 100"]],
  ["tabs, `Năm 2024` rows, `Tổng cộng`", ["TT\tNăm\tTổ truyền thông thành lập mới (tổ)\tĐịa chỉ tin cậy (địa chỉ)\tPhụ nữ được hỗ trợ (người)", "1\tNăm 2024\t5\t3\t60", "2\tNăm 2025\t4\t2\t40", "\tTổng cộng\t9\t5\t100"]],
])("%s", (_label, table) => {
  const read = plan(table);
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual([
    [9, "tổ"],
    [5, "địa chỉ"],
    [100, "người"],
  ]);
  expect(read.areas).toEqual([]);
});
