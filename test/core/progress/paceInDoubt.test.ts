/**
 * A line whose typed `Lũy kế` is on pace while its periods' sum is not: its
 * `pace` is folded into the finding that tells the disagreement, and its
 * status — in the text report, the summary's progress table and the pane,
 * projections of the one result — says the figures disagree, not "behind".
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import type { Lang } from "../../../src/core/model/text";
import { progressStatus, PROGRESS_STATUS_TEXT, type ProgressStatus } from "../../../src/core/progress/status";
import { toJsonReport } from "../../../src/core/report";
import { renderProgressTable } from "../../../src/core/report/progressText";
import { progressTable } from "../../../src/core/summary/progressTable";
import { progressRows } from "../../../src/taskpane/components/progress/order";
import { allocationSheet, GOOD_LINES, lineTable, planSheet, withCell, workbook } from "./fixtures";

function run(rows: CellValue[][]) {
  const data = workbook(planSheet(), allocationSheet(), lineTable(rows));
  return { data, report: checkWorkbook(data, { workbookName: "t.xlsx" }).report };
}

/** Line 1 (row 4, target 8 tổ, 5 due by now): periods 2 | 2 | 1, Lũy kế 5, rate 62,5 %. */
const line1 = (period2023: number, cumulative: number, rate: CellValue) => withCell(withCell(withCell(GOOD_LINES, 0, 5, period2023), 0, 7, cumulative), 0, 8, rate);

describe.each<[string, CellValue[][], string, ProgressStatus, boolean]>([
  ["2023 typed 0 under a Lũy kế on pace: the pace hangs on which is right", line1(0, 5, "62,5%"), "1", "figures-disagree", false],
  ["the same, the rate agreeing with the periods: the Lũy kế is wrong, the line behind", line1(0, 5, 37.5), "1", "behind", true],
  ["a Lũy kế behind pace too: behind", line1(0, 4, 50), "1", "behind", true],
  ["figures that agree: on track", GOOD_LINES, "1", "on-track", false],
  ["a child line's 0 that its parent's figure and its Lũy kế both cross at", withCell(GOOD_LINES, 3, 5, 0), "KP.1", "figures-disagree", false],
])("%s", (_, rows, code, status, paceFinding) => {
  const { data, report } = run(rows);
  const line = report.indicators.find((i) => i.code === code)!;

  test("the line's status, and its pace finding told or folded", () => {
    expect(progressStatus(line)).toBe(status);
    expect(report.findings.some((f) => f.rule === "pace" && f.indicator === code)).toBe(paceFinding);
  });

  test.each<Lang>(["vi", "en"])("the text report's progress table shows it (%s)", (lang) => {
    const row = renderProgressTable(report, lang).find((text) => text.includes(line.name.slice(0, 20)))!;
    expect(row).toContain(PROGRESS_STATUS_TEXT[lang][status]);
    if (status !== "behind") expect(row).not.toContain(PROGRESS_STATUS_TEXT[lang].behind);
  });

  test("the summary's progress table shows it; its formula says so while the typed Lũy kế and the sum disagree", () => {
    const block = progressTable({ report, workbook: data, lang: "vi" }, 0)!;
    const statusCol = block.cells.find((c) => c.style === "header" && c.value === "Trạng thái")!.col;
    const nameRow = block.cells.find((c) => c.value === line.name)!.row;
    const cell = block.cells.find((c) => c.row === nameRow && c.col === statusCol)!;
    expect(cell.value).toBe(PROGRESS_STATUS_TEXT.vi[status]);
    if (status !== "figures-disagree") return;
    // Over the typed Lũy kế where the report names its cell; a child's period cell as the cause leaves a fixed text.
    if (report.findings.some((f) => f.rule === "cumulative" && f.indicator === code)) expect(cell.formula).toContain(`"${PROGRESS_STATUS_TEXT.vi[status]}"`);
    else expect(cell.formula).toBeUndefined();
  });

  test("the pane's progress rows carry it", () => {
    expect(progressRows(report.indicators).find((r) => r.indicator.code === code)?.status).toBe(status);
  });

  test("the JSON keeps its keys: expectedByNow and forecast as before, no status of its own", () => {
    const json = toJsonReport(report).indicators.find((i) => i.code === code)!;
    expect(json).toHaveProperty("expectedByNow");
    expect(Object.keys(json)).not.toContain("paceInDoubt");
  });
});
