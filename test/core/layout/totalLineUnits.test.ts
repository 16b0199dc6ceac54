/**
 * A total line that matches no plan line and shows no unit of its own
 * (`Tổng kinh phí`, `Tổng cộng` with its `ĐVT` cell blank) is in the unit of
 * the lines it adds up: it is checked against them as they are, never as
 * đồng against triệu đồng, and it is no line the plan lacks.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 200],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 100],
  ["KP.3", "Kinh phí giám sát", "triệu đồng", 60],
]);
const HEAD: CellValue[] = ["STT", "Nội dung", "ĐVT", "Tổng số", "Ba Vì", "Thạch Thất"];
const PARTS = (unit: string | null): CellValue[][] => [
  [1, "Kinh phí truyền thông", unit, 200, 100, 100],
  [2, "Kinh phí tập huấn", unit, 100, 50, 50],
  [3, "Kinh phí giám sát", unit, 60, 30, 30],
];

function findings(rows: CellValue[][], transpose: boolean) {
  const data = sheet("Phân bổ", rows);
  const { report } = checkWorkbook({ sheets: [PLAN, transpose ? transposeSheet(data) : data] }, { workbookName: "x.xlsx" });
  return report.findings.map((f) => [f.rule, f.cell]);
}

describe("a total line without a unit of its own", () => {
  test.each<[string, CellValue[][]]>([
    ["`Tổng kinh phí` above its parts", [HEAD, [null, "Tổng kinh phí", null, 360, 180, 180], ...PARTS("triệu đồng")]],
    ["`Tổng cộng` below its parts", [HEAD, ...PARTS("triệu đồng"), [null, "Tổng cộng", null, 360, 180, 180]]],
    ["no unit anywhere: the parts take the plan's", [HEAD, [null, "Tổng kinh phí", null, 360, 180, 180], ...PARTS(null)]],
  ])("%s", (_name, rows) => {
    expect(findings(rows, false)).toEqual([]);
    expect(findings(rows, true)).toEqual([]);
  });

  test("a cell of it typed wrong is one subtotal finding at that cell", () => {
    const rows = [HEAD, [null, "Tổng kinh phí", null, 360, 185, 180], ...PARTS("triệu đồng")];
    expect(findings(rows, false)).toEqual([["subtotal", "E2"]]);
  });
});
