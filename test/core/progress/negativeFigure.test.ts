/**
 * A negative figure on a period sheet is one `invalid-value` at its cell and
 * counts as an unusable cell does: it is not added into its line's figure
 * (no line `pace` from it) nor its commune's (no `area-progress` from it).
 * A readable figure that is low (0) is still judged.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

/** Per commune [teams, rate, KP.1, KP.2] of one year: on pace over 2022 - 2024 (share 0,75) with all three years, line and commune. */
const year = (): CellValue[][] => [
  [1, 80, 45, 30],
  [1, 85, 45, 30],
  [1, 80, 45, 30],
  [1, 90, 45, 30],
];

function check(cell: CellValue, commune: number, line: number) {
  const middle = year();
  middle[commune][line] = cell;
  const sheets = [periodSheet("Thực hiện năm 2022", year()), periodSheet("Thực hiện năm 2023", middle), periodSheet("Thực hiện năm 2024", year())];
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

const found = (report: ReturnType<typeof check>) => report.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`);

describe("a negative figure on a period sheet", () => {
  test.each<[string, CellValue, number, number, string[]]>([
    ["−100 in KP.1 (Xã Tản Lĩnh): its line would fall behind", -100, 1, 2, ["invalid-value/error@Thực hiện năm 2023!E7"]],
    ["−1 in teams (Xã Phú Mãn): its commune would fall behind", -1, 2, 0, ["invalid-value/error@Thực hiện năm 2023!C9"]],
    ["−30 in KP.2 (Xã Ba Trại)", -30, 0, 3, ["invalid-value/error@Thực hiện năm 2023!F6"]],
    // A readable figure, however low, is counted: the commune is behind.
    ["0 in KP.1 (Xã Tản Lĩnh)", 0, 1, 2, ["area-progress/warning@Thực hiện năm 2024!E7"]],
  ])("%s", (_, cell, commune, line, expected) => {
    expect(found(check(cell, commune, line))).toEqual(expected);
  });
});
