/** Which sheet names are results sheets, and of which period. */
import { findResultsSheets, isResultsSheet } from "../../../src/core/progress/resultsSheets";
import { sheet, workbook } from "./fixtures";

test.each<[string, string | null]>([
  ["Thực hiện 2023", "2023"],
  ["Giải ngân năm 2023", "2023"],
  ["GN năm 2023", "2023"],
  ["GN 6T 2024", "2024-H1"],
  ["KQ 2023", "2023"],
  ["Kết quả TH 2022", "2022"],
])("%s → %s", (name, period) => {
  expect(isResultsSheet(name)).toBe(true);
  expect(findResultsSheets(workbook(sheet(name, [["x"]])), new Set()).periodSheets[0]?.period?.id ?? null).toBe(period);
});

test.each(["TH 2023", "Tổng hợp", "Phân bổ 2023", "Gnome"])("%s is no results sheet", (name) => {
  expect(isResultsSheet(name)).toBe(false);
});
