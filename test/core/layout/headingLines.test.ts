/**
 * A line whose value cells are all blank and whose text names a plan parent
 * (`II. Kinh phí` over the plan's `KP.1`, `KP.2`) is a heading, in either
 * orientation: the parent is the sum of its parts, not a line allocated zero.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { BUDGET_PARENT_PLAN, sheet, transposeSheet } from "./sheetBuilder";


const PLAN = BUDGET_PARENT_PLAN;

const ROWS: CellValue[][] = [
  ["STT", "Nội dung", "ĐVT", "Tổng số", "Ba Vì", "Thạch Thất"],
  ["I", "Chỉ tiêu", null, null, null, null],
  [1, "Thành lập tổ truyền thông cộng đồng", "tổ", 6, 3, 3],
  ["II", "Kinh phí thực hiện", null, null, null, null],
  [1, "Kinh phí truyền thông", "triệu đồng", 200, 100, 100],
  [2, "Kinh phí tập huấn", "triệu đồng", 100, 50, 50],
];

function withHeading(label: string, code: string): CellValue[][] {
  return ROWS.map((row) => (row[1] === "Kinh phí thực hiện" ? [code, label, null, null, null, null] : row));
}

function run(allocation: SheetData) {
  const { report } = checkWorkbook({ sheets: [PLAN, allocation] }, { workbookName: "x.xlsx" });
  return report;
}

describe("a blank line naming a plan parent is a heading", () => {
  test.each([
    ["`II | Kinh phí thực hiện`", withHeading("Kinh phí thực hiện", "II")],
    ["`II. KINH PHÍ THỰC HIỆN` in the name cell", withHeading("II. KINH PHÍ THỰC HIỆN", "")],
    ["`B | Kinh phí` without Roman numeral", withHeading("Kinh phí thực hiện", "B")],
  ])("indicators as rows: %s", (_name, rows) => {
    const report = run(sheet("Phân bổ", rows));
    expect(report.orientation).toBe("indicators-as-rows");
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([]);
    expect(report.indicators.find((i) => i.code === "KP")).toMatchObject({ allocated: 300e6, status: "ok" });
  });

  test("areas as rows: a blank `Kinh phí thực hiện` column before its parts", () => {
    const report = run(transposeSheet(sheet("Phân bổ", withHeading("Kinh phí thực hiện", ""))));
    expect(report.orientation).toBe("areas-as-rows");
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([]);
    expect(report.indicators.find((i) => i.code === "KP")).toMatchObject({ allocated: 300e6, status: "ok" });
  });

  test("a blank leaf line is still a line allocated zero", () => {
    const rows = ROWS.map((row) => (row[1] === "Kinh phí tập huấn" ? [2, "Kinh phí tập huấn", "triệu đồng", null, null, null] : row));
    const report = run(sheet("Phân bổ", rows));
    expect(report.findings.map((f) => [f.rule, f.indicator])).toEqual(expect.arrayContaining([["ceiling", "KP.2"]]));
  });
});
