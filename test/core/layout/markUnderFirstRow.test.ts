/**
 * The first district's row, then its first commune with a mark for its
 * figure (`X`, `x`, `?`, `-`) and a note beside it (`3 thôn ĐBKK`): that
 * commune's row is data, not a header under a title-block row — the table's
 * header stays the one over them, and the mark is told at its cell (a dash
 * is nothing here).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const LINE = { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 19 };

const rows = (mark: CellValue): CellValue[][] => [
  ["STT", "Địa bàn", LINE.name, "Ghi chú"],
  ["I", "Huyện Phong Thổ", 8],
  [null, "Xã Bản Liền", mark, "3 thôn ĐBKK"],
  [null, "Xã Cốc Ly", 8, "Đã giao 15/3"],
  ["II", "Huyện Mường Khương", 11],
  [null, "Xã Lùng Phình", 3],
  [null, "Xã Dần Thàng", null, "Theo QĐ 135/QĐ-TTg"],
  [null, "Xã Nậm Chày", 2],
  [null, "Xã Khoen On", 6, "Xã khu vực III, 5 thôn"],
  [null, "Tổng cộng", 19],
];

describe("a mark for the first commune's figure, a note beside it", () => {
  test.each<[string, string[]]>([
    ["X", ["invalid-value C3"]],
    ["x", ["invalid-value C3"]],
    ["?", ["invalid-value C3"]],
    ["-", []],
  ])("%s: the header is row 1, the table read whole", (mark, expected) => {
    const report = checkWorkbook(workbook(sheet("Phân bổ", rows(mark))), { workbookName: "t.xlsx", plan: planOf([LINE]), sheet: "Phân bổ" }).report;
    expect(report.reading!.table).toBe("A1:D10");
    expect(report.reading!.headerRows).toEqual([1]);
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(expected);
  });
});
