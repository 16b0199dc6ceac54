/**
 * A line-level table of one year whose period headers leave the year out
 * (`Quý I`, `Quý II`, `6 tháng đầu năm`): the year comes from the sheet's
 * title (`THEO DÕI TIẾN ĐỘ NĂM 2024`) or its name (`Theo dõi 2024`); the
 * table was not read at all.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, workbook } from "./fixtures";

const ROWS: CellValue[][] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 2, 6],
  ["KP", "Tổng kinh phí", "triệu đồng", 1000, 250, 250, 250, 750],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 150, 150, 450],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 100, 100, 100, 300],
];

function check(name: string, title: string, periods: [string, string, string], planTitle = "KẾ HOẠCH năm 2024") {
  const progress = sheet(name, [[title], [], ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", ...periods, "Lũy kế"], ...ROWS]);
  return toJsonReport(checkWorkbook(workbook(planSheet(planTitle), allocationSheet(), progress), { workbookName: "t.xlsx" }).report);
}

test.each<[string, string, string, [string, string, string], string[]]>([
  ["the year in the title", "Theo dõi", "THEO DÕI TIẾN ĐỘ NĂM 2024", ["Quý I", "Quý II", "Quý III"], ["2024-Q1", "2024-Q2", "2024-Q3"]],
  ["the year in the sheet's name", "Theo dõi 2024", "THEO DÕI TIẾN ĐỘ", ["Quý I", "Quý II", "Quý III"], ["2024-Q1", "2024-Q2", "2024-Q3"]],
  ["quarters in Arabic numerals", "Tiến độ 2024", "BẢNG THEO DÕI", ["Quý 1", "Quý 2", "Quý 3"], ["2024-Q1", "2024-Q2", "2024-Q3"]],
])("%s", (_name, sheetName, title, periods, expected) => {
  const report = check(sheetName, title, periods);
  expect(report.progress?.periods).toEqual(expected);
  expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(6);
  expect(report.findings.filter((f) => f.rule === "cumulative" || f.rule === "unmapped")).toEqual([]);
});

test("no year on the sheet under a plan over several years: still not read, and said so", () => {
  const report = check("Theo dõi", "THEO DÕI TIẾN ĐỘ", ["Quý I", "Quý II", "Quý III"], "KẾ HOẠCH giai đoạn 2022 - 2025");
  expect(report.progress?.periods ?? []).toEqual([]);
  expect(report.findings.filter((f) => f.sheet === "Theo dõi").map((f) => f.rule)).toEqual(["unmapped"]);
});

test("no year on the sheet under a plan of one year: read in that year, and said so", () => {
  const report = check("Theo dõi", "THEO DÕI TIẾN ĐỘ", ["Quý I", "Quý II", "Quý III"]);
  expect(report.progress?.periods).toEqual(["2024-Q1", "2024-Q2", "2024-Q3"]);
  const said = report.findings.filter((f) => f.sheet === "Theo dõi");
  expect(said.map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["pace/info@E3"]);
  expect(said[0].message).toContain("năm của kế hoạch");
});
