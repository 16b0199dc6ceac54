/**
 * A plan of budget lines that gives its ceilings under `Kinh phí` (with its
 * unit in parentheses or not, before or after the unit column) and has no
 * `Kế hoạch` column: that column holds the targets; so too `Số lượng`,
 * `Giá trị`, `Dự toán (được) giao`, `Giai đoạn 2022-2025`, the one column naming a year, and `Chỉ tiêu giao` beside `Nội dung`. Where a `Kế hoạch` /
 * `Chỉ tiêu` column is there too, it still holds them.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";

function planOf(header: CellValue[], rows: CellValue[][]) {
  return readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values: [header, ...rows], merges: [] }] });
}

test.each<[string, CellValue[], CellValue[][], [string, number][]]>([
  ["Kinh phí", ["STT", "Nội dung", "ĐVT", "Kinh phí"], [[1, "Hỗ trợ", "triệu đồng", 1000], [1.1, "NSTW", "triệu đồng", 600]], [["1", 1_000_000_000], ["1.1", 600_000_000]]],
  ["Kinh phí (triệu đồng) before the unit", ["TT", "Nội dung", "Kinh phí (triệu đồng)", "Đơn vị tính"], [["1", "Hỗ trợ", 1000, null]], [["1", 1_000_000_000]]],
  ["Tổng kinh phí", ["STT", "Nội dung", "ĐVT", "Tổng kinh phí"], [[1, "Hỗ trợ", "tỷ đồng", "1,5"]], [["1", 1_500_000_000]]],
  ["Kinh phí thực hiện", ["STT", "Nội dung", "ĐVT", "Kinh phí thực hiện"], [[1, "Hỗ trợ", "đồng", 1_000_000_000]], [["1", 1_000_000_000]]],
  ["Kế hoạch beside Kinh phí", ["STT", "Nội dung", "ĐVT", "Kinh phí năm trước", "Kế hoạch"], [[1, "Hỗ trợ", "triệu đồng", 900, 1000]], [["1", 1_000_000_000]]],
  ["Số lượng", ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"], [[1, "Tổ truyền thông", "tổ", 4]], [["1", 4]]],
  ["Giá trị", ["STT", "Nội dung", "ĐVT", "Giá trị"], [[1, "Tỷ lệ phụ nữ", "%", 85]], [["1", 85]]],
  ["Năm 2024, the one year column", ["STT", "Nội dung", "ĐVT", "Năm 2024"], [[1, "Tổ truyền thông", "tổ", 4]], [["1", 4]]],
  ["Chỉ tiêu giao beside Nội dung", ["STT", "Nội dung", "ĐVT", "Chỉ tiêu giao"], [[1, "Tổ truyền thông", "tổ", 4]], [["1", 4]]],
  ["Chỉ tiêu beside Kinh phí", ["STT", "Nội dung", "ĐVT", "Chỉ tiêu", "Kinh phí"], [[1, "Tổ truyền thông", "tổ", 4, 1000]], [["1", 4]]],
  ["Dự toán được giao", ["Mã", "Nội dung", "ĐVT", "Dự toán được giao"], [["KP.1", "Truyền thông", "triệu đồng", 350]], [["KP.1", 350_000_000]]],
  ["Dự toán năm 2024 (triệu đồng)", ["STT", "Nội dung", "ĐVT", "Dự toán năm 2024 (triệu đồng)"], [[1, "Tập huấn", "triệu đồng", 180]], [["1", 180_000_000]]],
  ["Giai đoạn 2022-2025", ["STT", "Nội dung hoạt động", "ĐVT", "Giai đoạn 2022-2025"], [[1, "Tổ truyền thông", "tổ", 14]], [["1", 14]]],
])("targets under %s", (_name, header, rows, expected) => {
  expect(planOf(header, rows).lines.map((line) => [line.code, line.target])).toEqual(expected);
});

test.each<[string, CellValue[]]>([
  ["ĐV tính", ["STT", "Nội dung", "ĐV tính", "Kế hoạch"]],
  ["Nhiệm vụ", ["Mã số", "Nhiệm vụ", "Đơn vị", "KH giai đoạn 2022-2025"]],
  ["Hạng mục", ["STT", "Hạng mục", "Đơn vị tính", "Chỉ tiêu kế hoạch năm 2024"]],
  ["Danh mục", ["Số TT", "Danh mục", "ĐVT", "Mục tiêu"]],
  ["Tên chỉ tiêu/nhiệm vụ beside Chỉ tiêu giao", ["TT", "Tên chỉ tiêu/nhiệm vụ", "ĐVT", "Chỉ tiêu giao"]],
  ["Nội dung công việc beside Chỉ tiêu phấn đấu", ["STT", "Nội dung công việc", "ĐVT", "Chỉ tiêu phấn đấu"]],
])("a header as staff write it: %s", (_name, header) => {
  expect(planOf(header, [[1, "Tổ truyền thông", "tổ", 4]]).lines.map((line) => [line.code, line.name, line.target])).toEqual([["1", "Tổ truyền thông", 4]]);
});
