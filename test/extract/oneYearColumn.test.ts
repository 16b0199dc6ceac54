/**
 * A plan for one year whose target table has that year's column as its one column of figures (`TT | Chỉ tiêu |
 * ĐVT | Năm 2025 | Ghi chú`): the column is the plan's, read as stated; beside other years' columns it is one
 * choice of several, to confirm.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";

function plan(header: string, rows: readonly string[]): string {
  return [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN THỬ NGHIỆM",
    "Số: 9/KH-UBND",
    "Thử Nghiệm, ngày 05 tháng 3 năm 2025",
    "KẾ HOẠCH",
    "Thực hiện Dự án 8 năm 2025",
    "I. CHỈ TIÊU",
    header,
    ...rows,
    "II. TỔ CHỨC THỰC HIỆN",
    "Các xã triển khai.",
  ].join("\n");
}

/** Value, unit, listed (not to confirm). */
type Row = [number, string, boolean];

test.each<[string, string, string[], Row[]]>([
  [
    "the year's column alone, with a note column",
    "| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Ghi chú |",
    ["| 1 | Tổ truyền thông cộng đồng thành lập mới | Tổ | 10 | Mỗi xã 01 tổ |", "| 2 | Tỷ lệ cán bộ Hội cơ sở được tập huấn | % | 90 | |"],
    [[10, "Tổ", true], [90, "%", true]],
  ],
  [
    "the year's column beside the year before: to confirm",
    "| TT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025 |",
    ["| 1 | Tổ truyền thông cộng đồng thành lập mới | Tổ | 6 | 10 |", "| 2 | Tỷ lệ cán bộ Hội cơ sở được tập huấn | % | 85 | 90 |"],
    [[10, "Tổ", false], [90, "%", false]],
  ],
])("%s", (_label, header, rows, expected) => {
  const read = extractPlan(plan(header, rows)).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i): Row => [i.target, i.unit, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual(expected);
});
