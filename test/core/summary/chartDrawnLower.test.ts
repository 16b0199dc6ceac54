/**
 * The progress chart moved overleaf by a page break is drawn lower to stay
 * right under its table when the room left on the table's page takes enough
 * of it (printLayout.ts): no flatter than 2:1 at the width its bars read at
 * (chartSize.ts `chartRowsUnderTable`), the next table then starting the next page.
 * Reached by moving the sample summary's progress table down the page, row by row.
 */
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { fittedRowScale, printableArea, withPrintLayout } from "../../../src/core/summary/printLayout";
import { BLOCK_FILL } from "../../../src/core/summary/pageBreaks";
import { chartRows, chartRowsUnderTable } from "../../../src/core/summary/chartSize";
import { buildSampleWorkbookData } from "../../../src/sample";
import type { SummarySheetModel } from "../../../src/core/model/summary";

/** The model with `n` empty rows put before row `at` (everything from it on moved down). */
function withRowsBefore(model: SummarySheetModel, at: number, n: number): SummarySheetModel {
  const down = (r: number) => (r >= at ? r + n : r);
  const chart = model.chart!;
  const { rowBreaks: _breaks, ...print } = model.print;
  return {
    ...model,
    cells: model.cells.map((c) => ({ ...c, row: down(c.row) })),
    merges: model.merges.map((m) => ({ ...m, top: down(m.top), bottom: down(m.bottom) })),
    chart: { ...chart, firstRow: down(chart.firstRow), lastRow: down(chart.lastRow), anchor: { ...chart.anchor, row: down(chart.anchor.row), rows: chartRows(chart.categories.length) } },
    print,
    rowHeights: undefined,
    rowCount: model.rowCount + n,
  };
}

describe("the sample's progress table moved down an A4 portrait page", () => {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  const model = buildSummary({ report, plan, table, areaValues, workbook, lang: "vi" });
  const usual = chartRows(model.chart!.categories.length);
  const fewest = Math.max(11, chartRowsUnderTable(model.chart!.categories.length));
  const subtitleOf = (m: SummarySheetModel) => Math.max(...m.cells.filter((c) => c.style === "subtitle" && c.row < m.chart!.firstRow).map((c) => c.row));
  const laidOut = Array.from({ length: 30 }, (_, n) => withPrintLayout(withRowsBefore(model, subtitleOf(model), n), "portrait"));
  const lower = laidOut.filter((m) => m.chart!.anchor.rows < usual);

  test("some places leave room for the chart only drawn lower; it is then no lower than keeps it no flatter than 2:1", () => {
    expect(lower.length).toBeGreaterThan(0);
    for (const m of lower) expect(m.chart!.anchor.rows).toBeGreaterThanOrEqual(fewest);
  });

  test.each(laidOut.map((m, n) => [n, m] as const))("%d rows moved: the chart whole on its table's page when drawn lower, else at its usual height", (_, m) => {
    const chart = m.chart!;
    const breaks = m.print.rowBreaks ?? [];
    const end = chart.anchor.row + chart.anchor.rows; // the first row past the chart
    expect(chart.anchor.row).toBe(chart.lastRow + 1);
    expect(breaks.filter((b) => b > chart.anchor.row && b < end)).toEqual([]);
    if (chart.anchor.rows === usual) return;
    // Drawn lower: under its table on the table's page, within the share of the page a block may fill.
    const subtitle = subtitleOf(m);
    const pageStart = Math.max(0, ...breaks.filter((b) => b <= subtitle));
    expect(breaks.filter((b) => b > pageStart && b < end)).toEqual([]);
    const page = printableArea("portrait");
    let used = 0;
    for (let r = pageStart; r < end; r++) used += m.rowHeights?.[r] ?? 15;
    expect(used).toBeLessThanOrEqual((BLOCK_FILL * page.height) / fittedRowScale(m.columnWidths, page.width));
    // The next table starts the next page.
    const next = Math.min(...m.cells.filter((c) => c.style === "subtitle" && c.row >= end).map((c) => c.row));
    expect(breaks).toContain(next);
  });
});
