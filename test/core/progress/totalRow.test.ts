/**
 * A `Tổng cộng` row closing a progress table that has no row for the plan's
 * money total (`KP` `Tổng kinh phí`) is that line: no `unmapped` warning, its
 * figures checked against the children per period, its `Lũy kế`, rate and
 * copied target checked like any line's.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, planSheet, workbook } from "./fixtures";

const LINES: CellValue[][] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1, 5, 62.5, null],
  ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, 50, 60, 70, 70, 87.5, null],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 200, 50, 400, 66.67, null],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 50, 100, 100, 250, 62.5, null],
];

/** The total row: label, then [target, 2022, 2023, 2024-H1, Lũy kế, %]. */
const total = (label: string, figures: readonly CellValue[] = [1000, 200, 300, 150, 650, 65]): CellValue[] => [null, label, null, ...figures, null];

function run(rows: CellValue[][], plan = planSheet()) {
  return toJsonReport(checkWorkbook(workbook(plan, allocationSheet(), lineTable(rows)), { workbookName: "t.xlsx" }).report);
}

test.each<[string, CellValue[][], number | undefined, readonly string[]]>([
  ["Tổng cộng", [...LINES, total("Tổng cộng")], 650e6, []],
  ["Tổng số", [...LINES, total("Tổng số")], 650e6, []],
  ["Cộng", [...LINES, total("Cộng")], 650e6, []],
  ["a wrong period figure in the total", [...LINES, total("Tổng cộng", [1000, 200, 350, 150, 700, 70])], 700e6, ["subtotal@F8:300000000:350000000"]],
  ["a wrong Lũy kế in the total", [...LINES, total("Tổng cộng", [1000, 200, 300, 150, 600, 60])], 650e6, ["cumulative@H8:650000000:600000000"]],
  ["a wrong target copied in the total", [...LINES, total("Tổng cộng", [1100, 200, 300, 150, 650, 65])], 650e6, ["plan-copy@D8:1000000000:1100000000"]],
])("%s", (_, rows, kpAchieved, expected) => {
  const report = run(rows);
  expect(report.indicators.find((i) => i.code === "KP")?.achieved).toBe(kpAchieved);
  expect(report.findings.map((f) => `${f.rule}@${f.cell}:${f.expected}:${f.actual}`)).toEqual(expected);
});

const WITH_KP = (totalFigures?: readonly CellValue[]) => [...LINES.slice(0, 2), ["KP", "Tổng kinh phí", "triệu đồng", 1000, 200, 300, 150, 650, 65, null], ...LINES.slice(2), total("Tổng cộng", totalFigures)];

test.each<[string, CellValue[][], readonly string[]]>([
  ["beside the plan's own total row, the same figures: that row again", WITH_KP(), []],
  ["beside the plan's own total row, other figures: a line the plan lacks", WITH_KP([1000, 200, 300, 160, 660, 66]), ["unmapped@B9"]],
])("a Tổng cộng row %s", (_, rows, expected) => {
  const report = run(rows);
  expect(report.indicators.find((i) => i.code === "KP")?.achieved).toBe(650e6);
  expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
});
