/**
 * How the summary sheet prints on A4 (landscape for the summary), decided once
 * as data in the model so both writers (the .xlsx package and Office.js) print
 * alike: column widths from what the columns hold, the findings table spread
 * to the printed page's width (findingSpread.ts), row heights for text that
 * wraps, the last table's header (the findings' or the areas', see
 * buildSummary.ts) repeated on every page and copies of the other's on the
 * pages it runs onto (headerCopies.ts), and one page wide only while the text
 * stays at 8 pt or more — else the sheet spans pages across with its first
 * columns repeated. A pure function of the model.
 */
import type { CellRange } from "../model/workbook";
import { SUMMARY_LOOK, type SummaryCell, type SummaryPrint, type SummarySheetModel, type SummarySpan, type SummaryStyle } from "../model/summary";
import { findingHeaderRow, findingTableRows, inFindingTable, spreadFindingTable, type FindingRows } from "./findingSpread";
import { AREA_HEADER } from "./labels";
import { BLOCK_FILL, planPages, type HeaderSpan } from "./pageBreaks";
import { insertHeaderCopies } from "./headerCopies";
import { withTableBoxes } from "./tableBoxes";
import { placeIdentityPairs } from "./identityPlacement";
import { moveSectionLast } from "./sectionOrder";
import { spreadNarrowTables } from "./tableSpread";
import { balanceHeaderWidths } from "./headerBalance";
import { LAST_BASE_COLUMN } from "./sheetBuilder";
import { CHART_MAX_ASPECT, chartReadableWidth, chartRowsUnderTable } from "./chartSize";
import { addTextWidth, asciiWidth, CELL_PADDING, DEFAULT_FONT, fontFactor, longestWordWidth, textWidth, wrappedLines, type FontSpec } from "./textMeasure";
import { copyCell } from "./cellShape";

export type PageOrientation = "landscape" | "portrait";

/** A4 in points, its long and short sides. */
const A4_LONG = 841.89;
const A4_SHORT = 595.28;
/**
 * Margins in inches (72 pt each). The page number prints in the bottom margin
 * (its line, 0.25 in from the edge, ends within the 0.5 in): Excel and
 * LibreOffice print the rows down to the bottom margin, so the body is the
 * page less its margins.
 */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 } as const;

/** The printable area of an A4 page, in points: the page less its margins. */
export function printableArea(orientation: PageOrientation): { readonly width: number; readonly height: number } {
  const [width, height] = orientation === "landscape" ? [A4_LONG, A4_SHORT] : [A4_SHORT, A4_LONG];
  return {
    width: width - (MARGINS.left + MARGINS.right) * 72,
    height: height - (MARGINS.top + MARGINS.bottom) * 72,
  };
}

/** The smallest printed text allowed, and the sheet's smallest font. */
const MIN_PRINTED_POINTS = 8;
const SMALLEST_FONT = 11;
const MIN_SCALE = MIN_PRINTED_POINTS / SMALLEST_FONT;

/**
 * Points a column of `units` takes at 100 %. LibreOffice measures the unit on
 * the font it substitutes for Calibri (DejaVu Sans: 7 pt a digit); Excel on
 * Calibri itself (5.25 pt). The wider one decides, so the text stays readable in both.
 */
export function printedColumnPoints(units: number): number {
  return Math.max(0, units) * 7 + 3.75;
}

/**
 * Points a column of `units` takes at 100 % in Excel: the unit is Calibri
 * 11's digit, 7 px, and the column the whole pixels Excel's own formula
 * gives (`Truncate(((256 * width + Truncate(128 / 7)) / 256) * 7)`) at 96 an inch.
 */
export function excelColumnPoints(units: number): number {
  return Math.floor(((256 * Math.max(0, units) + 18) * 7) / 256) * 0.75;
}

/**
 * The scale a sheet of `widths` fitted to `printableWidth` prints at in both
 * programs, the larger of the two (never above 100 %): LibreOffice's
 * (printedColumnPoints) and Excel's (excelColumnPoints, its narrower columns
 * printed larger). Rows are planned onto pages at this scale, so a planned
 * page holds its rows in both, the spreadsheet adding no break of its own.
 */
export function fittedRowScale(widths: readonly number[], printableWidth: number): number {
  const excel = widths.reduce((sum, w) => sum + excelColumnPoints(w), 0);
  return Math.min(1, printableWidth / Math.min(sheetPoints(widths), excel));
}

/** Line height in points for a font size (Excel's default row is 15 pt for 11 pt text). */
function lineHeight(size: number): number {
  return Math.ceil(size * 1.36 * 4) / 4;
}

const DEFAULT_ROW_HEIGHT = lineHeight(SMALLEST_FONT);

/** The font each style prints in, made once (the layout asks for a cell's font in each of its passes over the cells). */
const STYLE_FONTS: ReadonlyMap<SummaryStyle, FontSpec> = new Map(
  (Object.keys(SUMMARY_LOOK) as SummaryStyle[]).map((style) => {
    const look = SUMMARY_LOOK[style];
    return [style, { size: look.size ?? DEFAULT_FONT.size, bold: look.bold === true }];
  }),
);

/** The font a style prints in: its size and weight as the writers draw them (SUMMARY_LOOK). */
function fontOf(style: SummaryStyle | undefined): FontSpec {
  return style === undefined ? DEFAULT_FONT : STYLE_FONTS.get(style) ?? DEFAULT_FONT;
}

/** Column widths: bounds per kind of column, in units. */
const MIN_WIDTH = 5;
/** The text column (line names, area names, finding messages). */
const TEXT_COLUMN = 1;
const TEXT_COLUMN_MAX = 42;
const OTHER_MAX = 18;
/** Short texts a column is widened to hold on one line (status words, rule names); longer ones wrap. */
const ONE_LINE_MAX = 18;

/** What a number shows with its format (an estimate of Excel's rendering, for widths only). */
export function displayedNumber(value: number, numFmt?: string): string {
  const format = numFmt ?? "General";
  if (format === "General") return String(Number(value.toPrecision(10)));
  const f = parsedFormat(format);
  const shown = f.percent ? value * 100 : value;
  let text = Math.abs(shown).toFixed(f.decimals);
  if (f.trim && text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  if (f.grouped) text = grouped(text);
  return `${shown < 0 ? "-" : ""}${text}${f.percent ? "%" : ""}${f.literal}`;
}

const MINUS = asciiWidth(0x2d);
const COMMA = asciiWidth(0x2c);
const PERCENT_SIGN = asciiWidth(0x25);
const DIGIT = asciiWidth(0x30);
/** Whether every digit is as wide as `0` (textMeasure.ts): a whole number's width then needs only its count of digits. */
const UNIFORM_DIGITS = Array.from({ length: 10 }, (_, d) => asciiWidth(0x30 + d)).every((w) => w === DIGIT);

/**
 * `textWidth(displayedNumber(value, numFmt), font)` without writing the text
 * out: the same characters' widths added in the same order (a large summary
 * has tens of thousands of numbers to measure).
 */
export function displayedNumberWidth(value: number, numFmt: string | undefined, font: FontSpec): number {
  const format = numFmt ?? "General";
  // Bold figures (rare) have their own letters' widths: written out.
  if (format === "General" || font.bold) return textWidth(displayedNumber(value, numFmt), font);
  const f = parsedFormat(format);
  const shown = f.percent ? value * 100 : value;
  const magnitude = Math.abs(shown);
  // A whole number shown without decimals (most of a summary's cells): its digits counted, not written out.
  if (UNIFORM_DIGITS && f.decimals === 0 && Number.isInteger(magnitude) && magnitude < 1e21) return wholeNumberWidth(shown < 0, digitCount(magnitude), f) * fontFactor(font);
  const text = magnitude.toFixed(f.decimals);
  let end = text.length;
  if (f.trim && text.includes(".")) {
    while (end > 0 && text.charCodeAt(end - 1) === 48) end--;
    if (end > 0 && text.charCodeAt(end - 1) === 46) end--;
  }
  let width = shown < 0 ? MINUS : 0;
  // The leading digits, grouped by thousands as `grouped` writes them.
  let digits = 0;
  while (digits < end && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
  const head = f.grouped && digits > 3 ? (digits % 3 === 0 ? 3 : digits % 3) : digits;
  for (let i = 0; i < end; i++) {
    if (i >= head && i < digits && (i - head) % 3 === 0) width += COMMA;
    width += asciiWidth(text.charCodeAt(i));
  }
  if (f.percent) width += PERCENT_SIGN;
  if (f.literal !== "") width = addTextWidth(width, f.literal);
  return width * fontFactor(font);
}

/** Decimal digits of a whole number below 1e21 (`toFixed(0)`'s length). */
function digitCount(magnitude: number): number {
  let digits = 1;
  for (let power = 10; power <= magnitude; power *= 10) digits++;
  return digits;
}

/** `displayedNumberWidth` of a whole number of `digits` digits at 11 pt: the same widths added in the same order. */
function wholeNumberWidth(negative: boolean, digits: number, f: ParsedFormat): number {
  let width = negative ? MINUS : 0;
  const head = f.grouped && digits > 3 ? (digits % 3 === 0 ? 3 : digits % 3) : digits;
  for (let i = 0; i < digits; i++) {
    if (i >= head && (i - head) % 3 === 0) width += COMMA;
    width += DIGIT;
  }
  if (f.percent) width += PERCENT_SIGN;
  if (f.literal !== "") width = addTextWidth(width, f.literal);
  return width;
}

/** The leading digits of `text` grouped by thousands with commas (`1234567.5` → `1,234,567.5`). */
function grouped(text: string): string {
  let n = 0;
  while (n < text.length && text.charCodeAt(n) >= 48 && text.charCodeAt(n) <= 57) n++;
  if (n <= 3) return text;
  const head = n % 3 === 0 ? 3 : n % 3;
  let out = text.slice(0, head);
  for (let i = head; i < n; i += 3) out += `,${text.slice(i, i + 3)}`;
  return out + text.slice(n);
}

interface ParsedFormat {
  readonly percent: boolean;
  readonly decimals: number;
  readonly trim: boolean;
  readonly grouped: boolean;
  readonly literal: string;
}

const FORMATS = new Map<string, ParsedFormat>();

function parsedFormat(format: string): ParsedFormat {
  let f = FORMATS.get(format);
  if (f === undefined) {
    const bare = format.replace(/"[^"]*"/g, "");
    const fraction = /\.([0#]+)/.exec(bare)?.[1] ?? "";
    f = {
      percent: bare.includes("%"),
      decimals: fraction.length,
      trim: fraction.includes("#"),
      grouped: bare.includes(","),
      literal: (format.match(/"[^"]*"/g) ?? []).map((s) => s.slice(1, -1)).join(""),
    };
    FORMATS.set(format, f);
  }
  return f;
}

/** Rows the model covers (a loop: a big sheet has too many cells to spread into `Math.max`). */
export function rowsOf(model: SummarySheetModel): number {
  let rows = model.rowCount;
  const cells = model.cells;
  for (let i = 0; i < cells.length; i++) if (cells[i].row + 1 > rows) rows = cells[i].row + 1;
  return rows;
}

function cellText(cell: SummaryCell): string {
  const value = cell.value;
  if (typeof value === "number") return displayedNumber(value, cell.numFmt);
  if (typeof value === "string") return value;
  return "";
}

/** A cell's key in `mergeAt`'s map (a number: a sheet has at most 16 384 columns). */
function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

function mergeAt(merges: readonly CellRange[]): Map<number, CellRange> {
  const at = new Map<number, CellRange>();
  for (const m of merges) at.set(cellKey(m.top, m.left), m);
  return at;
}

/** Header rows (rows holding `header` cells), in order. */
function headerRows(cells: readonly SummaryCell[]): number[] {
  return [...new Set(cells.filter((c) => c.style === "header").map((c) => c.row))].sort((a, b) => a - b);
}

const AREA_WORDS: ReadonlySet<string> = new Set([AREA_HEADER.vi, AREA_HEADER.en]);

/** Whether a cell is the area table's header over the text column (`Địa bàn`). */
function isAreaHeaderCell(c: SummaryCell): boolean {
  return c.col === TEXT_COLUMN && c.style === "header" && AREA_WORDS.has(String(c.value));
}

/** The area table's header rows: its own and the copies of it. */
function areaHeaderRows(cells: readonly SummaryCell[]): number[] {
  return cells.filter(isAreaHeaderCell).map((c) => c.row);
}

/** The area table's header row. */
function areaHeaderRow(cells: readonly SummaryCell[]): number | undefined {
  return cells.find(isAreaHeaderCell)?.row;
}

/**
 * The header row to repeat on every page. A sheet has one set of print
 * titles, repeated from where they stand down: the header of the findings or
 * the area table, whichever comes last (see `buildSummary` for which); else
 * the header of the longest table.
 */
function titleRow(cells: readonly SummaryCell[], rowCount: number): number | undefined {
  const findings = findingHeaderRow(cells);
  const area = areaHeaderRow(cells);
  if (findings !== undefined || area !== undefined) return Math.max(findings ?? -1, area ?? -1);
  const headers = headerRows(cells);
  let best: number | undefined;
  let bestLength = -1;
  headers.forEach((r, i) => {
    const length = (headers[i + 1] ?? rowCount) - r;
    if (length > bestLength) [best, bestLength] = [r, length];
  });
  return best;
}

/** Labels beside their values wrap to at most this many lines. */
const LABEL_LINES = 2;
/** Headers wrap to at most this many lines when there is room. */
const HEADER_LINES = 4;
/** A short header (of a number column) on at most this many lines when room is short, when this many units hold it so. */
const SHORT_HEADER_LINES = 3;
const SHORT_HEADER_MAX = 10;
/** The text column when room is short (names and messages wrap more), and when the findings' short columns need its room. */
const TEXT_COLUMN_TIGHT = 30;
const TEXT_COLUMN_TIGHTER = 20;

function isStatus(style: SummaryStyle | undefined): boolean {
  return style === "status-ok" || style === "status-warning" || style === "status-error";
}

/** Widths one cell asks of its column, in units: comfortable (short texts on one line) and tight (wrapping at every word). */
function cellNeeds(cell: SummaryCell, text: string, textTight: number): { comfortable: number; tight: number; first?: number } {
  const font = fontOf(cell.style);
  const pad = CELL_PADDING + 0.5;
  const full = textWidth(text, font) + pad;
  if (typeof cell.value === "number") return { comfortable: full, tight: full }; // numbers never wrap
  const isText = cell.col === TEXT_COLUMN;
  // A short label beside its value (the identity block's `Kết quả kiểm tra`) holds on one line, or two when room is
  // short: wrapped at every word in a number column it would stand on three.
  if (cell.style === "label" && !isText) {
    const oneLine = Math.min(full, ONE_LINE_MAX);
    let twoLines = Math.min(oneLine, longestWordWidth(text, font) + pad);
    while (twoLines < oneLine && wrappedLines(text, twoLines, font) > LABEL_LINES) twoLines += 0.5;
    return { comfortable: oneLine, tight: twoLines };
  }
  const tight = isText ? Math.min(full, Math.max(textTight, longestWordWidth(text, font) + pad)) : Math.min(OTHER_MAX, longestWordWidth(text, font) + pad);
  // A status word (`Đúng tiến độ`, `Vượt kế hoạch`) has its room for one line first when room is short: wrapped, it would
  // make every row of its table two lines high.
  if (isStatus(cell.style) && !isText) {
    const oneLine = Math.min(full, ONE_LINE_MAX);
    return { comfortable: oneLine, tight, first: oneLine };
  }
  if (cell.style === "header") {
    // Wide enough for the header to wrap on a few lines, between words.
    const max = isText ? TEXT_COLUMN_MAX : OTHER_MAX;
    let w = Math.min(max, longestWordWidth(text, font) + pad);
    while (w < max && wrappedLines(text, w, font) > HEADER_LINES) w += 0.5;
    if (isText) return { comfortable: w, tight };
    // A short header (`6 tháng đầu năm 2024`, `Cần đạt đến nay`) has its room for a few lines first when room is short:
    // wrapped at every word it would stand on five lines in a narrow column, a word or number cut off in print.
    let few = tight;
    while (few < SHORT_HEADER_MAX && wrappedLines(text, few, font) > SHORT_HEADER_LINES) few += 0.5;
    return { comfortable: w, tight, ...(wrappedLines(text, few, font) <= SHORT_HEADER_LINES ? { first: Math.min(few, w) } : {}) };
  }
  return { comfortable: Math.min(full, isText ? TEXT_COLUMN_MAX : ONE_LINE_MAX), tight };
}

/** The padding `cellNeeds` adds to a text's width. */
const NUMBER_PADDING = CELL_PADDING + 0.5;

/** Column widths in units, both ways: comfortable (short texts on one line) and tight. */
interface ColumnNeeds {
  readonly comfortable: number[];
  readonly tight: number[];
  /** Widths a column has first when room is short (a status word's one line), else 0. */
  readonly first: number[];
}

/**
 * Widths in units, both ways, in one pass: each column as wide as the chosen
 * cells ask (the widths of two sets of cells are the larger of each's).
 */
function columnWidths(
  cells: readonly SummaryCell[],
  columnCount: number,
  merged: ReadonlyMap<number, CellRange>,
  take: (cell: SummaryCell) => boolean,
  textTight = TEXT_COLUMN_TIGHT,
): ColumnNeeds {
  const comfortable: number[] = Array.from({ length: columnCount }, () => MIN_WIDTH);
  const tight = [...comfortable];
  const first: number[] = new Array<number>(columnCount).fill(0);
  // The identity block above the first table asks no width: it is laid on the tables' columns (identityPlacement.ts).
  let firstTable = Infinity;
  for (let i = 0; i < cells.length; i++) if (cells[i].style === "subtitle" && cells[i].row < firstTable) firstTable = cells[i].row;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell.row < firstTable || !take(cell)) continue;
    const m = merged.get(cellKey(cell.row, cell.col));
    if (m !== undefined && m.right > m.left) continue; // spans columns: fitted by its height instead
    if (typeof cell.value === "number") {
      // Numbers never wrap: as wide as their text, both ways (see cellNeeds).
      const full = displayedNumberWidth(cell.value, cell.numFmt, fontOf(cell.style)) + NUMBER_PADDING;
      if (full > (comfortable[cell.col] ?? 0)) comfortable[cell.col] = full;
      if (full > (tight[cell.col] ?? 0)) tight[cell.col] = full;
      continue;
    }
    const text = cellText(cell);
    if (text === "") continue;
    const need = cellNeeds(cell, text, textTight);
    if (need.comfortable > (comfortable[cell.col] ?? 0)) comfortable[cell.col] = need.comfortable;
    if (need.tight > (tight[cell.col] ?? 0)) tight[cell.col] = need.tight;
    if (need.first !== undefined && need.first > (first[cell.col] ?? 0)) first[cell.col] = need.first;
  }
  const round = (w: number) => Math.ceil(w * 2) / 2;
  return { comfortable: comfortable.map(round), tight: tight.map(round), first: first.map(round) };
}

function largerOf(a: ColumnNeeds, b: ColumnNeeds): ColumnNeeds {
  const max = (x: readonly number[], y: readonly number[]) => Array.from({ length: Math.max(x.length, y.length) }, (_, i) => Math.max(x[i] ?? MIN_WIDTH, y[i] ?? MIN_WIDTH));
  return { comfortable: max(a.comfortable, b.comfortable), tight: max(a.tight, b.tight), first: max(a.first, b.first) };
}

function sheetPoints(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + printedColumnPoints(w), 0);
}

/** The largest width the sheet may print at, one page wide, with its text at 8 pt or more. */
function fitPoints(printableWidth: number): number {
  return printableWidth / MIN_SCALE;
}

/**
 * Comfortable widths when they fit one page wide; else tight widths with the
 * room left shared out — first up to the `first` widths, then evenly — when
 * those fit; else comfortable widths over pages across.
 */
function chooseWidths(both: ColumnNeeds, printableWidth: number, first?: readonly number[]): { widths: number[]; fits: boolean } {
  const comfortable = both.comfortable;
  const limit = fitPoints(printableWidth);
  if (sheetPoints(comfortable) <= limit) return { widths: comfortable, fits: true };
  let tight = both.tight.map((w, i) => Math.min(w, comfortable[i]));
  if (sheetPoints(tight) > limit) return { widths: comfortable, fits: false };
  const wanted = both.first.map((w, i) => Math.max(w, first?.[i] ?? 0));
  if (wanted.some((w, i) => w > tight[i])) tight = sharedOut(tight, tight.map((w, i) => Math.max(w, Math.min(wanted[i] || w, comfortable[i]))), limit);
  return { widths: sharedOut(tight, comfortable, limit), fits: true };
}

/** `from` widened towards `to`, each column by the same share of what it wants, within `limit` points. */
function sharedOut(from: readonly number[], to: readonly number[], limit: number): number[] {
  const spare = limit - sheetPoints(from);
  const wanted = to.map((w, i) => w - from[i]);
  const total = wanted.reduce((sum, w) => sum + w, 0);
  if (total <= 0) return [...from];
  const share = Math.min(1, spare / 7 / total);
  return from.map((w, i) => Math.floor((w + wanted[i] * share) * 2) / 2);
}

/** Width of a cell's box in units: its column, or the columns its merge spans (LibreOffice lays a merged cell's text over their widths added, as printed). */
function boxWidth(cell: SummaryCell, widths: readonly number[], merged: ReadonlyMap<number, CellRange>): number {
  const m = merged.get(cellKey(cell.row, cell.col));
  if (m === undefined) return widths[cell.col] ?? MIN_WIDTH;
  let sum = 0;
  for (let c = m.left; c <= m.right; c++) sum += widths[c] ?? MIN_WIDTH;
  return sum;
}

/** The model laid out across: its findings table spread to the printed width, the columns' widths, and whether it fits one page wide. */
interface Across {
  readonly model: SummarySheetModel;
  readonly widths: number[];
  readonly fits: boolean;
  /** Columns printed on the first page when the sheet spans pages across. */
  readonly shared: number;
}

/**
 * Widths, with the findings table spread over the columns the first printed
 * page shows: every column when the sheet fits one page wide, else the columns
 * the tables other than the area table use. The other tables' widths are
 * measured once, the findings' for each try (at most two: when the findings'
 * own widths would make a sheet that fits one page wide too wide, they make
 * do with the widths the other tables leave).
 */
function layOutAcross(model: SummarySheetModel, printableWidth: number, findings: FindingRows | undefined): Across {
  const lastCol = model.columnCount - 1;
  const others = (c: SummaryCell) => findings === undefined || !inFindingTable(c, findings);
  const wide = new Set([...areaHeaderRows(model.cells), ...(findings === undefined ? [] : [findings.header])]);
  // The other tables' needs as written, measured once: `layOutAcrossAsWritten` of the model as it is asks for the same.
  const asWritten = lastCol > LAST_BASE_COLUMN ? columnWidths(model.cells, model.columnCount, mergeAt(model.merges), others) : undefined;
  if (asWritten !== undefined && chooseWidths(asWritten, printableWidth).fits) {
    // One page wide (the findings spread their own way): the line and progress tables too are spread over the page's width, when it still fits so.
    const spread = spreadNarrowTables(model, lastCol, wide);
    if (spread !== model) {
      const across = layOutAcrossAsWritten(spread, printableWidth, findings);
      if (across.fits) return across;
    }
  }
  const across = layOutAcrossAsWritten(model, printableWidth, findings, asWritten);
  if (across.fits || across.shared - 1 <= LAST_BASE_COLUMN) return across;
  // Over pages across: the narrow tables as wide as the first page's columns (the widest of them sets those), while the
  // sheet still spans pages so (spread, it may fit one page wide at another scale: the tables would not fill it).
  const spread = spreadNarrowTables(model, across.shared - 1, wide);
  if (spread === model) return across;
  const spreadAcross = layOutAcrossAsWritten(spread, printableWidth, findings);
  return !spreadAcross.fits && spreadAcross.shared === across.shared ? spreadAcross : across;
}

/**
 * `layOutAcross` with the tables other than the findings in the columns they
 * are written in; `measured`, when given, the needs of the cells outside the
 * findings table (all of them when there is none) as `columnWidths` gives them.
 */
function layOutAcrossAsWritten(model: SummarySheetModel, printableWidth: number, findings: FindingRows | undefined, measured?: ColumnNeeds): Across {
  const merged = mergeAt(model.merges);
  // The area table's header, and its copies at the top of the pages it runs onto (a layout before this one put them there).
  const areaHeaders = areaHeaderRows(model.cells);
  const shared = Math.max(sharedColumnCount(model.cells, new Set([...areaHeaders, findings?.header])), FINDING_COLUMNS);
  const all = () => true;
  if (findings === undefined) return { model, ...acrossPages(measured ?? columnWidths(model.cells, model.columnCount, merged, all), shared, printableWidth), shared };
  const others = measured ?? columnWidths(model.cells, model.columnCount, merged, (c) => !inFindingTable(c, findings));
  const place = (lastCol: number, clip: boolean) => {
    const spread = spreadFindingTable(model, findings, lastCol);
    const spreadMerged = mergeAt(spread.merges);
    const measured = columnWidths(spread.cells, spread.columnCount, spreadMerged, (c) => inFindingTable(c, findings));
    // Clipped, the findings ask no column to be wider than the other tables need it when room is short: their words wrap more.
    const own = clip ? { ...measured, tight: measured.tight.map((w, i) => Math.min(w, others.tight[i] ?? w)) } : measured;
    // When room is short, the short columns have theirs first (their words on two or three lines): the message has width to give.
    const shortFrom = Math.max(lastCol, FINDING_COLUMNS - 1) - (FINDING_COLUMNS - 3);
    const first = measured.comfortable.map((w, i) => (i >= shortFrom ? Math.min(w, SHORT_COLUMN_TIGHT) : 0));
    return { model: spread, own, needs: largerOf(others, own), first };
  };
  const alone = chooseWidths(others, printableWidth);
  if (alone.fits && model.columnCount > shared) {
    // Across the whole sheet, as it fits one page wide (the findings never making it too wide to).
    const wide = place(model.columnCount - 1, false);
    const chosen = chooseWidths(wide.needs, printableWidth, wide.first);
    if (chosen.fits) return { model: wide.model, ...chosen, shared };
    // Names wrapping more in the text column leave the short columns room; failing that, they make do.
    const narrowNames = columnWidths(model.cells, model.columnCount, merged, (c) => !inFindingTable(c, findings), TEXT_COLUMN_TIGHTER);
    const named = chooseWidths(largerOf(narrowNames, wide.own), printableWidth, wide.first);
    if (named.fits) return { model: wide.model, ...named, shared };
    const clipped = place(model.columnCount - 1, true);
    return { model: clipped.model, ...chooseWidths(clipped.needs, printableWidth, clipped.first), shared };
  }
  // Across the first page's columns.
  const narrow = place(shared - 1, false);
  return { model: narrow.model, ...acrossPages(narrow.needs, shared, printableWidth, narrow.first), shared };
}

/**
 * Widths of a sheet that may span pages across: one page wide when it fits;
 * else the first `shared` columns (which every table but the area table uses)
 * fitted to the first page as a sheet of their own, the others comfortable.
 */
function acrossPages(needs: ColumnNeeds, shared: number, printableWidth: number, first?: readonly number[]): { widths: number[]; fits: boolean } {
  const whole = chooseWidths(needs, printableWidth, first);
  if (whole.fits) return whole;
  const head = chooseWidths({ comfortable: needs.comfortable.slice(0, shared), tight: needs.tight.slice(0, shared), first: needs.first.slice(0, shared) }, printableWidth, first?.slice(0, shared));
  return { widths: [...head.widths, ...needs.comfortable.slice(shared)], fits: false };
}

/** Columns of the findings table as written (number, message and six short columns). */
const FINDING_COLUMNS = 8;
/** The findings' short columns (rule, sheet, area…) when room is short: their words on two or three lines. */
const SHORT_COLUMN_TIGHT = 12;

/** `widths` with the text column widened so the sheet (or its first page's columns) fills the printable width. */
function filled(widths: readonly number[], columns: number, printableWidth: number): number[] {
  const spare = printableWidth - sheetPoints(widths.slice(0, columns));
  if (spare < 7 || widths.length <= TEXT_COLUMN) return [...widths];
  const out = [...widths];
  out[TEXT_COLUMN] += Math.floor((spare / 7) * 2) / 2;
  return out;
}

/**
 * The model with its print layout on A4 (landscape unless told): the repeated
 * table last, widths, wrap flags, row heights, page setup and breaks.
 */
export function withPrintLayout(input: SummarySheetModel, orientation: PageOrientation = "landscape"): SummarySheetModel {
  const page = printableArea(orientation);
  let model = input;
  let title = titleRow(model.cells, rowsOf(model));
  if (title !== undefined) {
    const reordered = moveSectionLast(model, title);
    if (reordered !== null) {
      model = reordered.model;
      title = reordered.moved(title);
    }
  }
  // The findings table's rows, found once: spreading tables across moves their columns, never their rows.
  const findings = findingTableRows(model.cells);
  const across = layOutAcross(model, page.width, findings);
  model = across.model;
  const fits = across.fits;
  // Narrower than the page at 100 %: the text column takes the room left (a sheet is never printed larger).
  const filledWidths = fits ? filled(across.widths, across.widths.length, page.width) : filled(across.widths, across.shared, page.width);
  // One page wide, the area table's headers (each line's whole name) on as few lines as its columns' widths shared out allow.
  const widths = fits ? balancedAreaHeaders(model, filledWidths) : filledWidths;
  // One page wide, the title and the identity block span the page's width (the area table's columns too), not only the first tables'.
  if (fits) model = { ...model, merges: headBlockAcross(model, widths.length - 1) };
  // The identity block's pairs on the columns the area table left them: each label and short value on one line.
  model = placeIdentityPairs(model, widths);
  const merged = mergeAt(model.merges);
  const rowCount = rowsOf(model);
  const heights: number[] = new Array<number>(rowCount).fill(DEFAULT_ROW_HEIGHT);
  const cells = model.cells.map((cell) => {
    const font = fontOf(cell.style);
    const single = lineHeight(font.size);
    // A number never wraps: its text is not needed here.
    const text = typeof cell.value === "number" ? "" : cellText(cell);
    if (text === "" || typeof cell.value === "number") {
      heights[cell.row] = Math.max(heights[cell.row], single);
      return cell;
    }
    const width = boxWidth(cell, widths, merged);
    const lines = wrappedLines(text, width, font);
    // As tall as its lines (15 pt each at 11 pt, as Excel fits a row to wrapped text): no part of a line left empty below.
    heights[cell.row] = Math.max(heights[cell.row], lines * single);
    // Kept as given (a plan line's name over its table's merged name columns too: no line break put into it for a filter
    // or a copy to show), set to wrap, its row as tall as the lines it wraps on.
    if (lines <= 1) return cell;
    const wrapped = copyCell(cell);
    wrapped.wrap = true;
    return wrapped;
  });

  let print: SummaryPrint = {
    paper: "A4",
    orientation,
    fitToWidth: fits,
    ...(model.print.footer !== undefined ? { footer: model.print.footer } : {}),
    margins: MARGINS,
    ...(title !== undefined ? { titleRows: { first: title, last: title } satisfies SummarySpan } : {}),
  };
  if (!fits) {
    // Spanning pages across: the columns every table but the area table uses stay on the first page at the largest
    // scale that keeps them there, and the first two (number and name) repeat on the pages to the right.
    const sharedPoints = sheetPoints(widths.slice(0, across.shared));
    // In whole percent, as a page's scale is set: down to 72 % (7.9 pt) for columns fitted at 72.7 %.
    const scale = Math.max(Math.floor(MIN_SCALE * 100), Math.min(100, Math.floor((100 * page.width) / sharedPoints)));
    print = { ...print, scale, titleColumns: { first: 0, last: TEXT_COLUMN } };
  }
  const starts = [...new Set(cells.filter((c) => c.style === "subtitle").map((c) => c.row))].sort((a, b) => a - b);
  const chart = model.chart;
  // The chart's data rows take no copy of their header (the chart would draw it as a line of its own), and are kept on
  // one page with their subtitle and header when they fit on one.
  const chartData = chart === undefined ? undefined : { first: sectionStart(cells, chart.firstRow - 1), last: chart.lastRow };
  const tables = headedTables(cells, starts, rowCount, title, chart?.anchor.row, chartData);
  // The rows planned onto pages at the larger of Excel's and LibreOffice's scales: each page then holds its rows in both.
  const scale = fits ? fittedRowScale(widths, page.width) : (print.scale ?? 100) / 100;
  const plan = (chartRows: number) => planPages({
    heights,
    starts,
    ...(chart !== undefined && chartData !== undefined ? { blocks: [chartData, { first: chart.anchor.row, last: chart.anchor.row + chartRows - 1 }] } : {}),
    pageHeight: page.height,
    scale,
    titleRow: title,
    headers: headerRows(cells),
    // Spanning pages across, the findings and the area table each start a row of pages of their own: the pages to
    // the right of the findings' are then blank (not printed) instead of repeating their first columns beside the area table's.
    ...(!fits ? { always: [findings, areaHeaderRow(cells)].flatMap((t) => (t === undefined ? [] : [sectionStart(cells, typeof t === "number" ? t : t.header)])) } : {}),
    repeatable: tables.repeatable,
    copies: tables.copies,
  });
  let planned = plan(chart?.anchor.rows ?? 0);
  if (chart !== undefined) {
    // A chart moved to a page of its own is drawn lower to stay under its table when the room left there takes enough of it.
    const rows = chartRowsLeft(heights, planned.breaks, chart.anchor.row, page.height / scale, title);
    // Only as low as keeps it no flatter than 2:1 at a width its bars and their labels read at (chartSize.ts).
    if (rows < chart.anchor.rows && rows >= Math.max(MIN_CHART_ROWS, chartRowsUnderTable(chart.categories.length))) {
      model = { ...model, chart: { ...chart, anchor: { ...chart.anchor, rows } } };
      planned = plan(rows);
      planned = { ...planned, breaks: withBreakAtNextTable(heights, planned.breaks, chart.anchor.row + rows, starts, page.height / scale, title) };
    }
  }
  if (model.chart !== undefined && planned.breaks.includes(model.chart.anchor.row)) {
    // A chart on a page of its own (its table filled the page before it) is drawn as large as that page allows, no
    // flatter than 2:1: its blank rows taller and over as many columns as the page holds across, not at its usual
    // size in the page's top corner.
    const grown = grownChart(model.chart.anchor, cells, widths, heights, page, scale, print, title);
    if (grown !== null) {
      const before = heights.slice(grown.anchor.row, grown.anchor.row + grown.anchor.rows);
      heights.fill(grown.rowHeight, grown.anchor.row, grown.anchor.row + grown.anchor.rows);
      const replanned = plan(grown.anchor.rows);
      if (replanned.breaks.includes(grown.anchor.row)) {
        planned = replanned;
        model = { ...model, chart: { ...model.chart, anchor: grown.anchor } };
      } else heights.splice(grown.anchor.row, before.length, ...before);
    }
  }
  if (model.chart !== undefined) {
    const anchor = model.chart.anchor;
    const cols = chartColumns(widths, heights, anchor, chartReadableWidth(model.chart.categories.length));
    if (cols !== anchor.cols) model = { ...model, chart: { ...model.chart, anchor: { ...anchor, cols } } };
  }
  const laidOut = insertHeaderCopies({ ...model, cells, columnWidths: widths, rowHeights: heights, print }, planned.copies, planned.breaks);
  const breaks = laidOut.breaks;
  // Each table boxed whole, its header copies too (tableBoxes.ts).
  return withTableBoxes({ ...laidOut.model, print: { ...laidOut.model.print, ...(breaks.length > 0 ? { rowBreaks: breaks } : {}) } });
}

/**
 * `widths` with the area table's line columns shared out among them so their
 * headers (code and whole name) wrap on the fewest lines (headerBalance.ts),
 * each column no narrower than the other tables' cells need it (their tight
 * widths: a status on one line, a number whole).
 */
function balancedAreaHeaders(model: SummarySheetModel, widths: number[]): number[] {
  const headerRowSet = new Set(areaHeaderRows(model.cells));
  const first = areaHeaderRow(model.cells);
  if (first === undefined) return widths;
  const headers = model.cells.filter((c) => c.row === first && c.col > TEXT_COLUMN && c.style === "header" && typeof c.value === "string").map((c) => ({ col: c.col, text: String(c.value) }));
  const needs = columnWidths(model.cells, model.columnCount, mergeAt(model.merges), (c) => !headerRowSet.has(c.row));
  const mins = needs.tight.map((w, i) => Math.max(w, needs.first[i] ?? 0));
  return balanceHeaderWidths(widths, headers, mins, fontOf("header"));
}

/**
 * The columns a chart is drawn over: the most of `anchor`'s no wider, as
 * printed, than CHART_MAX_ASPECT times its rows' height, and never fewer than
 * its bars read at (`readable` points).
 */
function chartColumns(widths: readonly number[], heights: readonly number[], anchor: { row: number; col: number; rows: number; cols: number }, readable: number): number {
  let height = 0;
  for (let r = anchor.row; r < anchor.row + anchor.rows; r++) height += heights[r] ?? DEFAULT_ROW_HEIGHT;
  let cols = anchor.cols;
  const width = (n: number) => sheetPoints(widths.slice(anchor.col, anchor.col + n));
  while (cols > 2 && width(cols) > CHART_MAX_ASPECT * height && width(cols - 1) >= readable) cols--;
  return cols;
}

/**
 * A chart that starts a page, grown to fill it: over the columns the page
 * holds across (as LibreOffice prints them, the wider), its rows as tall as
 * keeps it no flatter than CHART_MAX_ASPECT at that width, within the share
 * of the page a block may fill (below the repeated title row, at the scale
 * rows are planned at). Null when it would not grow, or its rows hold cells.
 */
function grownChart(
  anchor: { row: number; col: number; rows: number; cols: number },
  cells: readonly SummaryCell[],
  widths: readonly number[],
  heights: readonly number[],
  page: { readonly width: number; readonly height: number },
  rowScale: number,
  print: SummaryPrint,
  title: number | undefined,
): { anchor: { row: number; col: number; rows: number; cols: number }; rowHeight: number } | null {
  if (cells.some((c) => c.row >= anchor.row && c.row < anchor.row + anchor.rows)) return null;
  const libreScale = print.fitToWidth ? Math.min(1, page.width / sheetPoints(widths)) : (print.scale ?? 100) / 100;
  let cols = 0;
  let across = 0;
  while (anchor.col + cols < widths.length && (across + printedColumnPoints(widths[anchor.col + cols])) * libreScale <= page.width + 1e-6) {
    across += printedColumnPoints(widths[anchor.col + cols]);
    cols++;
  }
  const titleHeight = title !== undefined && title < anchor.row ? (heights[title] ?? 0) : 0;
  const room = (page.height / rowScale) * BLOCK_FILL - titleHeight;
  const height = Math.min(room, across / CHART_MAX_ASPECT);
  const rowHeight = Math.floor((height / anchor.rows) * 4) / 4;
  if (rowHeight <= DEFAULT_ROW_HEIGHT || cols < anchor.cols) return null;
  return { anchor: { ...anchor, cols }, rowHeight };
}

/** The fewest rows a chart is drawn on to keep it under its table (two thirds of its usual 16). */
const MIN_CHART_ROWS = 11;

/**
 * Rows of the default height left, within the share of the page a page break
 * block may fill (`BLOCK_FILL`), on the page before a chart that `breaks` moves to the
 * next page; Infinity when the chart is not moved.
 */
function chartRowsLeft(heights: readonly number[], breaks: readonly number[], anchor: number, page: number, title: number | undefined): number {
  if (!breaks.includes(anchor)) return Infinity;
  const from = breaks.filter((b) => b < anchor).reduce((a, b) => Math.max(a, b), 0);
  let y = title !== undefined && title < from ? heights[title] ?? 0 : 0;
  for (let r = from; r < anchor; r++) y += heights[r] ?? 0;
  return Math.floor((page * BLOCK_FILL - y) / DEFAULT_ROW_HEIGHT);
}

/**
 * `breaks` with one before the first table after a chart drawn lower
 * (`chartEnd`, its first row past the chart) when the rows left between them
 * would run past the page's foot: the page after then starts with the table,
 * not with the rows the chart no longer covers.
 */
function withBreakAtNextTable(heights: readonly number[], breaks: readonly number[], chartEnd: number, starts: readonly number[], page: number, title: number | undefined): number[] {
  const next = starts.find((s) => s >= chartEnd);
  if (next === undefined || breaks.includes(next)) return [...breaks];
  const from = breaks.filter((b) => b < chartEnd).reduce((a, b) => Math.max(a, b), 0);
  let y = title !== undefined && title < from ? heights[title] ?? 0 : 0;
  for (let r = from; r < next; r++) y += heights[r] ?? 0;
  return y > page * BLOCK_FILL ? [...breaks, next].sort((a, b) => a - b) : [...breaks];
}

/**
 * The merges of the rows above the first table (the title, the marker and the
 * identity block) that end at the first tables' last column, taken on to
 * `lastColumn`: the sheet's last column when it prints one page wide.
 */
function headBlockAcross(model: SummarySheetModel, lastColumn: number): CellRange[] {
  let firstTable = Infinity;
  const cells = model.cells;
  for (let i = 0; i < cells.length; i++) if (cells[i].style === "subtitle" && cells[i].row < firstTable) firstTable = cells[i].row;
  if (lastColumn <= LAST_BASE_COLUMN) return [...model.merges];
  return model.merges.map((m) => (m.bottom < firstTable && m.right === LAST_BASE_COLUMN ? { ...m, right: lastColumn } : m));
}

/**
 * The tables whose header is copied at the top of each page they run onto —
 * each table with a header but the one the print titles repeat — with the
 * copies a former layout put in them (header rows after the table's own).
 */
function headedTables(
  cells: readonly SummaryCell[],
  starts: readonly number[],
  rowCount: number,
  title: number | undefined,
  chartRow: number | undefined,
  chartData?: HeaderSpan,
): { repeatable: Array<{ header: HeaderSpan; end: number }>; copies: number[] } {
  const headerRowSet = new Set(headerRows(cells));
  const repeatable: Array<{ header: HeaderSpan; end: number }> = [];
  const copies: number[] = [];
  starts.forEach((start, i) => {
    let end = starts[i + 1] ?? rowCount;
    if (chartRow !== undefined && chartRow > start && chartRow < end) end = chartRow;
    let first = start + 1;
    while (first < end && !headerRowSet.has(first)) first++;
    if (first >= end) return;
    let last = first;
    while (last + 1 < end && headerRowSet.has(last + 1)) last++;
    if (title !== undefined && title >= first && title <= last) return;
    if (chartData !== undefined && chartData.last >= first && chartData.first < end) return;
    repeatable.push({ header: { first, last }, end });
    for (let r = last + 1; r < end; r++) if (headerRowSet.has(r)) copies.push(r);
  });
  return { repeatable, copies };
}

/** Rows a table's subtitle may stand above its header (the progress table's: its date and elapsed time between). */
const SUBTITLE_ABOVE_HEADER = 3;

/** A table's first row: its subtitle, right above its header (or above the lines between them). */
function sectionStart(cells: readonly SummaryCell[], header: number): number {
  let start = header;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.style === "subtitle" && c.row < header && c.row >= header - SUBTITLE_ABOVE_HEADER && c.row < start) start = c.row;
  }
  return start;
}

/** Points a laid-out table takes on paper: its subtitle, header and rows (up to `last`) at the print scale (fitted to the width, the larger of Excel's and LibreOffice's). */
function printedHeight(model: SummarySheetModel, header: number, last: number): number {
  if (model.rowHeights === undefined) return 0;
  const page = printableArea(model.print.orientation);
  const scale = model.print.fitToWidth ? fittedRowScale(model.columnWidths, page.width) : (model.print.scale ?? 100) / 100;
  let height = 0;
  for (let r = sectionStart(model.cells, header); r <= last; r++) height += model.rowHeights[r] ?? 0;
  return height * scale;
}

/**
 * Whether a laid-out summary's findings table runs over one printed page
 * (subtitle, header and rows at the print scale, within the page's height).
 */
export function findingsRunOver(model: SummarySheetModel, rows: FindingRows | undefined = findingTableRows(model.cells)): boolean {
  return rows !== undefined && printedHeight(model, rows.header, rows.last) > printableArea(model.print.orientation).height;
}

/** Whether a laid-out summary's area table takes more paper than its findings table (each with its copies of its header, if any). */
export function areasOutgrowFindings(model: SummarySheetModel, findings: FindingRows | undefined = findingTableRows(model.cells)): boolean {
  const area = areaHeaderRow(model.cells);
  if (findings === undefined || area === undefined) return area !== undefined;
  let next = model.rowCount;
  const cells = model.cells;
  for (let i = 0; i < cells.length; i++) if (cells[i].style === "subtitle" && cells[i].row > area && cells[i].row < next) next = cells[i].row;
  return printedHeight(model, area, next - 1) > printedHeight(model, findings.header, findings.last);
}

/** Columns used by the tables whose header rows are not among `wide` (the wide area table, the findings spread over the page). */
function sharedColumnCount(cells: readonly SummaryCell[], wide: ReadonlySet<number | undefined>): number {
  const rows = new Set(headerRows(cells).filter((r) => !wide.has(r)));
  let last = TEXT_COLUMN;
  // One pass over the cells (a large summary has tens of thousands).
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.col > last && rows.has(c.row)) last = c.col;
  }
  return last + 1;
}
