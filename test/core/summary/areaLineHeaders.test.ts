/** The area table's line headers: by code and whole name, however many line columns the table has (no name is cut). */
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { AREA_HEADER } from "../../../src/core/summary/labels";
import { buildSampleWorkbookData } from "../../../src/sample";
import { wrappedLines } from "../../../src/core/summary/textMeasure";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "./fixture";

function areaHeaders(model: ReturnType<typeof buildSummary>): string[] {
  const corner = model.cells.find((c) => c.style === "header" && c.col === 1 && c.value === AREA_HEADER.vi)!;
  return model.cells.filter((c) => c.row === corner.row && c.col > corner.col).map((c) => String(c.value));
}

test.each(["vi", "en"] as const)("many line columns (the sample's 13, %s): each header is its code and whole name, read whole on the lines its row is tall for, the sheet still one page wide", (lang) => {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  const model = buildSummary({ report, plan, table, areaValues, workbook, lang });
  const corner = model.cells.find((c) => c.style === "header" && c.col === 1 && c.value === AREA_HEADER[lang])!;
  const headers = model.cells.filter((c) => c.row === corner.row && c.col > 1);
  expect(headers.length).toBeGreaterThanOrEqual(13);
  // The money lines' one unit is said once, in the table's title (areaTable.ts): their headers name the line alone.
  const whole = report.indicators.filter((i) => i.status !== "unmapped").map((i) => (i.kind === "money" ? `${i.code}. ${i.name}` : `${i.code}. ${i.name} (${i.unit})`));
  expect(headers.map((c) => String(c.value))).toEqual(whole);
  for (const c of headers) expect(String(c.value)).not.toContain("…");
  expect(model.print.fitToWidth).toBe(true);
  // The row is tall enough for each header's lines at its column's width (15 pt a line of bold 11 pt text, and a little room).
  const bold = { size: 11, bold: true };
  const lines = headers.map((c) => wrappedLines(String(c.value), model.columnWidths[c.col], bold));
  expect(model.rowHeights![corner.row]).toBeGreaterThanOrEqual(Math.max(...lines) * 15);
  // Shared out: no header stands on more than eleven lines (a count column's name stood on six with its name cut, a money line's whole name on twelve).
  expect(Math.max(...lines)).toBeLessThanOrEqual(11);
});

test("few line columns: each header is its code and whole name", () => {
  const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook(), lang: "vi" });
  expect(areaHeaders(model)).toContain("1. Số tổ truyền thông (tổ)");
});
