/**
 * One rate typed as a fraction (`0,5`) in a column of percentage points
 * (`50`, `62,5`): one `rate` error at that cell, whose message says it reads
 * as the right rate typed as a fraction and what to write; a rate wrong in
 * points gets no such words.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, planSheet, workbook } from "./fixtures";

function check(teamsRate: CellValue, trainingRate: CellValue) {
  const rows: CellValue[][] = [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, null, 4, teamsRate, null],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 150, null, 300, 50, null],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 100, 100, null, 200, trainingRate, null],
  ];
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), lineTable(rows)), { workbookName: "t.xlsx" }).report);
}

test.each<[string, CellValue, CellValue, string[], boolean]>([
  ["0,5 among points: one error, said to be a fraction", 0.5, 50, ["rate@I4"], true],
  ["0,5 on another line", 50, 0.5, ["rate@I6"], true],
  ["a wrong rate in points: one error, no such words", 60, 50, ["rate@I4"], false],
  ["all in points and right: nothing", 50, 50, [], false],
])("%s", (_, teamsRate, trainingRate, expected, fraction) => {
  const report = check(teamsRate, trainingRate);
  const rates = report.findings.filter((f) => f.rule === "rate");
  expect(rates.map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
  for (const finding of rates) expect(finding.message.includes("dưới dạng phân số")).toBe(fraction);
});
