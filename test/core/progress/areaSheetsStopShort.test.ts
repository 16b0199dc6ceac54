/**
 * A `Tiến độ` table running to `6 tháng đầu năm 2024` beside per-area period
 * sheets for the first year alone: the areas' figures lack the months after,
 * so no area is judged behind on them (the lines are, on the table); with
 * area sheets for every period, an area behind is told at its cell.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, GOOD_LINES, lineTable, periodSheet, planSheet, workbook } from "./fixtures";

// Per commune [teams, rate, KP.1, KP.2], each period adding up to the table's figures (GOOD_LINES: 2, 2, 1 teams; KP.1 150, 200, 50; KP.2 50, 100, 100).
const Y2022: CellValue[][] = [[1, 50, 40, 20], [1, 50, 40, 20], [0, 50, 35, 5], [0, 50, 35, 5]];
const Y2023: CellValue[][] = [[1, 60, 50, 25], [1, 60, 50, 25], [0, 60, 50, 25], [0, 60, 50, 25]];
const H2024: CellValue[][] = [[0, 70, 15, 25], [0, 70, 15, 25], [1, 70, 10, 25], [0, 70, 10, 25]];

function areaFindings(...sheets: SheetData[]) {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), lineTable(GOOD_LINES), ...sheets), { workbookName: "t.xlsx" }).report);
  return report.findings.filter((f) => f.sheet !== "Phân bổ").map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`);
}

test("area sheets for 2022 alone beside the table to 2024-H1: no area judged behind, nothing told", () => {
  expect(areaFindings(periodSheet("Thực hiện 2022", Y2022))).toEqual([]);
});

test("area sheets for every period: an area behind is told at its cell on the latest sheet", () => {
  const found = areaFindings(periodSheet("Thực hiện 2022", Y2022), periodSheet("Thực hiện 2023", Y2023), periodSheet("Thực hiện 6 tháng đầu năm 2024", H2024));
  // Xã Sài Sơn (row 10): no team of the 2 allocated, 1,25 due by now.
  expect(found).toContain("area-progress/warning@Thực hiện 6 tháng đầu năm 2024!C10");
  expect(found.every((f) => f.startsWith("area-progress/warning@Thực hiện 6 tháng đầu năm 2024!"))).toBe(true);
});
