/**
 * A sheet named like a period (`Thực hiện năm 2023`) whose table the reader
 * cannot read is told as a table that could not be read — the sheet and its
 * header cells (else its first figures' cells) named — where it holds
 * figures; not said to have no figures yet. A sheet truly without figures is.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, sheet, workbook } from "./fixtures";

const year = (): CellValue[][] => [
  [1, 80, 50, 30],
  [1, 85, 50, 30],
  [1, 80, 50, 30],
  [1, 90, 50, 30],
];

function check(values: CellValue[][]) {
  const sheets = [periodSheet("Thực hiện năm 2022", year()), sheet("Thực hiện năm 2023", values), periodSheet("Thực hiện năm 2024", year())];
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

const said = (report: ReturnType<typeof check>) =>
  report.findings.filter((f) => f.sheet === "Thực hiện năm 2023").map((f) => `${f.rule}/${f.severity}@${f.cell} ${/không đọc được tiêu đề/.test(f.message) ? "unread" : /(chưa|không) có số liệu/.test(f.message) ? "no figures yet" : f.message}`);

const cellsNamed = (report: ReturnType<typeof check>) => /\(ô ([^:]+):/.exec(report.findings.find((f) => f.sheet === "Thực hiện năm 2023")?.message ?? "")?.[1] ?? null;

describe("a period sheet whose table cannot be read", () => {
  test.each<[string, CellValue[][], string[], string | null]>([
    ["figures under no header at all", [["KẾT QUẢ"], [], [], [1, 80, 50, 30], [1, 85, 50, 30]], ["unmapped/warning@A4 unread"], "A4, B4, C4, …"],
    ["figures under headers the reader cannot read", [["KẾT QUẢ"], [], ["Cột 1", "Cột 2", "Cột 3"], [1, 80, 50], [1, 85, 50]], ["unmapped/warning@A3 unread"], "A3, B3, C3"],
    ["figures under headers, from column B", [["KẾT QUẢ"], [null, "A", "B"], [null, 10, 20], [null, 30, 40]], ["unmapped/warning@B2 unread"], "B2, C2"],
    // No figures: a sheet prepared ahead, or an STT column alone.
    ["only an STT column", [["KẾT QUẢ"], [], [1], [2], [3]], ["pace/info@null no figures yet"], null],
    ["only zeros", [["KẾT QUẢ"], [], [0, 0], [0, 0]], ["pace/info@null no figures yet"], null],
  ])("%s", (_, values, expected, cells) => {
    const report = check(values);
    expect(said(report)).toEqual(expected);
    expect(cellsNamed(report)).toBe(cells);
  });
});

/**
 * The months of a period sheet that could not be read are missing from the
 * cumulative totals, but its own warning says so: no second warning of a gap
 * between the periods (the lines are still not judged on pace). A sheet with
 * no figures is a gap as a missing sheet is, its info naming it not counted.
 */
describe("the months of a period sheet that could not be read", () => {
  const unreadable: CellValue[][] = [["KẾT QUẢ"], [], [], [1, 80, 50, 30], [1, 85, 50, 30]];
  const outsideAllocation = (report: ReturnType<typeof check>) => report.findings.filter((f) => f.sheet !== "Phân bổ").map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`);

  test.each<[string, string[], string[]]>([
    ["the middle year", ["Thực hiện năm 2022", "Thực hiện năm 2023", "Thực hiện năm 2024"], ["unmapped/warning@Thực hiện năm 2023!A4"]],
    ["the first year", ["Thực hiện năm 2023", "Thực hiện năm 2022", "Thực hiện năm 2024"], ["unmapped/warning@Thực hiện năm 2022!A4"]],
  ])("%s: its own warning alone, no line judged on pace", (_, names, expected) => {
    const sheets = [periodSheet(names[0], year()), sheet(names[1], unreadable), periodSheet(names[2], year())];
    const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
    expect(outsideAllocation(report)).toEqual(expected);
    for (const indicator of report.indicators) expect(indicator).not.toHaveProperty("expectedByNow");
  });

  test("a sheet of the middle year with no figures: its info (not said to be the last), and the gap", () => {
    const report = check([["KẾT QUẢ"], [], [1], [2], [3]]);
    expect(outsideAllocation(report)).toEqual(["pace/info@Thực hiện năm 2023!null", "pace/warning@Thực hiện năm 2024!null"]);
    expect(report.findings.find((f) => f.sheet === "Thực hiện năm 2023")?.message).not.toMatch(/tính đến kỳ trước đó/);
  });
});
