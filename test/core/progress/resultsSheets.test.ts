/** Which sheet names are results sheets, and of which period. */
import { findResultsSheets, isResultsSheet, periodLabelOfSheet } from "../../../src/core/progress/resultsSheets";
import { sheet, workbook } from "./fixtures";

test.each<[string, string | null]>([
  ["Thực hiện 2023", "2023"],
  ["Giải ngân năm 2023", "2023"],
  ["GN năm 2023", "2023"],
  ["GN 6T 2024", "2024-H1"],
  ["KQ 2023", "2023"],
  ["Kết quả TH 2022", "2022"],
  // After a leading Báo cáo / BC / Bảng / Biểu / Số liệu.
  ["Báo cáo kết quả 2023", "2023"],
  ["BC thực hiện 6 tháng 2024", "2024-H1"],
  ["Bảng giải ngân năm 2023", "2023"],
  ["Biểu thực hiện Quý III-2024", "2024-Q3"],
  ["Số liệu thực hiện 2023", "2023"],
  // A year typed against the word before it.
  ["Thực hiện2023", "2023"],
  ["Giải ngân năm2024", "2024"],
  ["Kết quả 6 tháng2024", "2024-H1"],
  ["Thực hiện 6 tháng đầu năm 2024", "2024-H1"],
  ["Giải ngân Quý III-2024", "2024-Q3"],
])("%s → %s", (name, period) => {
  expect(isResultsSheet(name)).toBe(true);
  expect(findResultsSheets(workbook(sheet(name, [["x"]])), new Set()).periodSheets[0]?.period?.id ?? null).toBe(period);
});

test.each(["Tiến độ", "Bảng theo dõi", "Báo cáo tiến độ", "BC tiến độ thực hiện", "Sổ theo dõi", "Biểu theo dõi tiến độ", "BẢNG THEO DÕI ", "Tổng hợp tiến độ", "Tiến độ2024", "Theo dõi2024"])("%s is a line-level table's sheet", (name) => {
  expect(isResultsSheet(name)).toBe(true);
  expect(findResultsSheets(workbook(sheet(name, [["x"]])), new Set()).lineTables.map((s) => s.name)).toEqual([name]);
});

test.each(["TH 2023", "Tổng hợp", "Phân bổ 2023", "Gnome", "Bảng phân bổ", "Báo cáo", "Sổ", "Biểu phân bổ 2023", "Báo cáo tổng hợp 2023"])("%s is no results sheet", (name) => {
  expect(isResultsSheet(name)).toBe(false);
});

test("a sheet named with its year typed against the word before it gives that period's label", () => {
  expect(periodLabelOfSheet("Thực hiện2023")).toBe("2023");
});
