/**
 * A `Tỷ lệ (%)` column under a `Lũy kế` group header (`Lũy kế đến hết năm
 * 2023` over `Số lượng` | `Tỷ lệ (%)`) is that cumulative figure's percent of
 * plan: the plan's rate where the `Lũy kế` is the closing one, that figure's
 * own where it runs to a date before the last period — never one year's rate.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellRange, CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, withCell, workbook } from "./fixtures";

const merge = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

/** Two header rows (3–4): every column merged down but the `Lũy kế` group, merged across its two sub-columns (`sub`). */
function table(periodsAfter: readonly string[], sub: string, rows: CellValue[][]) {
  const top: CellValue[] = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "Năm 2023", "Lũy kế đến hết năm 2023", null, ...periodsAfter, "Ghi chú"];
  const below: CellValue[] = [null, null, null, null, null, null, sub, "Tỷ lệ (%)", ...periodsAfter.map(() => null), null];
  const merges = top.map((_, c) => (c === 6 ? merge(2, 6, 2, 7) : c === 7 ? null : merge(2, c, 3, c))).filter((m): m is CellRange => m !== null);
  return { ...sheet("Tiến độ", [["THEO DÕI TIẾN ĐỘ THỰC HIỆN"], [], top, below, ...rows]), merges };
}

/** Lines: [code, name, unit, target, 2022, 2023, Lũy kế to 2023, its rate, (6 tháng 2024)]. */
const CLOSING: CellValue[][] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 4, 50, null],
  ["KP", "Tổng kinh phí", "triệu đồng", 1000, 200, 300, 500, 50, null],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 200, 350, 58.3, null],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 50, 100, 150, 37.5, null],
];
const INTERIM: CellValue[][] = CLOSING.map((row) => [...row.slice(0, 8), row[0] === "1" ? 1 : row[0] === "KP" ? 200 : 100, null]);

function findings(periodsAfter: readonly string[], sub: string, rows: CellValue[][]) {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), table(periodsAfter, sub, rows)), { workbookName: "t.xlsx" }).report);
  return { report, found: report.findings.filter((f) => f.severity !== "info" && f.rule !== "pace").map((f) => `${f.rule}@${f.cell}:${f.expected}:${f.actual}`) };
}

test.each<[string, readonly string[], string, CellValue[][], readonly string[]]>([
  ["the closing Lũy kế, clean", [], "Số lượng", CLOSING, []],
  ["the closing Lũy kế, a wrong rate", [], "Số lượng", withCell(CLOSING, 0, 7, 40), ["rate@H5:50:40"]],
  ["the closing Lũy kế over Thực hiện, a wrong rate", [], "Thực hiện", withCell(CLOSING, 0, 7, 40), ["rate@H5:50:40"]],
  ["a Lũy kế before the last period, clean", ["6 tháng đầu năm 2024"], "Thực hiện", INTERIM, []],
  ["a Lũy kế before the last period, a wrong rate", ["6 tháng đầu năm 2024"], "Thực hiện", withCell(INTERIM, 0, 7, 40), ["rate@H5:50:40"]],
  ["a rate off by 0,4 point: rounding", ["6 tháng đầu năm 2024"], "Số lượng", withCell(INTERIM, 0, 7, 50.4), []],
  ["a rate off by 0,6 point", ["6 tháng đầu năm 2024"], "Số lượng", withCell(INTERIM, 0, 7, 50.6), ["rate@H5:50:50.6"]],
  ["a wrong Lũy kế, its rate by the periods: the Lũy kế", ["6 tháng đầu năm 2024"], "Thực hiện", withCell(INTERIM, 0, 6, 5), ["cumulative@G5:4:5"]],
  ["a wrong Lũy kế, its rate following it: the Lũy kế", ["6 tháng đầu năm 2024"], "Thực hiện", withCell(withCell(INTERIM, 0, 6, 5), 0, 7, 62.5), ["cumulative@G5:4:5"]],
])("%s", (_, after, sub, rows, expected) => {
  expect(findings(after, sub, rows).found).toEqual(expected);
});

test("a Lũy kế to a date before the last period is not the line's achievement: progress runs to the last period", () => {
  const { report } = findings(["6 tháng đầu năm 2024"], "Thực hiện", INTERIM);
  expect(report.progress?.asOf).toBe("2024-06");
  expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(5);
});
