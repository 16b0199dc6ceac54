/**
 * A commune's row equal to the one above it, every line under its plan, under
 * formula totals: told at the row as a likely copy only where nothing else
 * explains the gaps. With a commune still without any figure (a sheet being
 * allocated), the identical rows may be an even split and the gaps that
 * commune's: told at that commune (its row left blank), never as a copy.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../layout/sheetBuilder";

const PLAN: CellValue[][] = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông", "tổ", 8],
  ["2", "Câu lạc bộ", "CLB", 16],
  ["3", "Đối thoại chính sách", "cuộc", 24],
  ["4", "Kinh phí hỗ trợ", "triệu đồng", 800],
];
const HEADER: CellValue[] = ["STT", "Địa bàn", "Tổ truyền thông", "Câu lạc bộ", "Đối thoại chính sách", "Kinh phí hỗ trợ"];

function check(lastCommune: CellValue[]) {
  const communes: CellValue[][] = [
    ["1", "Xã An Phú", 1, 2, 3, 100],
    ["2", "Xã Bình Minh", 1, 2, 3, 100],
    ["3", "Xã Cẩm Lĩnh", 1, 2, 3, 110],
    ["4", "Xã Đông Quang", 1, 2, 2, 90],
    ["5", "Xã Hòa Thạch", 1, 3, 4, 120],
    ["6", "Xã Kim Sơn", 1, 2, 3, 95],
    ["7", "Xã Liên Hiệp", ...lastCommune],
  ];
  const sums = [2, 3, 4, 5].map((col) => communes.reduce((total, row) => total + (typeof row[col] === "number" ? (row[col] as number) : 0), 0));
  const formulas = Object.fromEntries(["C", "D", "E", "F"].map((letter) => [`${letter}2`, `SUM(${letter}3:${letter}9)`]));
  const book = workbook(sheet("Kế hoạch", PLAN), sheet("Phân bổ", [HEADER, ["", "Tổng cộng", ...sums], ...communes], { formulas }));
  return checkWorkbook(book, { workbookName: "phan-bo.xlsx" }).report.findings.filter((f) => f.severity !== "info");
}

describe("a row equal to the one above, every line under its plan, formula totals", () => {
  test("with a commune still without figures: told at that commune's row, no copy claimed", () => {
    const findings = check([null, null, null, null]);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["ceiling", "C9"]]);
    expect(findings[0].message.vi).toContain("Xã Liên Hiệp");
    expect(findings[0].message.vi).not.toContain("trùng");
  });

  test("with every commune given figures: one finding, at the repeated row", () => {
    const findings = check([1, 2, 3, 100]);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["ceiling", "C4"]]);
    expect(findings[0].message.vi).toContain("Xã An Phú");
  });
});
