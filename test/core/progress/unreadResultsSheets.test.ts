/** Sheets named like results but not read (`TH 2023` titled as a summary: TH also abbreviates Tổng hợp; `TH 6 tháng 2024`, a part of a year, is read): when no results sheet is read, one info names them. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

const COMMUNES: CellValue[][] = [0, 1, 2, 3].map(() => [1, 50, 50, 30]);

test.each<[string, string[], string[]]>([
  ["only TH sheets: one info naming them", ["TH 2023", "TH 2024"], ["TH 2023", "TH 2024"]],
  ["one TH sheet", ["TH 2024"], ["TH 2024"]],
  ["a year's sheet (`Năm 2023`) is as often an allocation: nothing said", ["Năm 2023"], []],
])("%s", (_, names, named) => {
  const report = check(...names.map((name) => periodSheet(name, COMMUNES, "BIỂU TỔNG HỢP")));
  expect(report).not.toHaveProperty("progress");
  const found = report.findings.filter((f) => f.severity === "info" && names.some((name) => f.message.includes(`"${name}"`)));
  if (named.length === 0) {
    expect(found).toEqual([]);
    return;
  }
  expect(found).toHaveLength(1);
  expect(found[0].sheet).toBe(named[0]);
  for (const name of named) expect(found[0].message).toContain(`"${name}"`);
});

test("TH sheets beside a results sheet that is read: no such info", () => {
  const report = check(periodSheet("Thực hiện 2023", COMMUNES), periodSheet("TH 2022", COMMUNES));
  expect(report.findings.filter((f) => f.severity === "info" && f.message.includes("TH 2022") && f.message.includes("không được đọc"))).toHaveLength(0);
});
