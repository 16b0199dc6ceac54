/**
 * A progress finding names its plan line the same way in both languages: by
 * its name, in quotation marks ("Kinh phí truyền thông"), never by a code the
 * English reader would have to look up ("line KP.1").
 */
import { checkWorkbook } from "../../../src/core/check";
import type { SheetData } from "../../../src/core/model/workbook";
import { allocationSheet, lineTable, periodSheet, planSheet, workbook, GOOD_LINES as GOOD, withCell as edit } from "./fixtures";


const CASES: readonly [string, string, readonly SheetData[]][] = [
  ["cumulative", "cumulative", [lineTable(edit(GOOD, 0, 7, 6))]],
  ["rate", "rate", [lineTable(edit(GOOD, 2, 8, 81.25))]],
  ["plan-copy", "plan-copy", [lineTable(edit(GOOD, 0, 3, 9))]],
  ["pace", "pace", [lineTable(edit(edit(edit(GOOD, 0, 6, 0), 0, 7, 4), 0, 8, 50))]],
  ["overspend, a line over its ceiling", "overspend", [lineTable(edit(edit(edit(GOOD, 3, 5, 600), 3, 7, 800), 3, 8, 133.3))]],
  ["overspend, a commune over its allocation", "overspend", [periodSheet("Thực hiện 2022", [[1, 50, 50, 30], [1, 50, 50, 30], [1, 50, 50, 30], [0, 50, 100, 30]]), periodSheet("Kết quả 2023", [[1, 60, 50, 30], [0, 60, 50, 30], [1, 60, 50, 30], [1, 60, 60, 30]])]],
  ["overspend, communes putting the line over", "overspend", [periodSheet("Thực hiện 2022", [[1, 50, 200, 30], [1, 50, 200, 30], [1, 50, 200, 30], [0, 50, 200, 30]])]],
  ["area-progress", "area-progress", [periodSheet("Thực hiện 2022", [[0, 50, 10, 30], [1, 50, 50, 30], [3, 50, 50, 30], [1, 50, 50, 30]]), periodSheet("Kết quả 2023", [[1, 60, 50, 30], [0, 60, 50, 30], [1, 60, 50, 30], [1, 60, 60, 30]])]],
];

test.each(CASES)("%s: the line's name in both languages", (_name, rule, sheets) => {
  const { report, plan } = checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" });
  const found = report.findings.filter((f) => f.rule === rule);
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) {
    const name = plan.lines.find((line) => line.code === f.indicator)!.name;
    expect(f.message.vi).toContain(`"${name}"`);
    expect(f.message.en).toContain(`"${name}"`);
    expect(f.message.en).not.toMatch(/\b[Ll]ine [A-Z0-9][A-Z0-9.]*\b/);
  }
});
