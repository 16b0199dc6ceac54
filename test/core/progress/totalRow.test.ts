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

const KP_ROW: CellValue[] = ["KP", "Tổng kinh phí", "triệu đồng", 1000, 200, 300, 150, 650, 65, null];
const WITH_KP = (totalFigures?: readonly CellValue[], kp: CellValue[] = KP_ROW) => [...LINES.slice(0, 2), kp, ...LINES.slice(2), total("Tổng cộng", totalFigures)];

/**
 * Beside the table's own `Tổng kinh phí` row (row 6), the closing `Tổng cộng`
 * (row 9) is that row again: not counted twice, no `unmapped`; a cell where it
 * shows another figure is told once, by the rule that cell breaks.
 */
test.each<[string, CellValue[][], readonly string[], number?]>([
  ["the same figures: that row again", WITH_KP(), []],
  ["a wrong period figure, its Lũy kế and rate following it: one subtotal at that figure", WITH_KP([1000, 200, 300, 160, 660, 66]), ["subtotal@G9:150000000:160000000"]],
  ["a wrong period figure alone", WITH_KP([1000, 200, 310, 150, 650, 65]), ["subtotal@F9:300000000:310000000"]],
  ["a wrong Lũy kế", WITH_KP([1000, 200, 300, 150, 600, 65]), ["cumulative@H9:650000000:600000000"]],
  ["a wrong Lũy kế and the rate from it: the Lũy kế", WITH_KP([1000, 200, 300, 150, 600, 60]), ["cumulative@H9:650000000:600000000"]],
  ["a wrong rate", WITH_KP([1000, 200, 300, 150, 650, 56]), ["rate@I9:65:56"]],
  ["a wrong target copied", WITH_KP([1100, 200, 300, 150, 650, 65]), ["plan-copy@D9:1000000000:1100000000"]],
  ["blank cells (only the money columns filled)", WITH_KP([1000, 200, 300, 150, 650, null]), []],
  // Excel's SUM over the column skips a figure typed as text, whatever the row above shows.
  ["a period figure typed as text, equal to Tổng kinh phí's: its text-number warning", WITH_KP([1000, 200, "300", 150, 650, 65]), ["text-number@F9:null:300000000"]],
  ["its Lũy kế typed as text", WITH_KP([1000, 200, 300, 150, "650", 65]), ["text-number@H9:null:650000000"]],
  [
    // No sum counts the money total's copied target (a part's would be: its parent's copy adds it up), on either row.
    "the target typed as text on both rows: summed by nothing, no warning",
    WITH_KP(["1.000", 200, 300, 150, 650, 65], ["KP", "Tổng kinh phí", "triệu đồng", "1.000", 200, 300, 150, 650, 65, null]),
    [],
  ],
  [
    "a part's target typed as text: its warning",
    [...LINES.slice(0, 2), KP_ROW, ...LINES.slice(2).map((row) => (row[0] === "KP.1" ? [...row.slice(0, 3), "600", ...row.slice(4)] : row)), total("Tổng cộng")],
    ["text-number@D7:null:600000000"],
  ],
  [
    "Tổng kinh phí's own figure wrong, the total right: the one finding at Tổng kinh phí's cell",
    WITH_KP(undefined, ["KP", "Tổng kinh phí", "triệu đồng", 1000, 200, 300, 160, 660, 66, null]),
    ["subtotal@G6:150000000:160000000"],
    660e6,
  ],
  [
    "the total above the lines, a wrong period figure",
    [[null, "Tổng cộng", null, 1000, 200, 300, 160, 660, 66, null], ...LINES.slice(0, 2), KP_ROW, ...LINES.slice(2)],
    ["subtotal@G4:150000000:160000000"],
  ],
  [
    "no rows for the parts: a wrong period figure against Tổng kinh phí's",
    [...LINES.slice(0, 2), KP_ROW, total("Tổng cộng", [1000, 200, 300, 160, 660, 66])],
    ["subtotal@G7:150000000:160000000"],
  ],
])("a Tổng cộng row beside Tổng kinh phí: %s", (_, rows, expected, achieved = 650e6) => {
  const report = run(rows);
  // Its own row's figures, never the total's added to them.
  expect(report.indicators.find((i) => i.code === "KP")?.achieved).toBe(achieved);
  expect(report.findings.filter((f) => f.rule !== "pace").map((f) => `${f.rule}@${f.cell}:${f.expected}:${f.actual}`)).toEqual(expected);
});

test("a total's subtotal finding names the period and Tổng kinh phí", () => {
  const [finding] = run(WITH_KP([1000, 200, 300, 160, 660, 66])).findings;
  expect(finding.area).toBe("6 tháng đầu năm 2024");
  expect(finding.indicator).toBe("KP");
  expect(finding.message).toContain('"Tổng kinh phí"');
  expect(finding.message).toContain('"6 tháng đầu năm 2024"');
});
