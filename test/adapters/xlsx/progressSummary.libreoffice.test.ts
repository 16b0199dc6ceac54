/**
 * The summary's progress table (CONTRACT §7) recalculated by LibreOffice: on
 * the built-in sample (a line-level `Tiến độ` table and three `Giải ngân …`
 * period sheets), every live formula of the table gives the figure the
 * engine computed — each period, the cumulative, % of plan, expected by now,
 * the forecast and the status.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import { writeWorkbookSpec } from "../../../src/adapters/exceljs/writeWorkbook";
import { checkWorkbook } from "../../../src/core/check";
import type { Report } from "../../../src/core/model/report";
import type { SummarySheetModel } from "../../../src/core/model/summary";
import { cellValue, type WorkbookData } from "../../../src/core/model/workbook";
import { PROGRESS_STATUS_TEXT, progressStatus } from "../../../src/core/progress/status";
import { buildSummary } from "../../../src/core/summary";
import { buildSampleSpec } from "../../../src/sample";
import { recalculateWithLibreOffice, sofficePath } from "../../helpers/libreoffice";

let dir: string;
let report: Report;
let model: SummarySheetModel;
let recalculated: WorkbookData;

beforeAll(async () => {
  sofficePath();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-progress-lo-"));
  const input = path.join(dir, "mau.xlsx");
  const output = path.join(dir, "mau-tong-hop.xlsx");
  await writeWorkbookSpec(buildSampleSpec(), input);
  const before = await readWorkbookFile(input);
  const result = checkWorkbook(before, { workbookName: "mau.xlsx" });
  report = result.report;
  model = buildSummary({ report, plan: result.plan, table: result.table, areaValues: result.areaValues, workbook: before });
  await writeSummaryCopy(input, output, model, null);
  recalculated = await readWorkbookFile(await recalculateWithLibreOffice(output, path.join(dir, "lo")));
}, 240_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

function close(a: unknown, b: number): boolean {
  return typeof a === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

test("every formula of the progress table recalculates to the engine's figure", () => {
  const sheet = recalculated.sheets.find((s) => s.name === model.name)!;
  const title = model.cells.find((c) => typeof c.value === "string" && /^\d+\. Tiến độ thực hiện$/.test(c.value))!;
  expect(title).toBeDefined();
  // The header: the first row under the title with header cells (the date and the time elapsed stand between).
  const header = Math.min(...model.cells.filter((c) => c.row > title.row && c.style === "header").map((c) => c.row));
  // The blank cells the table is boxed with (tableBoxes.ts) hold nothing: left out.
  const headerCells = model.cells.filter((c) => c.row === header && !(c.boxed === true && c.value === null)).sort((a, b) => a.col - b.col);
  const headers = headerCells.map((c) => c.value);
  // The k-th header's column (one page wide, the table is spread: its figures at the page's right edge).
  const colOf = (k: number) => headerCells[k].col;
  expect(headers).toEqual(["Mã", "Chỉ tiêu", "Kế hoạch", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế", "% kế hoạch", "Cần đạt đến nay", "Dự báo cuối kỳ", "Trạng thái", "Đơn vị tính", "Tiến độ thời gian"]);
  const withProgress = report.indicators.filter((i) => i.progress !== undefined);
  expect(withProgress.map((i) => i.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "KP", "KP.1", "KP.2", "KP.3", "KP.4", "KP.5"]);
  let formulas = 0;
  withProgress.forEach((indicator, i) => {
    const row = header + 1 + i;
    const at = (k: number) => cellValue(sheet, row, colOf(k));
    const scale = indicator.kind === "money" ? 1e6 : 1;
    const p = indicator.progress!;
    expect(cellValue(sheet, row, 0)).toBe(indicator.code);
    p.periods.forEach((entry, k) => expect({ code: indicator.code, period: entry.period, ok: close(at(3 + k), entry.value / scale) }).toEqual({ code: indicator.code, period: entry.period, ok: true }));
    expect({ code: indicator.code, cumulative: close(at(6), p.achieved / scale) }).toEqual({ code: indicator.code, cumulative: true });
    expect({ code: indicator.code, percent: close(at(7), p.achievedPercent! / 100) || Math.abs((at(7) as number) * 100 - p.achievedPercent!) < 0.005 }).toEqual({ code: indicator.code, percent: true });
    if (p.expectedByNow !== undefined) expect(Math.abs((at(8) as number) - p.expectedByNow / scale)).toBeLessThan(0.01);
    if (p.forecast !== undefined) expect(Math.abs((at(9) as number) - p.forecast / scale)).toBeLessThan(0.01);
    expect({ code: indicator.code, status: at(10) }).toEqual({ code: indicator.code, status: PROGRESS_STATUS_TEXT.vi[progressStatus(indicator)!] });
    expect({ code: indicator.code, unit: at(11) }).toEqual({ code: indicator.code, unit: indicator.unit });
    formulas += model.cells.filter((c) => c.row === row && c.formula !== undefined).length;
  });
  // Every period, cumulative, percent and status cell is live, and expected/forecast where there is a pace.
  expect(formulas).toBeGreaterThanOrEqual(13 * 6);
  // The period figures of the money lines are SUMs over the Giải ngân sheets' communes; the count lines reference Tiến độ.
  const kp1 = model.cells.find((c) => c.row === header + 9 && c.col === colOf(3))!;
  expect(kp1.formula).toMatch(/^SUM\('Giải ngân 2022'!/);
  const teams = model.cells.find((c) => c.row === header + 1 && c.col === colOf(3))!;
  expect(teams.formula).toContain("'Tiến độ'!E4");
});
