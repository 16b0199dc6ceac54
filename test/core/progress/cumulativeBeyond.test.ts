/**
 * A sheet of running totals named for a later day than the last period sheet
 * (`Lũy kế đến 30.6.2024` beside `Thực hiện năm 2022`, `2023`): its figures
 * hold months no period sheet gives, so they are no sum of the periods — one
 * warning says so, not a `cumulative` error at every cell. Named for the day
 * the periods reach, or for a span of years, it is checked as before.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

const Y2022: CellValue[][] = [[1, 50, 40, 20], [1, 55, 40, 20], [0, 50, 40, 20], [1, 60, 40, 20]];
const Y2023: CellValue[][] = [[1, 60, 50, 30], [0, 65, 50, 30], [1, 60, 50, 30], [1, 70, 50, 30]];
const add = (...periods: CellValue[][][]): CellValue[][] =>
  periods[0].map((row, i) => row.map((_, c) => (c === 1 ? periods[periods.length - 1][i][1] : periods.reduce((sum, p) => sum + (p[i][c] as number), 0))));
/** To mid-2024: a half year more on every figure. */
const TO_H1_2024 = add(Y2022, Y2023, [[1, 70, 20, 20], [1, 75, 20, 20], [1, 70, 20, 20], [0, 80, 20, 20]]);

test.each<[string, string, CellValue[][], [string, string][]]>([
  ["named for a later day: one warning", "Lũy kế đến 30.6.2024", TO_H1_2024, [["pace", "warning"]]],
  ["named for the day the periods reach, and right: nothing", "Lũy kế đến 31.12.2023", add(Y2022, Y2023), []],
  ["named for a span of years, and right: nothing", "Lũy kế 2022-2023", add(Y2022, Y2023), []],
])("%s", (_, name, figures, told) => {
  const sheets = [periodSheet("Thực hiện năm 2022", Y2022), periodSheet("Thực hiện năm 2023", Y2023), periodSheet(name, figures, "LŨY KẾ THỰC HIỆN")];
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
  expect(report.findings.filter((f) => f.sheet === name).map((f) => [f.rule, f.severity])).toEqual(told);
  expect(report.progress?.asOf).toBe("2023-12");
});
