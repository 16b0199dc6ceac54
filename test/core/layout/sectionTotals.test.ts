/**
 * A section row with its sums (`I. Các mô hình`) adds up the lines under it
 * up to the next section heading — also when that heading (`II. Hoạt động`)
 * is a blank row, dropped from the lines: the lines of the next section are
 * not its parts.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 4],
  ["2", "Tổ tiết kiệm vay vốn tự quản", "tổ", 6],
  ["3", "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 2],
  ["4", "Cuộc đối thoại chính sách", "cuộc", 8],
]);
const HEAD: CellValue[] = ["STT", "Nội dung", "ĐVT", "Tổng số", "Ba Trại", "Tản Lĩnh"];
function rows(first: CellValue[], second: CellValue[]): CellValue[][] {
  return [
    HEAD,
    first,
    [1, "Tổ truyền thông cộng đồng", "tổ", 4, 2, 2],
    [2, "Tổ tiết kiệm vay vốn tự quản", "tổ", 6, 3, 3],
    second,
    [1, "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 2, 1, 1],
    [2, "Cuộc đối thoại chính sách", "cuộc", 8, 4, 4],
  ];
}

function findings(data: CellValue[][], transpose = false) {
  const allocation = sheet("Phân bổ", data);
  const { report } = checkWorkbook({ sheets: [PLAN, transpose ? transposeSheet(allocation) : allocation] }, { workbookName: "x.xlsx" });
  return report.findings.map((f) => [f.rule, f.cell]);
}

describe("a section row's sums end at the next section heading", () => {
  test.each<[string, CellValue[][], [string, string][]]>([
    ["the next heading blank", rows(["I", "I. Các mô hình", null, 10, 5, 5], ["II", "II. Hoạt động", null, null, null, null]), []],
    ["the next heading blank, a cell of the sums typed wrong", rows(["I", "I. Các mô hình", null, 10, 6, 5], ["II", "II. Hoạt động", null, null, null, null]), [["subtotal", "E2"]]],
    ["both with sums", rows(["I", "I. Các mô hình", null, 10, 5, 5], ["II", "II. Hoạt động", null, 10, 5, 5]), []],
  ])("%s", (_name, data, expected) => {
    expect(findings(data)).toEqual(expected);
  });

  test("areas as rows: the same sheet turned", () => {
    expect(findings(rows(["I", "I. Các mô hình", null, 10, 5, 5], ["II", "II. Hoạt động", null, null, null, null]), true)).toEqual([]);
  });
});
