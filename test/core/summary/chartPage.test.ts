/**
 * The progress table and its chart on paper (printLayout.ts, pageBreaks.ts):
 * on the built-in sample, in both languages, the chart prints whole on one
 * page, no flatter than 2:1 (right under its table when the room there holds
 * it in both Excel and LibreOffice, drawn lower when that keeps it so; else
 * overleaf, as on the sample's landscape page), the next table
 * starting the next page, the table's
 * data rows take no copy of their header (the chart would draw it as a bar),
 * and the per-line table, one page wide, prints on the first page under the
 * identity block.
 */
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { buildSampleWorkbookData } from "../../../src/sample";
import type { Lang } from "../../../src/core/model/text";
import { SECTIONS } from "../../../src/core/summary/labels";
import { wrappedLines } from "../../../src/core/summary/textMeasure";
import { printableArea, printedColumnPoints } from "../../../src/core/summary/printLayout";
import { chartReadableWidth, chartRows, chartRowsUnderTable } from "../../../src/core/summary/chartSize";

describe.each<Lang>(["vi", "en"])("the sample's summary, %s", (lang) => {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  const model = buildSummary({ report, plan, table, areaValues, workbook, lang });
  const chart = model.chart!;
  const breaks = model.print.rowBreaks ?? [];

  test("the chart whole on one page, its table's rows on one page with their subtitle: the room left under the table, at Excel's scale (its Calibri columns print the sheet larger than LibreOffice's), holds too few rows for the chart even drawn lower, so the chart starts the next page (on its usual rows, drawn taller there) and the area table the page after", () => {
    const header = chart.firstRow - 1;
    const subtitle = Math.max(...model.cells.filter((c) => c.style === "subtitle" && c.row < header).map((c) => c.row));
    expect(breaks.filter((b) => b > subtitle && b <= chart.lastRow)).toEqual([]);
    expect(breaks.filter((b) => b > chart.anchor.row && b <= chart.anchor.row + chart.anchor.rows - 1)).toEqual([]);
    // The room under the table: rows of 15 pt within 93 % of the page (BLOCK_FILL) at Excel's scale, fitted to the width.
    const page = printableArea(model.print.orientation);
    const excelPoints = model.columnWidths.reduce((sum, w) => sum + Math.floor(((256 * w + 18) * 7) / 256) * 0.75, 0);
    const scale = Math.min(1, page.width / excelPoints);
    const pageStart = Math.max(0, ...breaks.filter((b) => b <= subtitle));
    let used = 0;
    for (let r = pageStart; r <= chart.lastRow; r++) used += model.rowHeights![r];
    const room = Math.floor((0.93 * page.height / scale - used) / 15);
    expect(room).toBeLessThan(11);
    expect(breaks).toContain(chart.anchor.row);
    expect(chart.anchor.rows).toBe(chartRows(chart.categories.length));
    // The area table starts the page after the chart's.
    const next = Math.min(...model.cells.filter((c) => c.style === "subtitle" && c.row > chart.anchor.row).map((c) => c.row));
    expect(breaks.filter((b) => b > chart.anchor.row)).toEqual([next]);
  });

  test("the chart prints no flatter than 2:1 (its columns' printed width against its rows' height), right under its table, and over its table's first columns", () => {
    let width = 0;
    for (let c = chart.anchor.col; c < chart.anchor.col + chart.anchor.cols; c++) width += printedColumnPoints(model.columnWidths[c]);
    let height = 0;
    for (let r = chart.anchor.row; r < chart.anchor.row + chart.anchor.rows; r++) height += model.rowHeights?.[r] ?? 15;
    expect(width / height).toBeLessThanOrEqual(2);
    expect(chart.anchor.row).toBe(chart.lastRow + 1);
    // Wide enough for its bars' labels.
    expect(width).toBeGreaterThanOrEqual(chartReadableWidth(chart.categories.length));
    // Not a sliver either: over more than the number and name columns.
    expect(chart.anchor.cols).toBeGreaterThan(2);
    expect(width / height).toBeGreaterThan(1.4);
  });

  test("on its page of its own the chart is drawn large: over the columns that page holds across (as LibreOffice prints them), its blank rows taller, whole on the page at Excel's larger scale", () => {
    expect(breaks).toContain(chart.anchor.row);
    const page = printableArea(model.print.orientation);
    const all = model.columnWidths.reduce((sum, w) => sum + printedColumnPoints(w), 0);
    const libreScale = Math.min(1, page.width / all);
    let width = 0;
    for (let c = chart.anchor.col; c < chart.anchor.col + chart.anchor.cols; c++) width += printedColumnPoints(model.columnWidths[c]);
    expect(width * libreScale).toBeGreaterThan(0.75 * page.width);
    const rows = model.rowHeights!.slice(chart.anchor.row, chart.anchor.row + chart.anchor.rows);
    expect(Math.min(...rows)).toBeGreaterThan(15);
    expect(model.cells.filter((c) => c.row >= chart.anchor.row && c.row < chart.anchor.row + chart.anchor.rows)).toEqual([]);
    const excelPoints = model.columnWidths.reduce((sum, w) => sum + Math.floor(((256 * w + 18) * 7) / 256) * 0.75, 0);
    const excelScale = Math.min(1, page.width / excelPoints);
    const title = model.print.titleRows?.first;
    const top = title !== undefined && title < chart.anchor.row ? model.rowHeights![title] : 0;
    expect((top + rows.reduce((a, b) => a + b, 0)) * excelScale).toBeLessThanOrEqual(page.height);
  });

  test("the chart's categories are the lines' codes only: no header row among its data rows", () => {
    const rows = model.cells.filter((c) => c.row >= chart.firstRow && c.row <= chart.lastRow && c.col === chart.categoryCol);
    expect(rows.map((c) => c.value)).toEqual(chart.categories);
    expect(model.cells.filter((c) => c.row >= chart.firstRow && c.row <= chart.lastRow && c.style === "header")).toEqual([]);
  });

  test("the progress table's short headers (`6 tháng đầu năm 2024`, `Năm 2022`, `Dự báo cuối kỳ`) wrap between a few words, not a word a line", () => {
    // At most four lines by the (wide) estimate of the text's width: LibreOffice prints `6 tháng đầu năm 2024` on three.
    const header = chart.firstRow - 1;
    const merged = (c: { row: number; col: number }) => model.merges.some((m) => m.top === c.row && m.left === c.col && m.right > m.left);
    const shortHeaders = model.cells.filter((c) => c.row === header && c.style === "header" && c.col > 1 && !merged(c));
    expect(shortHeaders.length).toBeGreaterThan(8);
    const lines = shortHeaders.map((c) => ({ header: c.value, lines: Math.min(4, wrappedLines(String(c.value), model.columnWidths[c.col], { size: 11, bold: true })) }));
    expect(lines).toEqual(shortHeaders.map((c) => ({ header: c.value, lines: wrappedLines(String(c.value), model.columnWidths[c.col], { size: 11, bold: true }) })));
  });

  test("the labels over the progress table (`Số liệu đến`, `Thời gian kế hoạch đã qua`) each hold on one line in their box", () => {
    const header = chart.firstRow - 1;
    const subtitle = Math.max(...model.cells.filter((c) => c.style === "subtitle" && c.row < header).map((c) => c.row));
    const labels = model.cells.filter((c) => c.style === "label" && c.row > subtitle && c.row < header);
    expect(labels.length).toBe(2);
    const box = (c: { row: number; col: number }) => {
      const m = model.merges.find((r) => r.top === c.row && r.left === c.col);
      if (m === undefined) return model.columnWidths[c.col];
      let sum = 0;
      for (let col = m.left; col <= m.right; col++) sum += model.columnWidths[col] + (col > m.left ? 0.7 : 0);
      // LibreOffice breaks a merged cell's lines a little before its edge (printLayout.ts).
      return m.right > m.left ? sum * 0.9 : sum;
    };
    expect(labels.map((c) => ({ label: c.value, lines: wrappedLines(String(c.value), box(c), { size: 11, bold: true }) }))).toEqual(labels.map((c) => ({ label: c.value, lines: 1 })));
  });

  if (lang === "vi") {
    test("one page wide, the per-line table prints on the first page, under the identity block", () => {
      expect(model.print.fitToWidth).toBe(true);
      const lines = model.cells.find((c) => c.style === "subtitle" && String(c.value).endsWith(SECTIONS.lines[lang].replace(/^\d+\.\s*/, "")))!;
      expect(breaks[0]).toBeGreaterThan(lines.row + plan.lines.length);
    });
  }
});

describe("the chart's size for any number of lines", () => {
  test.each([1, 3, 13, 20, 40])("%d bars: its usual rows, or as many as keep it no flatter than 2:1 at the width its labels read at", (bars) => {
    const rows = chartRows(bars);
    expect(rows).toBeGreaterThanOrEqual(16);
    expect((rows * 15 * 2) / chartReadableWidth(bars)).toBeGreaterThanOrEqual(1);
    expect(chartRowsUnderTable(bars) * 15 * 2).toBeGreaterThanOrEqual(chartReadableWidth(bars));
  });
});
