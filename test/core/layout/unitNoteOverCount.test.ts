/**
 * A money note (`ĐVT: triệu đồng`) typed in one cell under the header, the
 * row's only one, unmerged: the table's note, for its money lines, wherever
 * it stands — over the count's column too, which stays a count (never a
 * money line the plan's count cannot match).
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { readTwoDistrictSheet, totalFirst, twoDistrictHeader, twoDistrictPlan } from "./twoDistrictSheet";

/** The note under the header in column `col` (0-based), the amounts in millions (100 = 100 000 000 đồng). */
function rows(col: number, money = 100): CellValue[][] {
  const note: CellValue[] = [null, null, null, null];
  note[col] = "ĐVT: triệu đồng";
  return [twoDistrictHeader(), note, ...totalFirst(money)];
}

describe.each([
  ["over the count's column", 2],
  ["over the money's column", 3],
  ["over the names", 1],
])("the note %s", (_name, col) => {
  test("both lines read, the count a count, the money in millions: nothing to report", () => {
    const report = readTwoDistrictSheet(rows(col), twoDistrictPlan());
    expect(report.reading!.lines.map((l) => `${l.code}@${l.at}`)).toEqual(["1@C", "2@D"]);
    expect(report.findings).toEqual([]);
  });

  test("the money over the plan: told at its total's cell, in đồng", () => {
    const report = readTwoDistrictSheet(rows(col, 120), twoDistrictPlan());
    expect(report.findings.map((f) => `${f.rule}/${f.severity}@${f.cell}:${f.actual}`)).toEqual(["ceiling/error@D5:600000000"]);
  });
});
