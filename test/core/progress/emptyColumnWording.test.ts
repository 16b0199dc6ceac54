/**
 * A period column (or sheet) with no figures is not a reported period; its info says
 * progress runs to the period before it only where no later column has
 * figures (`Năm 2025` prepared ahead) — not for an empty column before
 * reported ones (`Quý I` blank, `Quý II` and `Quý III` filled in).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, periodSheet, planSheet, workbook } from "./fixtures";

const HEADER = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Quý I/2024", "Quý II/2024", "Lũy kế"];

test.each<[string, CellValue[], CellValue[], boolean]>([
  ["the last column empty: progress runs to the one before", [2, 2, 1, null, 5], [150, 150, 50, null, 350], true],
  ["an empty column before filled ones: no such words", [2, 2, null, 1, 5], [150, 150, null, 50, 350], false],
])("%s", (_, teams, money, runsTo) => {
  const rows: CellValue[][] = [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, ...teams],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, ...money],
  ];
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), lineTable(rows, HEADER)), { workbookName: "t.xlsx" }).report);
  const info = report.findings.filter((f) => f.rule === "pace" && f.severity === "info" && f.message.includes("không được tính là kỳ đã báo cáo"));
  expect(info).toHaveLength(1);
  expect(info[0].message.includes("tiến độ tính đến kỳ trước đó")).toBe(runsTo);
});

const FILLED = [0, 1, 2, 3].map(() => [1, 80, 50, 30]);
const BLANK = [0, 1, 2, 3].map(() => [0, null, 0, 0]);

test.each<[string, string[], boolean]>([
  ["the last sheet unfilled: progress runs to the one before", ["Thực hiện 2022", "Thực hiện 2023", "Thực hiện 2024"], true],
  ["an unfilled sheet before filled ones: no such words", ["Thực hiện 2022", "Thực hiện 2024", "Thực hiện 2023"], false],
])("%s", (_, [first, filled, unfilled], runsTo) => {
  const sheets = [periodSheet(first, FILLED), periodSheet(filled, FILLED), periodSheet(unfilled, BLANK)];
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
  const info = report.findings.filter((f) => f.sheet === unfilled && f.message.includes("không được tính là kỳ đã báo cáo"));
  expect(info).toHaveLength(1);
  expect(info[0].message.includes("tiến độ tính đến kỳ trước đó")).toBe(runsTo);
});
