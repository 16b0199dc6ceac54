/**
 * A progress table giving each period its own `Tỷ lệ (%)` beside its figure
 * (`Năm 2023` over `Thực hiện` | `Tỷ lệ (%)`, or over `Số lượng` | `Kinh phí`
 * | `Tỷ lệ (%)`), under merged headers: the row under the periods is the
 * header, each period is read from its quantity (money lines: its money), and
 * a period's own rate — for which the contract has no rule (`rate` is the
 * cumulative over the target) — is listed as such and left unchecked. The
 * closing `Tỷ lệ (%)` is the plan's rate. One planted mistake, one finding.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellRange, CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { readLineTable } from "../../../src/core/progress/lineTable";
import { allocationSheet, planSheet, workbook } from "./fixtures";

type Row = CellValue[];

const YEARS = ["Năm 2022", "Năm 2023", "6 tháng đầu năm 2024"];
const TARGETS = [8, 80, 1000, 600, 400];
const PERIODS = [
  [2, 2, 1],
  [50, 60, 70],
  [200, 300, 150],
  [150, 200, 50],
  [50, 100, 100],
];
const CUMULATIVE = [5, 70, 650, 400, 250];
const NAMES: readonly [string, string, string][] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ"],
  ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%"],
  ["KP", "Tổng kinh phí", "triệu đồng"],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng"],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng"],
];
const MONEY = [false, false, true, true, true];

/** A period's rate as staff work it out: its figure over the plan's target (a percent line: the figure itself over it). */
const periodRate = (line: number, value: number) => Number(((value / TARGETS[line]) * 100).toFixed(1));
const closingRate = (line: number) => Number(((CUMULATIVE[line] / TARGETS[line]) * 100).toFixed(2));

/**
 * `STT | Nội dung | ĐVT | Kế hoạch giai đoạn | <each period over sub> | Lũy kế | Tỷ lệ (%)`: the single
 * columns merged down both header rows, each period merged across its sub-columns.
 */
function table(sub: readonly string[], years: readonly string[] = YEARS, edit: (rows: Row[]) => void = () => {}): SheetData {
  const width = sub.length;
  const top: Row = ["STT", "Nội dung", "ĐVT", "Kế hoạch giai đoạn", ...years.flatMap((y) => [y, ...Array<CellValue>(width - 1).fill(null)]), "Lũy kế", "Tỷ lệ (%)"];
  const under: Row = [null, null, null, null, ...years.flatMap(() => [...sub]), null, null];
  const last = 4 + years.length * width;
  const merges: CellRange[] = [0, 1, 2, 3, last, last + 1].map((c) => ({ top: 2, left: c, bottom: 3, right: c }));
  years.forEach((_, y) => merges.push({ top: 2, left: 4 + y * width, bottom: 2, right: 3 + (y + 1) * width }));
  const rows: Row[] = NAMES.map(([code, name, unit], line) => [
    code,
    name,
    unit,
    TARGETS[line],
    ...PERIODS[line].flatMap((value) =>
      sub.map((word) => {
        if (/tỷ lệ/i.test(word)) return periodRate(line, value);
        if (/kế hoạch/i.test(word)) return TARGETS[line] / 4;
        if (/kinh phí/i.test(word)) return MONEY[line] ? value : null;
        if (/số lượng/i.test(word)) return MONEY[line] ? null : value;
        return value;
      }),
    ),
    CUMULATIVE[line],
    closingRate(line),
  ]);
  edit(rows);
  return { name: "Tiến độ", values: [["BÁO CÁO TIẾN ĐỘ THỰC HIỆN GIAI ĐOẠN 2022-2025"], [], top, under, ...rows], merges };
}

function check(sheet: SheetData) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), sheet), { workbookName: "t.xlsx" }).report);
}

const M = 1e6;
const ACHIEVED = [5, 70, 650 * M, 400 * M, 250 * M];
const DONE_RATE = ["Thực hiện", "Tỷ lệ (%)"];
const QTY_MONEY_RATE = ["Số lượng", "Kinh phí", "Tỷ lệ (%)"];

const found = (sheet: SheetData) => check(sheet).findings.map((f) => `${f.rule}@${f.cell}:${f.expected}:${f.actual}`);

test.each<[string, SheetData, readonly string[]]>([
  ["Thực hiện | Tỷ lệ (%)", table(DONE_RATE), []],
  ["Số lượng | Kinh phí | Tỷ lệ (%)", table(QTY_MONEY_RATE), []],
  ["TH | % under bare years", table(["TH", "%"], ["2022", "2023", "6 tháng đầu năm 2024"]), []],
  ["Thực hiện | Tỷ lệ so với KH (%)", table(["Thực hiện", "Tỷ lệ so với KH (%)"]), []],
  ["Kế hoạch | Thực hiện | Tỷ lệ (%)", table(["Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]), []],
  // E4… : a period's rate at G (2023 over Thực hiện | Tỷ lệ): no rule for it, nothing said.
  ["a period's own rate off: not checked", table(DONE_RATE, YEARS, (r) => { r[0][7] = 99; }), []],
  ["a period's figure wrong under a parent line", table(DONE_RATE, YEARS, (r) => { r[2][6] = 310; r[2][10] = 660; r[2][11] = 66; }), ["subtotal@G7:300000000:310000000"]],
  ["a wrong Lũy kế", table(DONE_RATE, YEARS, (r) => { r[0][10] = 6; r[0][11] = 75; }), ["cumulative@K5:5:6"]],
  ["a wrong closing rate", table(DONE_RATE, YEARS, (r) => { r[3][11] = 76.67; }), ["rate@L8:66.67:76.67"]],
  ["a money line's wrong Lũy kế (Số lượng | Kinh phí | Tỷ lệ)", table(QTY_MONEY_RATE, YEARS, (r) => { r[3][13] = 450; r[3][14] = 75; }), ["cumulative@N8:400000000:450000000"]],
  ["a count line's wrong period (Số lượng | Kinh phí | Tỷ lệ)", table(QTY_MONEY_RATE, YEARS, (r) => { r[0][7] = 3; }), ["cumulative@N5:6:5"]],
])("%s", (_, sheet, expected) => {
  const report = check(sheet);
  expect(report.progress?.periods).toEqual(["2022", "2023", "2024-H1"]);
  expect(report.indicators.map((i) => i.periods?.map((p) => p.period))).toEqual(NAMES.map(() => ["2022", "2023", "2024-H1"]));
  if (expected.length === 0) expect(report.indicators.map((i) => i.achieved)).toEqual(ACHIEVED);
  expect(found(sheet).filter((f) => !f.startsWith("pace@"))).toEqual(expected);
  // A finding in a period's column names the period, not its sub-column.
  for (const finding of report.findings.filter((f) => f.rule === "subtotal")) expect(YEARS).toContain(finding.area);
});

test.each<[string, readonly string[], readonly string[]]>([
  ["Thực hiện | Tỷ lệ (%)", DONE_RATE, ["period", "period-rate"]],
  ["Số lượng | Kinh phí | Tỷ lệ (%)", QTY_MONEY_RATE, ["period", "period", "period-rate"]],
])("%s: each period's columns listed with their roles, the closing Tỷ lệ the plan's rate", (_, sub, roles) => {
  const reading = readLineTable(table(sub), planSheetPlan(), { start: 2022, end: 2025 });
  expect(reading?.headerRow).toBe(3);
  const under = (year: string) => reading!.columns.filter((c) => c.header.startsWith(year)).map((c) => c.role);
  for (const year of YEARS) expect(under(year)).toEqual(roles);
  expect(reading!.columns.at(-1)?.role).toBe("rate");
});

/** The plan the check reads from the plan sheet. */
function planSheetPlan() {
  return checkWorkbook(workbook(planSheet(), allocationSheet()), { workbookName: "t.xlsx" }).plan;
}
