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

test.each(["Tiến độ", "Bảng theo dõi", "Báo cáo tiến độ", "BC tiến độ thực hiện", "Sổ theo dõi", "Biểu theo dõi tiến độ", "BẢNG THEO DÕI "])("%s is a line-level table's sheet", (name) => {
  expect(isResultsSheet(name)).toBe(true);
  expect(findResultsSheets(workbook(sheet(name, [["x"]])), new Set()).lineTables.map((s) => s.name)).toEqual([name]);
});

test.each(["TH 2023", "Tổng hợp", "Phân bổ 2023", "Gnome", "Bảng phân bổ", "Báo cáo", "Sổ"])("%s is no results sheet", (name) => {
  expect(isResultsSheet(name)).toBe(false);
});
