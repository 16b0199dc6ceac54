/**
 * A line that matches no plan line and whose figures are, area by area, the
 * sum of the lines right after it that do (`Kinh phí thực hiện` over
 * `Kinh phí truyền thông`, `Kinh phí hỗ trợ sinh kế`) is their total: no
 * line the plan lacks, and one mistyped cell of it is one subtotal finding.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 4],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 200],
  ["KP.2", "Kinh phí hỗ trợ sinh kế", "triệu đồng", 100],
]);
const HEAD: CellValue[] = ["STT", "Nội dung", "ĐVT", "Tổng số", "Ba Trại", "Tản Lĩnh", "Yên Bài"];
function rows(total: CellValue[]): CellValue[][] {
  return [
    HEAD,
    [1, "Tổ truyền thông cộng đồng", "tổ", 4, 2, 1, 1],
    [null, ...total],
    [1, "Kinh phí truyền thông", "triệu đồng", 200, 100, 60, 40],
    [2, "Kinh phí hỗ trợ sinh kế", "triệu đồng", 100, 50, 30, 20],
  ];
}
function findings(data: SheetData) {
  const { report } = checkWorkbook({ sheets: [PLAN, data] }, { workbookName: "x.xlsx" });
  return report.findings.map((f) => [f.rule, f.cell]);
}

describe("a line whose figures add up the lines after it", () => {
  test.each<[string, CellValue[], [string, string][]]>([
    ["`Kinh phí thực hiện`, its unit blank", ["Kinh phí thực hiện", null, 300, 150, 90, 60], []],
    ["`Kinh phí thực hiện (triệu đồng)`", ["Kinh phí thực hiện (triệu đồng)", null, 300, 150, 90, 60], []],
    ["one cell of it mistyped", ["Kinh phí thực hiện", "triệu đồng", 300, 150, 95, 60], [["subtotal", "F3"]]],
    ["figures that add up nothing: a line the plan lacks", ["Kinh phí khác", "triệu đồng", 30, 10, 10, 10], [["unmapped", "B3"]]],
  ])("%s", (_name, total, expected) => {
    expect(findings(sheet("Phân bổ", rows(total)))).toEqual(expected);
  });

  test("areas as rows: the same sheet turned", () => {
    expect(findings(transposeSheet(sheet("Phân bổ", rows(["Kinh phí thực hiện", null, 300, 150, 90, 60]))))).toEqual([]);
  });
});
