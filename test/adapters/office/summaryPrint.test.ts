/** The summary's print layout written through Office.js: heights, wrapped text, page setup, print titles, breaks. */
import { createFakeExcel } from "../../fakes/excel";
import { buildSummary } from "../../../src/core/summary";
import { a1 } from "../../../src/core/model/address";
import type { SummarySheetModel } from "../../../src/core/model/summary";
import { rowHeightRuns } from "../../../src/adapters/office/summaryWriter";
import { widthInPoints } from "../../../src/adapters/office/summaryStyles";
import { printableArea, printedColumnPoints, withPrintLayout } from "../../../src/core/summary/printLayout";
import type { SummaryCell } from "../../../src/core/model/summary";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "../../core/summary/fixture";
import { hostFor } from "./helpers";

const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook() });

function excelWith(apiVersion: string) {
  return createFakeExcel({ apiVersion, sheets: [{ name: "Phân bổ", rows: [["Xã", "Số tổ"]] }] });
}

test.each([
  [[15, 15, 30, 15], [{ first: 0, last: 1, height: 15 }, { first: 2, last: 2, height: 30 }, { first: 3, last: 3, height: 15 }]],
  [[], []],
])("rowHeightRuns(%p)", (heights, runs) => {
  expect(rowHeightRuns(heights)).toEqual(runs);
});

test("row heights, wrapped text, A4 landscape, margins and the repeated header", async () => {
  const excel = excelWith("1.20");
  await hostFor(excel).writeSummary(model);
  const sheet = excel.document.requireSheet(model.name);
  model.rowHeights!.forEach((h, row) => expect(sheet.rowHeights.get(row)).toBe(h));
  const wrapped = model.cells.filter((c) => c.wrap === true && c.style !== "header" && c.style !== "title");
  expect(wrapped.length).toBeGreaterThan(0);
  for (const c of wrapped) expect(excel.document.cellAt(model.name, a1(c.row, c.col))).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
  const title = model.print.titleRows!;
  expect(sheet.pageLayout).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    printTitleRows: `$${title.first + 1}:$${title.last + 1}`,
    leftMargin: model.print.margins!.left * 72,
    topMargin: model.print.margins!.top * 72,
    centerFooter: "Trang &P / &N",
  });
  expect(sheet.pageLayout.zoom).toEqual(model.print.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: model.print.scale });
  expect(sheet.rowBreaks).toEqual(model.print.rowBreaks ?? []);
});

test("spanning pages across: a scale, pages across then down, the first columns repeated; old breaks replaced", async () => {
  const wide: SummarySheetModel = {
    ...model,
    print: { ...model.print, fitToWidth: false, scale: 80, titleColumns: { first: 0, last: 1 }, rowBreaks: [5] },
  };
  const excel = excelWith("1.20");
  const host = hostFor(excel);
  await host.writeSummary({ ...wide, print: { ...wide.print, rowBreaks: [3, 9] } });
  await host.writeSummary(wide);
  const sheet = excel.document.requireSheet(model.name);
  expect(sheet.pageLayout).toMatchObject({ zoom: { scale: 80 }, printOrder: "OverThenDown", printTitleColumns: "$A:$B" });
  expect(sheet.rowBreaks).toEqual([5]);
});

test("a footer the host refuses leaves the summary written, as any other print setting refused", async () => {
  const excel = excelWith("1.20");
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    // The fake refuses a footer that is not text, at `HeaderFooter.centerFooter`.
    await hostFor(excel).writeSummary({ ...model, print: { ...model.print, footer: 42 as unknown as string } });
  } finally {
    warn.mockRestore();
  }
  const sheet = excel.document.requireSheet(model.name);
  expect(excel.document.cellAt(model.name, "A1")).toMatchObject({ value: model.cells.find((c) => c.row === 0 && c.col === 0)!.value });
  expect(sheet.pageLayout.centerFooter).toBeUndefined();
});

/** The laid-out summary with `extra` more line columns in its area table (wide enough to span pages across). */
function widened(extra: number): SummarySheetModel {
  const header = model.cells.find((c) => c.style === "header" && c.value === "Địa bàn")!;
  const cells: SummaryCell[] = [...model.cells];
  for (let i = 0; i < extra; i++) cells.push({ row: header.row, col: model.columnCount + i, value: `Chỉ tiêu số ${i} (triệu đồng)`, style: "header" });
  for (let i = 0; i < extra; i++) cells.push({ row: header.row + 1, col: model.columnCount + i, value: 1234567, numFmt: "#,##0", style: "number" });
  return withPrintLayout({ ...model, cells, columnCount: model.columnCount + extra, columnWidths: [] });
}

describe("the first printed page filled in Excel", () => {
  const printable = printableArea("landscape").width;
  /** How many of the first columns a page holds at `scale` %, from `points` of each column. */
  const onFirstPage = (points: readonly number[], scale: number) => {
    let used = 0;
    let count = 0;
    for (const p of points) {
      if (((used + p) * scale) / 100 > printable) break;
      used += p;
      count++;
    }
    return count;
  };
  /** Printed points of the first `count` columns at `scale` %. */
  const printed = (points: readonly number[], count: number, scale: number) => (points.slice(0, count).reduce((a, b) => a + b, 0) * scale) / 100;

  test.each([20, 40])("spanning pages across (%i more columns): the columns Excel is given fill its page at the sheet's scale, as in LibreOffice", async (extra) => {
    const wide = widened(extra);
    expect(wide.print.fitToWidth).toBe(false);
    const scale = wide.print.scale!;
    const excel = excelWith("1.20");
    await hostFor(excel).writeSummary(wide);
    const sheet = excel.document.requireSheet(wide.name);
    expect(sheet.pageLayout.zoom).toEqual({ scale });
    const set = wide.columnWidths.map((_, col) => sheet.columnWidths.get(col)!);
    // The columns the first page holds in LibreOffice (from the .xlsx's widths) — every table's but the area table's —
    // fill it; the add-in's in Excel are the same columns (never wider), and fill it too.
    const libreOffice = wide.columnWidths.map(printedColumnPoints);
    const first = onFirstPage(libreOffice, scale);
    expect(printed(libreOffice, first, scale)).toBeGreaterThan(0.9 * printable);
    set.forEach((points, col) => expect(points).toBeLessThanOrEqual(libreOffice[col]));
    expect(onFirstPage(set, scale)).toBeGreaterThanOrEqual(first);
    expect(printed(set, first, scale)).toBeGreaterThan(0.9 * printable);
    // Excel's own widths for the characters: those tables would fill under 80 % of the page.
    expect(printed(wide.columnWidths.map(widthInPoints), first, scale)).toBeLessThan(0.8 * printable);
  });

  test("fitted one page wide: Excel's own widths for the characters, the page fitted by Excel", async () => {
    expect(model.print.fitToWidth).toBe(true);
    const excel = excelWith("1.20");
    await hostFor(excel).writeSummary(model);
    const sheet = excel.document.requireSheet(model.name);
    model.columnWidths.forEach((w, col) => {
      if (w > 0) expect(sheet.columnWidths.get(col)).toBe(widthInPoints(w));
    });
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });
});
