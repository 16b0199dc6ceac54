/**
 * A results cell that cannot be read (text, an error value) is one `invalid-value` at that cell: the
 * area is not also judged behind on that line for lacking the figure. Its other lines, and other areas, are.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

/** Per commune [teams, rate, KP.1, KP.2] of one year: on pace over 2022 - 2024 (share 0,75) with all three years. */
const year = (): CellValue[][] => [
  [1, 80, 50, 30],
  [1, 85, 50, 30],
  [1, 80, 50, 30],
  [1, 90, 50, 30],
];

function check(cell: CellValue, commune: number, line: number) {
  const last = year();
  last[commune][line] = cell;
  const sheets = [periodSheet("Thực hiện 2022", year()), periodSheet("Thực hiện 2023", year()), periodSheet("Thực hiện 2024", last)];
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

const found = (report: ReturnType<typeof check>) =>
  report.findings.filter((f) => f.sheet !== "Phân bổ" && f.severity !== "info").map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`);

describe("an unreadable figure on the latest period sheet", () => {
  test.each<[string, CellValue, number, number, string[]]>([
    ["a letter O for a zero in KP.2 (Xã Sài Sơn)", "3O", 3, 3, ["invalid-value/error@Thực hiện 2024!F10"]],
    ["words in KP.1 (Xã Ba Trại)", "chưa báo cáo", 0, 2, ["invalid-value/error@Thực hiện 2024!E6"]],
    ["an error value in KP.1 (Xã Phú Mãn)", { error: "#REF!" }, 2, 2, ["invalid-value/error@Thực hiện 2024!E9"]],
    // Readable: nothing said.
    ["a number stored as text", "30", 3, 3, ["text-number/error@Thực hiện 2024!F10"]],
  ])("%s: the cell alone", (_, cell, commune, line, expected) => {
    expect(found(check(cell, commune, line))).toEqual(expected);
  });
});

/**
 * A line whose sum leaves out an unusable cell is not judged on it: with 40 a commune a year, KP.1 is just on pace
 * over 2022 - 2024 (480 of 450 needed); counted as 0, one commune's cell would put it behind. Its `invalid-value` is
 * the one finding, and the line's pace is not told either way (the summary says its figures are missing).
 */
describe("an unusable figure that would put its line behind", () => {
  const tight = (): CellValue[][] => [
    [1, 80, 40, 30],
    [1, 85, 40, 30],
    [1, 80, 40, 30],
    [1, 90, 40, 30],
  ];
  function checkTight(cell: CellValue, sheet: number) {
    const years = [tight(), tight(), tight()];
    years[sheet][1][2] = cell;
    const sheets = years.map((values, i) => periodSheet(`Thực hiện ${2022 + i}`, values));
    return checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" });
  }
  test.each<[string, CellValue, number, string]>([
    ["#REF! in 2023", { error: "#REF!" }, 1, "Thực hiện 2023!E7"],
    ["#VALUE! in 2024", { error: "#VALUE!" }, 2, "Thực hiện 2024!E7"],
    ["−40 in 2022", -40, 0, "Thực hiện 2022!E7"],
    ["words in 2023", "chưa có số liệu", 1, "Thực hiện 2023!E7"],
  ])("%s: the cell's invalid-value alone, KP.1 and its parent not judged on pace", (_, cell, sheet, at) => {
    const result = checkTight(cell, sheet);
    const report = toJsonReport(result.report);
    expect(found(report)).toEqual([`invalid-value/error@${at}`]);
    const byCode = new Map(report.indicators.map((indicator) => [indicator.code, indicator]));
    expect(byCode.get("KP.1")).not.toHaveProperty("expectedByNow");
    expect(byCode.get("KP")).not.toHaveProperty("expectedByNow");
    // The other lines are judged as before.
    expect(byCode.get("KP.2")).toHaveProperty("expectedByNow", 300_000_000);
  });

  test("a readable 0 in its place is counted: the line is behind", () => {
    const report = toJsonReport(checkTight(0, 1).report);
    expect(found(report)).toEqual(["pace/warning@Thực hiện 2024!E4", "area-progress/warning@Thực hiện 2024!E7"]);
  });
});
