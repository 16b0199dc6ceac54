/**
 * The width estimate against a printed summary: words and lines as
 * LibreOffice printed them (DejaVu Sans for Calibri; widths read from the
 * PDF with pdftotext -bbox, over a printed digit's 5.487 pt), and rows as
 * tall as the lines their text printed on — no empty line under a name that
 * printed on one line, never fewer lines than printed.
 */
import { buildSampleWorkbookData } from "../../../src/sample";
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { textWidth, wrappedLines } from "../../../src/core/summary/textMeasure";

const REGULAR = { size: 11, bold: false };
const BOLD = { size: 11, bold: true };

test.each([
  // Regular words of the findings' messages (English and Vietnamese letters alike: the marks sit on the base letter's width).
  ["shows", REGULAR, 4.84],
  ["while", REGULAR, 4.13],
  ["which", REGULAR, 4.56],
  ["calls", REGULAR, 3.49],
  ["skips", REGULAR, 3.96],
  ["Missing", REGULAR, 5.84],
  ["CLB).", REGULAR, 4.13],
  ["Thạch", REGULAR, 4.74],
  ["Tổ truyền thông cộng đồng được thành lập mới", REGULAR, 37.14],
  ["Câu lạc bộ “Thủ lĩnh của sự thay đổi”", REGULAR, 29.25],
  // Bold: headers and the error status.
  ["Error", BOLD, 4.45],
  ["tháng", BOLD, 5.13],
  ["Cumulative", BOLD, 9.95],
  ["Forecast", BOLD, 7.63],
])("%s (%o) prints %d digits wide", (text, font, printed) => {
  expect(Math.abs(textWidth(text, font) - printed) / printed).toBeLessThan(0.025);
});

test.each([
  // Lines as LibreOffice broke them in the printed sample (column width in units → lines).
  ["Over / under the plan", 10.5, REGULAR, 2],
  ["Wrong cumulative totals", 10.5, REGULAR, 3],
  ["Spent over the allocation", 10.5, REGULAR, 3],
  ["Định mức từng địa bàn", 11, REGULAR, 2],
  ["Huyện Thạch Thất", 10, REGULAR, 2],
  ["6 tháng đầu năm 2024", 7.5, BOLD, 4],
  ["Tổ truyền thông cộng đồng được thành lập mới", 39.5, REGULAR, 1],
  ["Pace (time elapsed)", 9.5, BOLD, 3],
])("%s in %d units wraps on the lines it printed on", (text, width, font, lines) => {
  expect(wrappedLines(text, width, font)).toBe(lines);
});

test("a plan line's name over the progress table's merged name columns: its row as tall as the lines it prints on, no empty line under it", () => {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  for (const lang of ["vi", "en"] as const) {
    const model = buildSummary({ report, plan, table, areaValues, workbook, lang });
    const name = report.indicators.find((r) => r.code === "1")!.name;
    const rows = model.cells.filter((c) => c.value === name).map((c) => c.row);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      const merge = model.merges.find((m) => m.top === row && m.left === 1);
      const box = merge === undefined ? model.columnWidths[1] : model.columnWidths.slice(1, merge.right + 1).reduce((a, b) => a + b, 0);
      // Where the box holds the name on one line (as LibreOffice printed it), the row is one line tall.
      if (textWidth(name) + 0.4 <= box) expect({ lang, row, height: model.rowHeights![row] }).toEqual({ lang, row, height: 15 });
    }
  }
});
