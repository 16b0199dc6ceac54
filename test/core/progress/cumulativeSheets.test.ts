/**
 * A sheet of running totals per area beside the periods' own sheets (`Lũy kế 2022-2025`, `Lũy kế`,
 * `Kết quả lũy kế đến 31.12.2023`): never added to the progress, but each commune's figure on a count
 * or money line must be what its period sheets add up to — one `cumulative` error at the commune's cell,
 * not also a `subtotal` at its district when only that commune is off.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { cumulativeSheetEnd } from "../../../src/core/progress/cumulativeSheets";
import { isResultsSheet } from "../../../src/core/progress/resultsSheets";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

// Per commune [teams, rate, KP.1, KP.2].
const y2022: CellValue[][] = [[1, 70, 50, 30], [1, 75, 50, 30], [1, 70, 50, 30], [1, 80, 50, 30]];
const y2023: CellValue[][] = [[1, 78, 50, 30], [1, 80, 50, 30], [1, 78, 50, 30], [1, 85, 50, 30]];
const sums = (): CellValue[][] => y2022.map((row, i) => [2, y2023[i][1], 100, 60]);
const years = () => [periodSheet("Thực hiện 2022", y2022), periodSheet("Thực hiện 2023", y2023)];
const found = (report: ReturnType<typeof check>, sheet: string) => report.findings.filter((f) => f.sheet === sheet).map((f) => `${f.rule}/${f.severity}@${f.cell}`);

test.each<[string, string, (rows: CellValue[][]) => void, boolean, string[]]>([
  ["right", "Lũy kế 2022-2025", () => undefined, false, []],
  ["right, named Lũy kế", "Lũy kế", () => undefined, false, []],
  // Xã Phú Mãn's KP.1 (row 9, column E): 150 for 50 + 50.
  ["one commune off, its district recomputed", "Lũy kế 2022-2025", (rows) => (rows[2][2] = 150), false, ["cumulative/error@E9"]],
  // The district row kept at the right sum: it disagrees with its communes only by that commune's 50.
  ["one commune off, its district kept", "Lũy kế", (rows) => (rows[2][2] = 150), true, ["cumulative/error@E9"]],
  ["a count off", "Cộng dồn 2022-2023", (rows) => (rows[0][0] = 3), false, ["cumulative/error@C6"]],
  // The rate line is not a sum over the periods: not checked here.
  ["a percent line", "Lũy kế 2022-2025", (rows) => (rows[3][1] = 10), false, []],
])("a running-totals sheet %s", (_, name, edit, keepDistricts, expected) => {
  const rows = sums();
  edit(rows);
  const typed = periodSheet(name, rows);
  const right = periodSheet(name, sums());
  const sheet = keepDistricts ? { ...typed, values: typed.values.map((row, r) => ([3, 4, 7].includes(r) ? right.values[r] : row)) } : typed;
  const report = check(...years(), sheet);
  expect(found(report, name)).toEqual(expected);
  // Never added: the periods give the cumulative figures.
  expect(report.indicators.find((i) => i.code === "KP.1")?.achieved).toBe(400_000_000);
  expect(report.progress?.periods).toEqual(["2022", "2023"]);
});

test("a district subtotal off on the running-totals sheet: the subtotal alone", () => {
  const right = periodSheet("Lũy kế", sums());
  const sheet = { ...right, values: right.values.map((row, r) => (r === 7 && row !== undefined ? row.map((value, c) => (c === 5 ? 130 : value)) : row)) };
  expect(found(check(...years(), sheet), "Lũy kế")).toEqual(["subtotal/error@F8"]);
});

test.each<[string, number | null]>([
  ["Lũy kế 2022-2025", 2025 * 12 + 12],
  ["Lũy kế đến 31.12.2023", 2023 * 12 + 12],
  ["Kết quả lũy kế đến 30.6.2024", 2024 * 12 + 6],
  ["Lũy kế", null],
])("%s runs to %s", (name, end) => {
  expect(cumulativeSheetEnd(name)).toBe(end);
});

test.each<[string, boolean]>([
  ["Lũy kế 2022-2025", true],
  ["Luy ke", true],
  ["Bảng lũy kế", true],
  ["Cộng dồn đến 30.6.2024", true],
  ["Phân bổ lũy kế", false],
  ["Kế hoạch", false],
])("%s is a results sheet: %s", (name, expected) => {
  expect(isResultsSheet(name)).toBe(expected);
});
