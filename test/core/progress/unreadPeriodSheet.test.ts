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
  report.findings.filter((f) => f.sheet === "Thực hiện năm 2023").map((f) => `${f.rule}/${f.severity}@${f.cell} ${/không đọc được tiêu đề/.test(f.message) ? "unread" : /chưa có số liệu/.test(f.message) ? "no figures yet" : f.message}`);

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
