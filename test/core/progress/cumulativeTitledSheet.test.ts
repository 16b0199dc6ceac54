/**
 * A period's sheet whose title says it holds running totals (`Thực hiện 2023`
 * titled `KẾT QUẢ THỰC HIỆN LŨY KẾ ĐẾN HẾT NĂM 2023`) is not added as the
 * period's own figures (which would count 2022 twice and report overspending
 * that is not there): one warning says so, progress runs to the earlier
 * periods. A title naming the running totals beside the year's own figures
 * (sub-columns) is read as before.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

// Per commune [teams, rate, KP.1, KP.2]: half the allocation each year.
const HALF: CellValue[][] = [0, 1, 2, 3].map(() => [1, 80, 75, 50]);
const WHOLE: CellValue[][] = [0, 1, 2, 3].map(() => [2, 80, 150, 100]);

test.each<[string, string, CellValue[][], string[], string[]]>([
  ["titled LŨY KẾ ĐẾN HẾT NĂM 2023: not added, one warning", "KẾT QUẢ THỰC HIỆN LŨY KẾ ĐẾN HẾT NĂM 2023", WHOLE, ["2022"], ["pace/warning@Thực hiện 2023"]],
  ["titled CỘNG DỒN: the same", "SỐ LIỆU CỘNG DỒN THỰC HIỆN ĐẾN NĂM 2023", WHOLE, ["2022"], ["pace/warning@Thực hiện 2023"]],
  ["titled for the year: added", "KẾT QUẢ THỰC HIỆN NĂM 2023", HALF, ["2022", "2023"], []],
  ["titled lũy kế từ đầu năm (the year's months so far): added", "KẾT QUẢ THỰC HIỆN LŨY KẾ TỪ ĐẦU NĂM 2023", HALF, ["2022", "2023"], []],
])("%s", (_, title, figures, periods, expected) => {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), periodSheet("Thực hiện 2022", HALF), periodSheet("Thực hiện 2023", figures, title)), { workbookName: "t.xlsx" }).report);
  expect(report.progress?.periods).toEqual(periods);
  expect(report.findings.filter((f) => f.sheet !== "Phân bổ" && f.severity !== "info").map((f) => `${f.rule}/${f.severity}@${f.sheet}`)).toEqual(expected);
  expect(report.findings.filter((f) => f.rule === "overspend")).toEqual([]);
});
