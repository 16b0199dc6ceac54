/**
 * The summary on the printed page (printLayout.ts, findingSpread.ts,
 * pageBreaks.ts): column widths within the printable width of A4 landscape
 * and portrait at a scale that keeps 11 pt text at 8 pt or more, the findings
 * table spread to the printed width with its header as the print titles, and
 * page breaks that keep tables and the chart whole.
 */
import { buildSummary } from "../../../src/core/summary";
import { buildSummaryInOrder } from "../../../src/core/summary/buildSummary";
import { printableArea, printedColumnPoints, withPrintLayout, type PageOrientation } from "../../../src/core/summary/printLayout";
import { findingTableRows, spreadFindingTable } from "../../../src/core/summary/findingSpread";
import { pageBreaks, planPages } from "../../../src/core/summary/pageBreaks";
import { AREA_HEADER, FINDING_HEADERS, SECTIONS } from "../../../src/core/summary/labels";
import { wrappedLines } from "../../../src/core/summary/textMeasure";
import type { SummaryCell, SummarySheetModel } from "../../../src/core/model/summary";
import type { Lang } from "../../../src/core/model/text";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "./fixture";

const input = (lang: Lang, report = REPORT) => ({ report, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook(), lang });
/** The summary with the findings last (as when they run over a page: see the order's own tests below). */
const built = (lang: Lang) => buildSummaryInOrder(input(lang), "findings-last");

const LONG_MESSAGE =
  "Tổng phân bổ 1.958 người tham gia tập huấn kỹ năng truyền thông thấp hơn kế hoạch 1.968 người (còn 10 người chưa phân bổ cho các xã của huyện).";

/** The model with `extra` more indicator columns in the area table (a header and a number on each of its rows) and long messages. */
function widened(model: SummarySheetModel, extra: number): SummarySheetModel {
  const header = model.cells.find((c) => c.style === "header" && c.col === 1 && (c.value === AREA_HEADER.vi || c.value === AREA_HEADER.en))!;
  const findings = findingTableRows(model.cells)!;
  const areaRows = [...new Set(model.cells.filter((c) => c.row > header.row && c.row < findings.header - 2 && c.col === 1).map((c) => c.row))];
  const base = model.columnCount;
  const cells: SummaryCell[] = model.cells.map((c) => (c.row > findings.header && c.col === 1 && typeof c.value === "string" ? { ...c, value: LONG_MESSAGE } : c));
  for (let i = 0; i < extra; i++) {
    cells.push({ row: header.row, col: base + i, value: `Chỉ tiêu số ${i + 10} (triệu đồng)`, style: "header" });
    for (const row of areaRows) cells.push({ row, col: base + i, value: 1234567 + i, numFmt: "#,##0", style: "number" });
  }
  return { ...model, cells, columnCount: base + extra, columnWidths: [] };
}

const points = (widths: readonly number[]) => widths.reduce((sum, w) => sum + printedColumnPoints(w), 0);

/** The findings table's header cells, by column. */
function findingHeader(model: SummarySheetModel): SummaryCell[] {
  const rows = findingTableRows(model.cells)!;
  return model.cells.filter((c) => c.row === rows.header && !isBoxFiller(c)).sort((a, b) => a.col - b.col);
}

/** A blank cell put only to box a table (tableBoxes.ts): it holds nothing. */
function isBoxFiller(c: SummaryCell): boolean {
  return c.boxed === true && c.value === null && c.formula === undefined;
}

describe.each<[PageOrientation, Lang, number]>([
  ["landscape", "vi", 0],
  ["landscape", "vi", 7],
  ["landscape", "en", 12],
  ["landscape", "vi", 40],
  ["portrait", "vi", 0],
  ["portrait", "en", 7],
  ["portrait", "vi", 40],
])("A4 %s, %s, %d more indicator columns", (orientation, lang, extra) => {
  const laid = withPrintLayout(widened(built(lang), extra), orientation);
  const page = printableArea(orientation);
  const findings = findingTableRows(laid.cells)!;
  const header = findingHeader(laid);
  const lastFindingCol = header[header.length - 1].col;

  test("the page: A4 in the orientation asked, its printable width; one page wide unless the area table is very wide", () => {
    expect(laid.print).toMatchObject({ paper: "A4", orientation });
    if (extra === 0) expect(laid.print.fitToWidth).toBe(true);
    if (extra === 40) expect(laid.print.fitToWidth).toBe(false);
    expect(page.width).toBeCloseTo((orientation === "landscape" ? 841.89 : 595.28) - 0.8 * 72, 6);
  });

  test("one page wide: every column within the printable width at a scale that keeps text at 8 pt or more, the findings across all of it", () => {
    if (!laid.print.fitToWidth) return;
    const scale = Math.min(1, page.width / points(laid.columnWidths));
    expect(11 * scale).toBeGreaterThanOrEqual(8);
    expect(points(laid.columnWidths) * scale).toBeLessThanOrEqual(page.width + 1e-6);
    // The findings table ends at the sheet's last column, and the sheet fills the page (never printed larger than 100 %).
    expect(lastFindingCol).toBe(laid.columnWidths.length - 1);
    expect(points(laid.columnWidths) * scale).toBeGreaterThan(page.width - 7);
  });

  test("spanning pages across: the findings within the first page's columns, which fit it at the print scale", () => {
    if (laid.print.fitToWidth) return;
    const scale = laid.print.scale! / 100;
    expect(11 * scale).toBeGreaterThanOrEqual(8 - 0.11);
    const findingPoints = points(laid.columnWidths.slice(0, lastFindingCol + 1)) * scale;
    expect(findingPoints).toBeLessThanOrEqual(page.width + 1e-6);
    expect(findingPoints).toBeGreaterThan(page.width * 0.9);
    expect(laid.print.titleColumns).toEqual({ first: 0, last: 1 });
    // They start a row of pages of their own (the subtitle right above the header).
    expect(laid.print.rowBreaks).toContain(findings.header - 1);
  });

  test("the findings' header repeats on every page; the findings come last", () => {
    expect(laid.print.titleRows).toEqual({ first: findings.header, last: findings.header });
    expect(header.map((c) => c.value)).toEqual(FINDING_HEADERS.map((h) => h[lang]));
    const subtitles = laid.cells.filter((c) => c.style === "subtitle").sort((a, b) => a.row - b.row);
    expect(subtitles[subtitles.length - 1]).toMatchObject({ row: findings.header - 1, value: `${subtitles.length}. ${SECTIONS.findings[lang].replace(/^\d+\.\s*/, "")}` });
    expect(findings.last).toBe(laid.rowCount - 1);
  });

  test("each message merged over the columns the short columns leave, its row tall enough for its lines", () => {
    const rows = laid.cells.filter((c) => c.row > findings.header && c.row <= findings.last && c.col === 1);
    expect(rows.length).toBe(REPORT.findings.length);
    const firstShort = header[2].col;
    for (const cell of rows) {
      const merge = laid.merges.find((m) => m.top === cell.row && m.left === 1);
      if (firstShort > 2) expect(merge).toEqual({ top: cell.row, left: 1, bottom: cell.row, right: firstShort - 1 });
      else expect(merge).toBeUndefined();
      let box = 0;
      for (let c = 1; c < firstShort; c++) box += laid.columnWidths[c] + (c > 1 ? 0.7 : 0);
      expect(laid.rowHeights![cell.row]).toBeGreaterThanOrEqual(wrappedLines(String(cell.value), box) * 15);
      // Nothing else in the merged columns.
      expect(laid.cells.filter((c) => c.row === cell.row && c.col > 1 && c.col < firstShort && !isBoxFiller(c))).toEqual([]);
    }
  });

  test("laying out again changes nothing", () => {
    expect(withPrintLayout(laid, orientation)).toEqual(laid);
  });
});

test("the message of a long finding takes fewer lines than in the first eight columns", () => {
  const laid = withPrintLayout(widened(built("vi"), 7));
  const header = findingHeader(laid);
  const message = laid.cells.find((c) => c.value === LONG_MESSAGE)!;
  let box = 0;
  for (let c = 1; c < header[2].col; c++) box += laid.columnWidths[c] + 0.7;
  expect(header[2].col).toBeGreaterThan(2);
  expect(wrappedLines(LONG_MESSAGE, box)).toBeLessThan(wrappedLines(LONG_MESSAGE, laid.columnWidths[1]));
  expect(wrappedLines(LONG_MESSAGE, box)).toBeLessThanOrEqual(2);
  expect(message.col).toBe(1);
});

test("spreading the findings: the short columns keep their order at the right edge, the rows merged from the message on", () => {
  const model = built("vi");
  const rows = findingTableRows(model.cells)!;
  const spread = spreadFindingTable(model, rows, 12);
  const header = spread.cells.filter((c) => c.row === rows.header).sort((a, b) => a.col - b.col);
  expect(header.map((c) => [c.col, c.value])).toEqual([
    [0, "STT"],
    [1, "Nội dung"],
    [7, "Mức độ"],
    [8, "Quy tắc"],
    [9, "Trang tính"],
    [10, "Ô"],
    [11, "Chỉ tiêu"],
    [12, "Địa bàn"],
  ]);
  expect(spread.merges.filter((m) => m.top >= rows.header)).toEqual(
    Array.from({ length: rows.last - rows.header + 1 }, (_, i) => ({ top: rows.header + i, left: 1, bottom: rows.header + i, right: 6 })),
  );
  // Back to the first eight columns: no merge left.
  const back = spreadFindingTable(spread, rows, 7);
  expect(back.cells.filter((c) => c.row >= rows.header).sort((a, b) => a.row - b.row || a.col - b.col)).toEqual(
    model.cells.filter((c) => c.row >= rows.header).sort((a, b) => a.row - b.row || a.col - b.col),
  );
  expect(back.merges.filter((m) => m.top >= rows.header)).toEqual([]);
});

describe("page breaks", () => {
  const heights = [20, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15];

  test("a table that fits on a page moves whole rather than run over, the first one too", () => {
    // Page of 150 pt: rows 0-6 take 110; the table at 7 (5 rows, 75 pt) would run over and fits alone.
    expect(pageBreaks({ heights, starts: [1, 7], pageHeight: 150, scale: 1 })).toEqual([7]);
    // The first table under the title and identity rows (0-2, 50 pt): 9 rows, 135 pt, would put its last rows overleaf
    // under no header; it fits a page alone, so it starts the second one.
    expect(pageBreaks({ heights, starts: [3], pageHeight: 150, scale: 1 })).toEqual([3]);
    expect(pageBreaks({ heights, starts: [3, 11], pageHeight: 150, scale: 1 })).toEqual([3]);
    // Its header copied onto the page it runs onto, it stays under them: the title and identity block never print alone.
    expect(planPages({ heights, starts: [3], headers: [4], repeatable: [{ header: { first: 4, last: 4 }, end: 12 }], pageHeight: 150, scale: 1 })).toEqual({
      breaks: [9],
      copies: [{ before: 9, header: { first: 4, last: 4 } }],
    });
    // A first table longer than a page runs over: no page is left to the title alone for nothing.
    expect(pageBreaks({ heights, starts: [1], pageHeight: 100, scale: 1 })).toEqual([]);
    // A table longer than a page runs over wherever it starts.
    expect(pageBreaks({ heights: [...heights, ...heights], starts: [0, 5], pageHeight: 150, scale: 1 })).toEqual([]);
  });

  test("a block (the chart's rows) is never cut when it fits on a page", () => {
    expect(pageBreaks({ heights, starts: [], blocks: [{ first: 6, last: 9 }], pageHeight: 100, scale: 1 })).toEqual([6]);
    // A table with a block under it: the table moves whole (it fits alone, without the block), the block then on a page of its own.
    // Page of 120 pt: the table at 3 (rows 3-8, 90 pt) would run over from 50 pt down, and with the block (9-11) it would not fit a page.
    expect(pageBreaks({ heights, starts: [0, 3], blocks: [{ first: 9, last: 11 }], pageHeight: 120, scale: 1 })).toEqual([3, 9]);
    // Rows 0-5 take 95 pt: within 93 % of a 105 pt page, the block stays.
    expect(pageBreaks({ heights, starts: [], blocks: [{ first: 2, last: 5 }], pageHeight: 105, scale: 1 })).toEqual([]);
  });

  test.each([
    // Page of 205 pt; rows 0-8 take 140, rows 9-12 65. A table at 9 (long, runs over anyway): subtitle 9, a line 10, header 11.
    ["no header known: its first four rows stay with the subtitle", undefined, [] as number[]],
    ["its header and two rows stay with the subtitle: the line above the header does not count as one", [11], [9]],
    ["a header on two rows, both counted", [10, 11], [9]],
  ])("a table starting low on a page: %s", (_name, headers, breaks) => {
    const tall = [...heights, ...heights, ...heights];
    expect(pageBreaks({ heights: tall, starts: [0, 9], ...(headers !== undefined ? { headers } : {}), pageHeight: 205, scale: 1 })).toEqual(breaks);
  });

  test("a block ending within the last few points of the page moves to the next (LibreOffice prints the rows a little taller)", () => {
    // Rows 0-5 take 95 pt; the block 6-9 (60 pt) would end at 155 of a 160 pt page: past 93 % of it, it moves.
    expect(pageBreaks({ heights, starts: [], blocks: [{ first: 6, last: 9 }], pageHeight: 160, scale: 1 })).toEqual([6]);
    expect(pageBreaks({ heights, starts: [], blocks: [{ first: 6, last: 9 }], pageHeight: 170, scale: 1 })).toEqual([]);
  });

  test("rows that always start a page, and the repeated header counted on the pages after its own", () => {
    expect(pageBreaks({ heights, starts: [], always: [0, 4], pageHeight: 1000, scale: 1 })).toEqual([4]);
    // Title row 1 (15 pt) repeats: the second page holds it and 5 rows of 15 in 90 pt.
    expect(pageBreaks({ heights, starts: [1, 9], titleRow: 1, pageHeight: 95, scale: 1 })).toEqual([9]);
  });
});

test("the demo's layout: the chart and every table whole on its page", () => {
  // The fixture has no progress: the chart's block is covered by the page-break tests; here the area table.
  const laid = withPrintLayout(widened(built("vi"), 7));
  expect(laid.print.fitToWidth).toBe(true);
  const subtitles = laid.cells.filter((c) => c.style === "subtitle").map((c) => c.row);
  for (const b of laid.print.rowBreaks ?? []) expect(subtitles).toContain(b);
});

describe("which table goes last, its header repeated", () => {
  const titleHeader = (model: SummarySheetModel) => model.cells.find((c) => c.row === model.print.titleRows!.first && c.col === 1)!.value;
  const lastSubtitle = (model: SummarySheetModel) => model.cells.filter((c) => c.style === "subtitle").sort((a, b) => b.row - a.row)[0].value;

  test("findings on one page: they print whole there, and the area table goes last with its header repeated", () => {
    const model = buildSummary(input("vi"));
    expect(titleHeader(model)).toBe(AREA_HEADER.vi);
    expect(lastSubtitle(model)).toMatch(/Phân bổ theo địa bàn( \(kinh phí: [^)]*\))?$/);
  });

  test("findings running over a page: they go last with their header repeated", () => {
    const many = { ...REPORT, findings: Array.from({ length: 120 }, (_, i) => ({ ...REPORT.findings[i % REPORT.findings.length], message: { vi: `${LONG_MESSAGE} ${i}`, en: `${LONG_MESSAGE} ${i}` } })) };
    for (const lang of ["vi", "en"] as const) {
      const model = buildSummary(input(lang, many));
      expect(titleHeader(model)).toBe(FINDING_HEADERS[1][lang]);
      expect(lastSubtitle(model)).toBe(`3. ${SECTIONS.findings[lang].replace(/^\d+\.\s*/, "")}`);
    }
  });
});

test("one page wide with the area table's columns: the title and the identity block span every column, not only the first tables'", () => {
  const laid = withPrintLayout(widened(built("vi"), 7), "landscape");
  expect(laid.print.fitToWidth).toBe(true);
  const last = laid.columnWidths.length - 1;
  expect(last).toBeGreaterThan(7);
  const firstTable = Math.min(...laid.cells.filter((c) => c.style === "subtitle").map((c) => c.row));
  const head = laid.merges.filter((m) => m.bottom < firstTable);
  expect(head.find((m) => m.top === 0 && m.left === 0)!.right).toBe(last);
  // Every merge of the block ends at the sheet's last column (the title, the marker, each value), none at the first tables' last.
  for (const m of head) expect(m.right === last || m.right < 7).toBe(true);
  expect(head.filter((m) => m.right === last).length).toBeGreaterThanOrEqual(4);
  // Laid out again, the same.
  expect(withPrintLayout(laid, "landscape")).toEqual(laid);
});
