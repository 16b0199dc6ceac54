/**
 * The percent-of-plan column's scale is the one most of its rows are typed in:
 * a column of fractions (`0,625`, `0,875`) with one rate typed in points
 * (`65`) gives one `rate` error at that cell, saying it is the right rate
 * written in points — not one error at every fraction; a wrong fraction among
 * fractions is told as the cell shows it.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, GOOD_LINES, lineTable, planSheet, workbook } from "./fixtures";

/** GOOD_LINES with every rate as a fraction (`62,5%` → 0,625), then the rates in `edits` (by row) typed as given. */
function rates(edits: Record<number, CellValue>): CellValue[][] {
  return GOOD_LINES.map((row, i) => {
    const copy = [...row];
    const rate = copy[8];
    copy[8] = i in edits ? edits[i] : typeof rate === "number" ? rate / 100 : 0.625;
    return copy;
  });
}

function rateFindings(rows: CellValue[][]) {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), lineTable(rows)), { workbookName: "t.xlsx" }).report);
  return report.findings.filter((f) => f.sheet === "Tiến độ");
}

test.each<[string, Record<number, CellValue>, string[], string[]]>([
  ["all fractions, right: nothing", {}, [], []],
  // KP (row 6): 650 of 1 000 is 65 %.
  ["one typed in points among fractions: that cell alone, said to be in points", { 2: 65 }, ["rate@I6"], ["ghi 65 — có vẻ là 65% viết theo phần trăm", "hãy ghi 0,65"]],
  ["one typed in points on another line", { 0: 62.5 }, ["rate@I4"], ["ghi 62,5 — có vẻ là 62,5% viết theo phần trăm"]],
  // KP.1 (row 7): 400 of 600 is 66,67 %; 0,7 is 70 %.
  ["a wrong fraction among fractions: told as the cell shows it", { 3: 0.7 }, ["rate@I7"], ["ghi 0,7 (70%), nhưng lũy kế chia chỉ tiêu kế hoạch là 66,67%"]],
  ["a wrong figure in points among fractions: no words of points", { 3: 70 }, ["rate@I7"], ["ghi 70 (7.000%)"]],
])("%s", (_, edits, expected, words) => {
  const found = rateFindings(rates(edits));
  expect(found.map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
  for (const text of words) expect(found[0].message).toContain(text);
});

test("the rate typed in points is given as typed, against the percent computed", () => {
  const [finding] = rateFindings(rates({ 2: 65 }));
  expect([finding.expected, finding.actual]).toEqual([65, 65]);
});
