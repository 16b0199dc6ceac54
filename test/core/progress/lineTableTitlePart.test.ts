/**
 * A line-level table with a column per year on a sheet titled for a part of
 * the latest year (`Báo cáo 6 tháng đầu năm 2024`): that year's column holds
 * the part, not the whole year — progress runs to 06/2024, and lines on pace
 * for 30 of 48 months are not called behind for 36.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, workbook } from "./fixtures";

/** Lines on pace to mid-2024 (62,5 % of the plan's time): teams 5 of 8, money 650 of 1000. */
const LINES: CellValue[][] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1, 5],
  ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, 50, 60, 70, 70],
  ["KP", "Tổng kinh phí", "triệu đồng", 1000, 250, 250, 150, 650],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 150, 90, 390],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 100, 100, 60, 260],
];

function table(title: string, years: readonly string[]): SheetData {
  return sheet("Tiến độ", [[title], [], ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", ...years, "Lũy kế"], ...LINES.map((line) => [...line])]);
}

test.each<[string, SheetData, string, string]>([
  ["titled 6 tháng đầu năm 2024, columns Năm 2022 | Năm 2023 | Năm 2024", table("Báo cáo 6 tháng đầu năm 2024", ["Năm 2022", "Năm 2023", "Năm 2024"]), "2024-H1", "2024-06"],
  ["titled in capitals, columns 2022 | 2023 | 2024", table("BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024", ["2022", "2023", "2024"]), "2024-H1", "2024-06"],
  ["titled Quý III năm 2024", table("Báo cáo Quý III năm 2024", ["Năm 2022", "Năm 2023", "Năm 2024"]), "2024-Q3", "2024-09"],
  ["titled for the year: the year", table("Báo cáo năm 2024", ["Năm 2022", "Năm 2023", "Năm 2024"]), "2024", "2024-12"],
  ["a column of the part already beside the year's: each as headed", table("Báo cáo 6 tháng đầu năm 2024", ["Năm 2022", "Năm 2023", "6 tháng đầu năm 2024"]), "2024-H1", "2024-06"],
])("%s", (_, results, latest, asOf) => {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), results), { workbookName: "t.xlsx" }).report);
  expect(report.progress?.periods).toEqual(["2022", "2023", latest]);
  expect(report.progress?.asOf).toBe(asOf);
  // Read to the part, every line is on pace: nothing to say.
  if (asOf === "2024-06") expect(report.findings.filter((f) => f.sheet === "Tiến độ")).toEqual([]);
});
