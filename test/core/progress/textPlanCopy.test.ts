/**
 * A target copied onto a `Tiến độ` table as text (`80%`, `"8"`): `text-number`
 * tells a number stored as text because Excel's SUM skips it, so it is told
 * only where a sum of the sheet counts the cell — a part's copy under a
 * parent line (`KP.1` under `KP`). A percent line's copy, or one no parent
 * adds up, is summed by nothing: no finding, the copy still checked by
 * `plan-copy` against the plan's target.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, GOOD_LINES, lineTable, planSheet, withCell, workbook } from "./fixtures";

/** Rows of GOOD_LINES: 0 teams (row 4), 1 percent (row 5), 2 KP, 3 KP.1, 4 KP.2; column 3 (D) the copied target. */
function found(rows: CellValue[][]): string[] {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), lineTable(rows)), { workbookName: "t.xlsx" }).report);
  return report.findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}/${f.severity}@${f.cell}`);
}

test.each<[string, number, CellValue, string[]]>([
  ["the percent line's target copied as 80% text", 1, "80%", []],
  ["the percent line's target copied as 80 text", 1, "80", []],
  ["the percent line's target copied as 85% text: the copy is wrong, not its type", 1, "85%", ["plan-copy/warning@D5"]],
  ["a line with no parent copied as 8 text", 0, "8", []],
  ["the parent line's own copy as 1.000 text", 2, "1.000", []],
  // `KP`'s copy may be a SUM over its parts': the part's text copy is one a sum counts.
  ["a part's copy (KP.1) as 600 text", 3, "600", ["text-number/warning@D7"]],
  ["the percent line's period figure as 70% text stays told", -1, "70%", ["text-number/warning@G5"]],
])("%s", (_, row, value, expected) => {
  const rows = row >= 0 ? withCell(GOOD_LINES, row, 3, value) : withCell(GOOD_LINES, 1, 6, value);
  expect(found(rows)).toEqual(expected);
});
