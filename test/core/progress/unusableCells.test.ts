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
