/**
 * The first district's row, then its first commune with a mark for its
 * figure (`X`, `x`, `?`, `-`) and a note beside it (`3 thôn ĐBKK`): that
 * commune's row is data, not a header under a title-block row — the table's
 * header stays the one over them, and the mark is told at its cell (a dash
 * is nothing here). So too under a district's heading merged across the
 * figures (`I | Huyện Phong Thổ`, no figure of its own), closed by `Cộng`.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook, type SheetOptions } from "./sheetBuilder";

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

const headed = (mark: CellValue): CellValue[][] => [
  ["STT", "Đơn vị", "Địa chỉ tin cậy tại cộng đồng"],
  ["I", "Huyện Phong Thổ"],
  [null, "Xã Nậm Lúc", mark],
  [null, "Xã Vĩnh Yên", 1],
  [null, "Cộng I", 1],
  ["II", "Huyện Than Uyên"],
  [null, "Xã Pha Long", 8],
  [null, "Xã Tả Gia Khâu", 6],
  [null, "Cộng", 14],
  [null, "Tổng cộng", 15],
];
const HEADED: SheetOptions = { merges: ["B2:C2", "B6:C6"] };
const ADDRESSES = { code: "1", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 15 };

describe("a mark for the first commune's figure under a heading merged across, one line", () => {
  test.each<[string, string[]]>([
    ["x", ["invalid-value C3"]],
    ["X", ["invalid-value C3"]],
    ["?", ["invalid-value C3"]],
  ])("%s: the header is row 1, the table read whole", (mark, expected) => {
    const report = checkWorkbook(workbook(sheet("Phân bổ", headed(mark), HEADED)), { workbookName: "t.xlsx", plan: planOf([ADDRESSES]), sheet: "Phân bổ" }).report;
    expect(report.reading!.table).toBe("A1:C10");
    expect(report.reading!.headerRows).toEqual([1]);
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(expected);
  });
});

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
