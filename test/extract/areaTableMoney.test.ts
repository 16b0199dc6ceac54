/**
 * A table of places (or years) by indicators with a money column (`Kinh phí (triệu đồng)`) and a total row: the
 * money is the budget's, read once as the budget; it is never a target beside the counts.
 */
import { extractPlan } from "../../src/extract";

const plan = (header: string, rows: string[]) =>
  extractPlan(["UBND HUYỆN BẢO LẠC", "Số: 320/KH-UBND", "KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "II. CHỈ TIÊU", "Chỉ tiêu giao cho các đơn vị:", header, ...rows, "III. TỔ CHỨC THỰC HIỆN", "Phòng Văn hóa chủ trì."].join("\n"));

test.each<[string, string, string[]]>([
  ["communes", "TT | Đơn vị | Tổ truyền thông (tổ) | Địa chỉ tin cậy (địa chỉ) | Kinh phí (triệu đồng)", ["1 | Xã Cô Ba | 2 | 1 | 140", "2 | Xã Cốc Pàng | 3 | 1 | 200", " | Tổng cộng | 5 | 2 | 340"]],
  ["years", "Năm | Tổ truyền thông (tổ) | Địa chỉ tin cậy (địa chỉ) | Kinh phí (triệu đồng)", ["2024 | 2 | 1 | 140", "2025 | 3 | 1 | 200", "Tổng | 5 | 2 | 340"]],
])("%s", (_label, header, rows) => {
  const p = plan(header, rows);
  expect(p.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual([
    [5, "tổ"],
    [2, "địa chỉ"],
  ]);
  expect(p.indicators.filter((i) => i.kind === "money" && !i.code.startsWith("KP"))).toEqual([]);
});
