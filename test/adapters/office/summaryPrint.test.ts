/** The summary's print layout written through Office.js: heights, wrapped text, page setup, print titles, breaks. */
import { createFakeExcel } from "../../fakes/excel";
import { buildSummary } from "../../../src/core/summary";
import { a1 } from "../../../src/core/model/address";
import type { SummarySheetModel } from "../../../src/core/model/summary";
import { rowHeightRuns } from "../../../src/adapters/office/summaryWriter";
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
