/**
 * Three label columns, one of them naming only periods (`Năm 2024`, `Năm
 * 2025`, merged down their rows) beside the district and commune columns:
 * the periods are no level of areas read in the district's place. Between
 * the district and the communes, each period groups the district's communes
 * after it; before the districts, each period is a tier over the districts
 * after it. The communes repeated in the next period are no duplicates, and
 * a commune written twice in one period still is.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 20 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 24 },
];
const NAMES = LINES.map((l) => l.name);
const MERGES = ["A2:C2", "A3:A6", "B3:B4", "B5:B6", "A7:A10", "B7:B8", "B9:B10"];

function read(rows: CellValue[][]) {
  return checkWorkbook(workbook(sheet("Phân bổ", rows, { merges: MERGES })), { workbookName: "t.xlsx", plan: planOf(LINES), sheet: "Phân bổ" }).report;
}
const parentOf = (areas: readonly { name: string; parent: number | null }[], name: string) => areas.filter((a) => a.name === name).map((a) => areas[a.parent!].name);

describe("a column of periods beside the district and commune columns", () => {
  test("district | period | commune", () => {
    const report = read([
      ["Huyện", "Năm", "Xã", ...NAMES],
      ["Tổng cộng", null, null, 20, 24],
      ["Ba Vì", "Năm 2024", "Xã Ba Trại", 2, 3],
      [null, null, "Xã Tản Lĩnh", 3, 3],
      [null, "Năm 2025", "Xã Ba Trại", 3, 3],
      [null, null, "Xã Tản Lĩnh", 2, 3],
      ["Thạch Thất", "Năm 2024", "Xã Yên Trung", 2, 3],
      [null, null, "Xã Yên Bình", 3, 3],
      [null, "Năm 2025", "Xã Yên Trung", 3, 3],
      [null, null, "Xã Yên Trung", 2, 3],
    ]);
    const areas = report.reading!.areas;
    expect(parentOf(areas, "Năm 2024")).toEqual(["Ba Vì", "Thạch Thất"]);
    expect(parentOf(areas, "Xã Ba Trại")).toEqual(["Năm 2024", "Năm 2025"]);
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["duplicate C10"]);
  });

  test("period | district | commune", () => {
    const report = read([
      ["Năm", "Huyện", "Xã", ...NAMES],
      ["Tổng cộng", null, null, 20, 24],
      ["Năm 2024", "Ba Vì", "Xã Ba Trại", 2, 3],
      [null, null, "Xã Tản Lĩnh", 3, 3],
      [null, "Thạch Thất", "Xã Yên Trung", 2, 3],
      [null, null, "Xã Yên Bình", 3, 3],
      ["Năm 2025", "Ba Vì", "Xã Ba Trại", 3, 3],
      [null, null, "Xã Tản Lĩnh", 2, 3],
      [null, "Thạch Thất", "Xã Yên Trung", 3, 3],
      [null, null, "Xã Yên Bình", 2, 3],
    ]);
    const areas = report.reading!.areas;
    expect(parentOf(areas, "Ba Vì")).toEqual(["Năm 2024", "Năm 2025"]);
    expect(parentOf(areas, "Xã Yên Bình")).toEqual(["Thạch Thất", "Thạch Thất"]);
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
  });
});
