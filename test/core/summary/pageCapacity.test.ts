/**
 * The summary's planned page breaks hold in both programs (printLayout.ts,
 * pageBreaks.ts). Fitted to the page's width, LibreOffice measures a column
 * unit on DejaVu Sans (7 pt a digit and 3.75 pt of padding) and Excel on
 * Calibri (7 px a digit, whole pixels, 0.75 pt each): Excel's narrower
 * columns print larger, so a page holds fewer rows there. Each planned page
 * must take no more than a page at both scales — else the spreadsheet puts a
 * break of its own between ours (a chart cut in two, a page more) — and the
 * chart no more than the share a block may fill (BLOCK_FILL).
 */
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { buildSummaryInOrder } from "../../../src/core/summary/buildSummary";
import { excelColumnPoints, fittedRowScale, printableArea, printedColumnPoints, withPrintLayout } from "../../../src/core/summary/printLayout";
import { BLOCK_FILL } from "../../../src/core/summary/pageBreaks";
import { buildSampleWorkbookData } from "../../../src/sample";
import type { SummarySheetModel } from "../../../src/core/model/summary";
import type { Lang } from "../../../src/core/model/text";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "./fixture";

/** A4 landscape less its margins (0.4 in each side): 841.89 − 57.6 pt. */
const LANDSCAPE_WIDTH = 784.29;

describe("a column's printed width in each program, at 100 %", () => {
  // Worked out by hand. LibreOffice: 7 × units + 3.75. Excel: ⌊(256 × units + 18) × 7 / 256⌋ px × 0.75.
  test.each<[number, number, number]>([
    [10, 73.75, 52.5], // 70.49 → 70 px
    [8.5, 63.25, 44.25], // 59.99 → 59 px: half a unit rounds down
    [5, 38.75, 26.25], // 35.49 → 35 px
    [42, 297.75, 220.5], // 294.49 → 294 px
    [0, 3.75, 0],
  ])("%d units: %d pt in LibreOffice, %d pt in Excel", (units, libreOffice, excel) => {
    expect(printedColumnPoints(units)).toBeCloseTo(libreOffice, 6);
    expect(excelColumnPoints(units)).toBeCloseTo(excel, 6);
  });
});

describe("the scale rows are planned at, fitted to A4 landscape: the larger of the two programs' (no more than 100 %)", () => {
  test.each<[string, number[], number]>([
    // LibreOffice 1106.25 pt (70.9 %), Excel 787.5 pt: 784.29 / 787.5.
    ["fifteen columns of 10", new Array<number>(15).fill(10), LANDSCAPE_WIDTH / 787.5],
    // LibreOffice 737.5 pt, Excel 525 pt: both fit at 100 %.
    ["ten columns of 10", new Array<number>(10).fill(10), 1],
    // LibreOffice 1050.25 pt (74.7 %), Excel 5 + 42 + 13 × 10: 26.25 + 220.5 + 13 × 52.5 = 929.25 pt (84.4 %).
    ["a number, a name and thirteen columns of 10", [5, 42, ...new Array<number>(13).fill(10)], LANDSCAPE_WIDTH / 929.25],
    // LibreOffice 2156.25 pt, Excel 15 × 105 = 1575 pt ((5120 + 18) × 7 / 256 = 140.49 → 140 px).
    ["fifteen columns of 20", new Array<number>(15).fill(20), LANDSCAPE_WIDTH / 1575],
  ])("%s", (_name, widths, scale) => {
    expect(printableArea("landscape").width).toBeCloseTo(LANDSCAPE_WIDTH, 6);
    expect(fittedRowScale(widths, LANDSCAPE_WIDTH)).toBeCloseTo(scale, 9);
  });
});

/** Each program's scale for a laid-out summary, measured here from its widths. */
function scales(model: SummarySheetModel): { libreOffice: number; excel: number } {
  if (!model.print.fitToWidth) return { libreOffice: (model.print.scale ?? 100) / 100, excel: (model.print.scale ?? 100) / 100 };
  const width = printableArea(model.print.orientation).width;
  const libreOffice = model.columnWidths.reduce((sum, w) => sum + Math.max(0, w) * 7 + 3.75, 0);
  const excel = model.columnWidths.reduce((sum, w) => sum + Math.floor(((256 * Math.max(0, w) + 18) * 7) / 256) * 0.75, 0);
  return { libreOffice: Math.min(1, width / libreOffice), excel: Math.min(1, width / excel) };
}

/** The planned pages: rows from each break to the next, the print titles' row over each page after its own. */
function pagesOf(model: SummarySheetModel): Array<{ first: number; last: number; top: number }> {
  const starts = [0, ...(model.print.rowBreaks ?? [])];
  const title = model.print.titleRows?.first;
  return starts.map((s, i) => ({ first: s, last: (starts[i + 1] ?? model.rowCount) - 1, top: title !== undefined && title < s ? model.rowHeights![title] : 0 }));
}

function heightOf(model: SummarySheetModel, first: number, last: number): number {
  let height = 0;
  for (let r = first; r <= last; r++) height += model.rowHeights![r];
  return height;
}

const sample = (lang: Lang): SummarySheetModel => {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  return buildSummary({ report, plan, table, areaValues, workbook, lang });
};
const fixture = (order: "areas-last" | "findings-last"): SummarySheetModel =>
  buildSummaryInOrder({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook(), lang: "vi" }, order);

describe.each<[string, () => SummarySheetModel, boolean]>([
  ["the sample's summary, vi", () => sample("vi"), true],
  ["the sample's summary, en", () => sample("en"), true],
  ["the sample's summary, vi, on A4 portrait", () => withPrintLayout(sample("vi"), "portrait"), true],
  ["a small summary, the area table last", () => fixture("areas-last"), false],
  ["a small summary, the findings last", () => fixture("findings-last"), false],
])("%s", (_name, make, charted) => {
  const model = make();
  const page = printableArea(model.print.orientation);
  const { libreOffice, excel } = scales(model);
  // The last table's rows run on under the print titles: the spreadsheet breaks them itself, wherever they fill a page.
  const title = model.print.titleRows?.first ?? model.rowCount;

  test("each planned page holds its rows at LibreOffice's scale and at Excel's", () => {
    expect(excel).toBeGreaterThanOrEqual(libreOffice);
    for (const p of pagesOf(model).filter((q) => q.last < title)) {
      const height = p.top + heightOf(model, p.first, p.last);
      expect({ page: p.first, libreOffice: height * libreOffice <= page.height + 1e-6 }).toEqual({ page: p.first, libreOffice: true });
      expect({ page: p.first, excel: height * excel <= page.height + 1e-6 }).toEqual({ page: p.first, excel: true });
    }
  });

  test(charted ? "the chart prints whole on one planned page, within the share a block may fill in both programs" : "no chart", () => {
    expect(model.chart !== undefined).toBe(charted);
    const chart = model.chart;
    if (chart === undefined) return;
    const last = chart.anchor.row + chart.anchor.rows - 1;
    const on = pagesOf(model).find((p) => p.first <= chart.anchor.row && p.last >= chart.anchor.row)!;
    expect(on.last).toBeGreaterThanOrEqual(last);
    const height = on.top + heightOf(model, on.first, last);
    expect(height * libreOffice).toBeLessThanOrEqual(BLOCK_FILL * page.height + 1e-6);
    expect(height * excel).toBeLessThanOrEqual(BLOCK_FILL * page.height + 1e-6);
  });
});
