/**
 * The rectangle of a table on a sheet: the first data row, the header block
 * above it (1–3 rows with merged cells, a code row and a units row above or
 * below it), the title block above that, the columns the table spans, and
 * the last body row (before notes and signatures).
 */
import { InputError } from "../model/errors";
import { localized } from "../model/text";
import { CountCells, isBlank, isCodeLike, isFigureMark, isLabelText, isNilMark, isNumberingText, isNumeric, isShown, isUnitText } from "./cells";
import { isCellError, type CellValue } from "../model/workbook";
import { cellText, shownValue, type Grid } from "./grid";
import { isAreaCountLabel, isNoteText, isSignatureText, isTrailerText } from "./trailer";
import { isCumulativeLabel, lineStage } from "./lineStage";
import { isLineTotal } from "./lines";
import { headedFirstTotal, NamesAbove, nextTableAfter, nextTableAt, repeatedAreasAt, repeatedBlockAt, type NextTable } from "./nextTable";
import { isPeriodLabel, stripNumbering } from "./labels";
import { wordKey } from "../text/fold";
import { yearOfCell } from "../text/years";
import { isNoteHeader } from "./noteLines";
import { sideTableSplit } from "./sideTable";
import { bodyTexts, headerCopyOf, repeatedHeaderAt } from "./repeatedHeader";
import { sheetInText } from "../model/address";
import { findUnitsUnderHeader, isNoteWithUnitRow, noFiguresBetween } from "./unitsUnderHeader";
import { bodyStartFrom } from "./leadingNotes";

/** Rows searched for the start of the data. */
export const HEADER_SCAN_ROWS = 60;
/** Header rows at most (CONTRACT §2 says 1–3; one more is tolerated). */
const MAX_HEADER_ROWS = 4;
/** Rows under the header whose filled cells give the table's column span. */
const SPAN_ROWS = 30;
/** Rows over the header searched for a side table's title when its header shows none. */
const TITLE_ROWS = 3;
/** Consecutive blank rows that end the body. */
const BLANK_ROWS_END = 3;

export interface TableBlock {
  /** Header rows, top to bottom (0-based sheet rows). */
  readonly headerRows: readonly number[];
  readonly codeRow: number | null;
  /**
   * The header's units row: over or under it, or under it past rows without figures (a title, `Huyện Ba Vì` over
   * its communes' figures), then inside the body's span (`bodyStart` … `bodyEnd`) and no body row.
   */
  readonly unitsRow: number | null;
  /** First row of the data (the first with a label and a number). */
  readonly firstDataRow: number;
  /** Body rows: after the header block, before the end of the table (blank rows included). */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** Column span of the table, inclusive. */
  readonly left: number;
  readonly right: number;
  /** A second table below this one on the sheet (after a blank gap, with its own title and header): not read. */
  readonly next?: NextTable;
  /** A second table beside this one (past a blank column, with its own header and names): not read. */
  readonly side?: NextTable;
  /** Body rows that repeat the header (a page's header copied over the rows after it): no area, left out; with the header's first text. */
  readonly repeatedHeaders?: readonly { readonly row: number; readonly text: string }[];
  /**
   * Heading rows over rows naming again the areas read above (`B. VỐN ĐẦU TƯ` over the same communes, no blank
   * row between, no total of its own): read on, into the table — their figures add to the lines — and said.
   */
  readonly repeatedBlocks?: readonly { readonly row: number; readonly col: number; readonly text: string }[];
  /** The note row that ends the table under its last row (`Ghi chú: …`, its figures or none): not read, said; with its first text. */
  readonly note?: { readonly row: number; readonly text: string };
}

function rowStats(grid: Grid, row: number): { numbers: number; labels: number; codes: number; filled: number; errors: number } {
  let numbers = 0;
  let labels = 0;
  let codes = 0;
  let filled = 0;
  let errors = 0;
  const counts = new CountCells();
  for (let col = 0; col < grid.colCount; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    filled++;
    if (isNumeric(value)) numbers++;
    if (isCellError(value)) errors++;
    if (isLabelText(value)) {
      labels++;
      counts.add(value as string);
    } else if (isCodeLike(value)) codes++;
  }
  // Counts typed with their unit (`2 tổ` across a row of figures): numbers stored as text, not names.
  if (counts.areCounts()) {
    numbers += counts.cells;
    labels -= counts.cells;
  }
  return { numbers, labels, codes, filled, errors };
}

/** `Mã`, `Mã số`, `Mã chỉ tiêu`, `Code` leading a row of codes. */
const CODE_ROW_LABEL = /^(mã|mã số|mã chỉ tiêu|ma|ma so|ma chi tieu|code|ký hiệu)\s*:?$/i;

/** A row of codes: `1 2 3 KP.1`, `A B 1 2`, `(1) (2) (3)`, `Mã | KP | KP.1` — short codes only, at least two. */
/** Lines compared to tell a nameless total row from a row of codes. */
const TOTAL_SAMPLE = 8;

/**
 * Whether `row`, between the header and the first data row, with no name and
 * nothing in its first column (no STT), holds the totals of the rows below it: its number in each column the sum of
 * that column's numbers down to the first blank row, or half of it (districts
 * and their communes both listed), by one factor on most columns and two at
 * least (a stale figure may be off) — a grand total left unnamed, not a row
 * of column codes.
 */
function totalsRowsBelow(grid: Grid, row: number, firstDataRow: number, left: number, right: number): boolean {
  // A row numbered in the first column is an area whose name is missing, never the total.
  if (!isBlank(grid.value(row, left))) return false;
  const cols: number[] = [];
  for (let col = left; col <= right && cols.length < TOTAL_SAMPLE; col++) if (typeof grid.value(row, col) === "number") cols.push(col);
  if (cols.length < 2) return false;
  const sums = cols.map(() => 0);
  for (let r = firstDataRow; r < grid.rowCount && !rowIsBlank(grid, r, left, right); r++) {
    cols.forEach((col, j) => {
      const value = grid.value(r, col);
      if (typeof value === "number") sums[j] += value;
    });
  }
  // By the factor most columns agree on; a stale total may be off on a column or two.
  const agree = (factor: number) => cols.filter((col, j) => closeTo((grid.value(row, col) as number) / factor, sums[j])).length;
  const best = Math.max(agree(1), agree(0.5));
  return best >= 2 && best > cols.length - best;
}

/**
 * Whether `row` holds, under each figure of `above`, no word — and under one of them at least a mark that no header
 * writes (`X`, `x`, `?`, `-`), or a blank with words on both sides of it (`b | Nậm Lúc | | Xã ATK`: a name, its
 * figure left blank, a note): a row of the data with a figure typed as a mark or left blank, not a header naming
 * the columns — a header names every column between its first word and its last.
 */
function figuresUnnamed(grid: Grid, above: number, row: number): boolean {
  let marks = 0;
  const blanks: number[] = [];
  for (let col = 0; col < grid.colCount; col++) {
    if (typeof grid.value(above, col) !== "number") continue;
    const value = shownValue(grid, row, col);
    if (isBlank(value)) {
      blanks.push(col);
      continue;
    }
    if (!isFigureMark(value) && !isNilMark(value)) return false;
    marks++;
  }
  if (marks > 0) return true;
  const shown = (col: number) => isShown(grid, row, col);
  const inside = (col: number) => {
    let before = false;
    for (let c = col - 1; c >= 0 && !before; c--) before = shown(c);
    if (!before) return false;
    for (let c = col + 1; c < grid.colCount; c++) if (shown(c)) return true;
    return false;
  };
  return blanks.some(inside);
}

function closeTo(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** How far a column number may run past its column's place in the table (columns left of the table numbered too). */
const CODE_SLACK = 2;

export function isCodeRow(grid: Grid, row: number, left = 0, right = grid.colCount - 1): boolean {
  let codes = 0;
  let named = false;
  // Column codes are distinct: a row repeating a number (`2 | | 1 | 1 | 20`) is figures.
  const numbers: number[] = [];
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (typeof value === "number") {
      // Column numbers rise from left to right and none is past its column's place (`20 | 30` over the 3rd and
      // 4th columns, `15 | 11`: figures).
      if (numbers.length > 0 && value <= numbers[numbers.length - 1]) return false;
      if (value > col - left + 1 + CODE_SLACK) return false;
      numbers.push(value);
    }
    if (isNumberingText(value)) {
      codes++;
      continue;
    }
    if (!named && codes === 0 && typeof value === "string" && CODE_ROW_LABEL.test(value.normalize("NFC").trim())) {
      named = true;
      continue;
    }
    // `KH | TH` (kế hoạch, thực hiện) under a line's header are sub-headers, not codes.
    if (!isCodeLike(value) || isLabelText(value) || (typeof value === "string" && lineStage(["", value]) !== null)) return false;
    codes++;
  }
  return codes >= 2;
}

/**
 * The row holds two texts or more and no figure, each text under a caption
 * of the header rows merged across two columns or more.
 */
function underMergedCaption(grid: Grid, row: number, headerRows: readonly number[], left: number, right: number): boolean {
  let texts = 0;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (typeof value !== "string" || isNumeric(value)) return false;
    const covered = headerRows.some((h) => {
      const merge = grid.mergeAt(h, col);
      return merge !== undefined && merge.right > merge.left && merge.bottom < row;
    });
    if (!covered) return false;
    texts++;
  }
  return texts >= 2;
}

/**
 * True when a row's first cell is a number the first data row's same cell
 * goes on from (`1` over `2`): an area's STT, so the row is the first area's,
 * with its name left blank, and no column-code row (`1 | 2 | 3` over an area
 * numbered 1).
 */
function numberingGoesOn(grid: Grid, row: number, dataRow: number, left: number, right: number): boolean {
  let col = left;
  while (col <= right && isBlank(grid.value(row, col))) col++;
  if (col > right) return false;
  const own = grid.value(row, col);
  const next = grid.value(dataRow, col);
  const number = (value: unknown): number | null =>
    typeof value === "number" ? value : typeof value === "string" && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : null;
  const a = number(own);
  const b = number(next);
  return a !== null && b !== null && b === a + 1;
}

/** A row of units under or over the header: `tổ | người | triệu đồng | %`, or led by `ĐVT`. */
export function isUnitsRow(grid: Grid, row: number, left: number, right: number): boolean {
  let units = 0;
  let strong = 0;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    const text = typeof value === "string" ? value : "";
    if (/^(đvt|dvt|đơn vị tính|don vi tinh|đơn vị|unit)$/i.test(text.normalize("NFC").trim())) {
      strong++;
      continue;
    }
    if (!isUnitText(value)) return false;
    units++;
  }
  return units >= 2 || (units >= 1 && strong >= 1);
}

function rowIsBlank(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (!isBlank(grid.value(row, col))) return false;
  return true;
}

/** Share of the table's columns that show something in `row` (merged areas count everywhere they span). */
function coverage(grid: Grid, row: number, left: number, right: number): number {
  let shown = 0;
  for (let col = left; col <= right; col++) if (isShown(grid, row, col)) shown++;
  return shown / (right - left + 1);
}

function distinctShown(grid: Grid, row: number, left: number, right: number): number {
  const seen = new Set<string>();
  for (let col = left; col <= right; col++) {
    const merge = grid.mergeAt(row, col);
    if (isShown(grid, row, col)) seen.add(merge ? `${merge.top}:${merge.left}` : `${row}:${col}`);
  }
  return seen.size;
}

/**
 * Whether `row` is the upper part of a header whose current top row is `top`:
 * a merge from `row` reaches into `top`, or `top` leaves blank a column that
 * `row` names (a group header over sub-headers), or `row` holds two captions
 * at least, each merged across two columns or more of figures that `top`
 * names one by one (`Huyện Ba Vì` over its communes' names, `Quốc Oai` over
 * its own, `Năm 2024` over its lines and their `Ghi chú`) — never one over the
 * label columns (`UBND tỉnh …` of a title block).
 */
function joinsHeader(grid: Grid, row: number, top: number, left: number, right: number, figures: ReadonlySet<number>): boolean {
  let captions = 0;
  for (let col = left; col <= right; col++) {
    const merge = grid.mergeAt(top, col);
    if (merge && merge.top <= row && merge.bottom >= top) return true;
    if (!isShown(grid, top, col) && isShown(grid, row, col)) return true;
    const caption = grid.mergeAt(row, col);
    if (caption !== undefined && caption.left === col && caption.right > col && caption.bottom < top && isShown(grid, row, col) && namedOneByOne(grid, top, col, caption.right, figures)) captions++;
  }
  return captions >= 2;
}

/**
 * `row` names each of the columns `from` … `to` in a cell of its own, all of them `figures`' columns but a note's
 * (`Ghi chú` of each block), and two figures' at least.
 */
function namedOneByOne(grid: Grid, row: number, from: number, to: number, figures: ReadonlySet<number>): boolean {
  let named = 0;
  for (let col = from; col <= to; col++) {
    if (grid.mergeAt(row, col) !== undefined || !isShown(grid, row, col)) return false;
    if (figures.has(col)) named++;
    else if (!isNoteHeader(wordKey(cellText(grid.value(row, col))))) return false;
  }
  return named >= 2;
}

function noTable(grid: Grid, why: { vi: string; en: string }): InputError {
  return new InputError(
    "no-table",
    localized(
      `Trang ${sheetInText(grid.name)}: không tìm thấy bảng phân bổ (${why.vi}).`,
      `Sheet ${sheetInText(grid.name)}: no allocation table found (${why.en}).`,
    ),
  );
}

/**
 * A district's name merged from the names across every value column (`I | Huyện Bắc Hà` over the whole row, its
 * communes under it): a heading of the body, no column header — a header names the names and the figures apart.
 */
function headingAcross(grid: Grid, row: number, figureCols: readonly number[]): boolean {
  if (figureCols.length === 0) return false;
  const merge = grid.mergeAt(row, figureCols[0]);
  return merge !== undefined && merge.top === row && merge.bottom === row && merge.left < figureCols[0] && merge.right >= figureCols[figureCols.length - 1];
}

/** Finds the table block of a sheet; throws `no-table` when the sheet holds no table with numbers. */
export function findTableBlock(grid: Grid, from = 0): TableBlock {
  const found = tableBlockSearch(grid, from, false);
  if (!(found instanceof InputError)) return found;
  // No header found: a header row whose cells hold error values (`#REF!` where the names were references to a
  // sheet since deleted) reads as a row of figures. Looked for again with error values taken for no figure: such a
  // row is then the header, each error cell told at its cell (`invalid-value`) — or, matching no plan line, named.
  const again = tableBlockSearch(grid, from, true);
  if (!(again instanceof InputError)) return again;
  throw found;
}

function tableBlockSearch(grid: Grid, from: number, errorsName: boolean): TableBlock | InputError {
  let start = from;
  let first: InputError | null = null;
  // Rows of figures with no header over them (`Tổng kinh phí: | 1200` in the title block): the table comes after them.
  for (;;) {
    const found = tableBlockFrom(grid, start, from, errorsName);
    if (!(found instanceof InputError)) return found.block;
    first ??= found;
    if (found.dataRow < 0 || found.dataRow + 1 >= Math.min(grid.rowCount, from + HEADER_SCAN_ROWS)) return first;
    start = found.dataRow + 1;
  }
}

/**
 * A header row of years typed as numbers (or as text) beside the line's total: `2026 |
 * 2027 | Tổng` or `Tổng | 2026 | 2027` under `Kinh phí`, and a running
 * total beside them (`Lũy kế | Tổng | 2026 | 2027`). Two years at least,
 * each the one before it plus one, from left to right, in one run, and no
 * text but one total word (`Tổng`, `Tổng số`, `Cộng`) and one running total
 * (`Lũy kế`, `Thực hiện lũy kế`) before or after them (a row's name sits
 * left of its figures, and no name is such a word with years after it and
 * nothing else).
 */
function isYearsRow(grid: Grid, row: number): boolean {
  let years = 0;
  let last = -1;
  let total = false;
  let running = false;
  for (let col = 0; col < grid.colCount; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    // A year typed as text (`'2026`, or the cell formatted as text) names it as a number does.
    const year = typeof value === "string" && /^\s*\d{4}\s*$/.test(value) ? Number(value) : value;
    if (typeof year === "number") {
      // After a word that follows the years, no more years: they are one run.
      const closed = years > 0 && last < 0;
      if (closed || !Number.isInteger(year) || year < 1990 || year > 2100 || (last >= 0 && year !== last + 1)) return false;
      last = year;
      years++;
      continue;
    }
    if (typeof value !== "string") return false;
    if (!total && isLineTotal(value)) total = true;
    else if (!running && isCumulativeLabel(value)) running = true;
    else return false;
    if (years > 0) last = -1;
  }
  return years >= 2;
}

/**
 * A header row naming some columns by text and a line's parts by year, the
 * years under the line's header merged over them in the row above (`Tổ
 * truyền thông | CLB | 2026 | 2027 | Tổng` under `Chỉ tiêu` and `Kinh phí`
 * merged over the last three): two years at least, each the one before plus
 * one, in adjacent columns, every other cell a text — no row of figures.
 */
function isYearsUnderMerge(grid: Grid, row: number): boolean {
  if (row === 0) return false;
  let first = -1;
  let last = -1;
  let years = 0;
  for (let col = 0; col < grid.colCount; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    const year = yearOfCell(value);
    if (year < 0) {
      if (typeof value !== "string" || isNumeric(value)) return false;
      continue;
    }
    if (years > 0 && (col !== last + 1 || year !== yearOfCell(grid.value(row, last)) + 1)) return false;
    if (years === 0) first = col;
    last = col;
    years++;
  }
  if (years < 2) return false;
  const over = grid.mergeAt(row - 1, first);
  return over !== undefined && over.bottom === row - 1 && over.left <= first && over.right >= last;
}

/** Figures a lone row holds to be a table of one line rather than a title's `Năm | 2025`. */
const LONE_ROW_FIGURES = 3;

/**
 * The table block whose first data row is the first one found from `start`
 * (its header searched up to `top`), or the error saying why there is none,
 * with that data row (-1 when there is none).
 */
function tableBlockFrom(grid: Grid, start: number, top: number, errorsName = false): { block: TableBlock } | (InputError & { dataRow: number }) {
  const scan = Math.min(grid.rowCount, top + HEADER_SCAN_ROWS);
  let firstDataRow = -1;
  const dataLike = (row: number) => {
    const stats = rowStats(grid, row);
    if (errorsName && stats.numbers === stats.errors) return false;
    // A units row (`tổ | địa chỉ | 1.000 đ`) shows amounts in its units, yet holds no figure.
    return stats.numbers >= 1 && stats.labels >= 1 && stats.filled >= 2 && !isUnitsRow(grid, row, 0, grid.colCount - 1) && !isYearsRow(grid, row) && !isYearsUnderMerge(grid, row);
  };
  for (let row = start; row < scan && firstDataRow < 0; row++) {
    if (!dataLike(row)) continue;
    // A lone row with a number in the title block (`Năm | 2025`) is not data:
    // data rows come in a run (a blank or heading row or two may interrupt it).
    let followed = false;
    let rest = 0;
    // What comes after a lone row: a header (a table starts there), or any figure at all.
    let headerAfter = false;
    let figuresAfter = false;
    for (let next = row + 1; next < grid.rowCount && next <= row + 5; next++) {
      const stats = rowStats(grid, next);
      const filled = stats.filled;
      if (filled === 0) continue;
      rest++;
      if (stats.numbers > 0) figuresAfter = true;
      if (dataLike(next)) {
        followed = true;
        break;
      }
      // A row of figures whose name is blank (an STT, then numbers only) goes on the run: it is no header.
      if (stats.labels === 0 && stats.numbers >= 3 && stats.numbers === filled && !isCodeRow(grid, next)) continue;
      // Signers' titles on one row (`NGƯỜI LẬP BIỂU | KẾ TOÁN TRƯỞNG | THỦ TRƯỞNG ĐƠN VỊ`): the sheet's end, no header.
      if (stats.numbers === 0 && isSignatureLine(grid, next)) continue;
      // A commune's row with a mark for its figure (`Xã A | X | Xã khu vực III`), or its figure left blank beside a note
      // (`b | Nậm Lúc | | Xã ATK`), goes on the run: a header names the figures' columns.
      if (filled > 2 && !figuresUnnamed(grid, row, next)) {
        headerAfter = true;
        break; // a header row: the row above it was no data
      }
    }
    // A table of one line with the areas across (`1 | Tổ truyền thông | 5 | 2 | 3`), a footnote or a signature block
    // under it (text alone, no header): its row of figures is the data, unlike a title's lone `Năm | 2025`.
    const oneRowTable = !headerAfter && !figuresAfter && rowStats(grid, row).numbers >= LONE_ROW_FIGURES;
    if (followed || rest === 0 || oneRowTable) firstDataRow = row;
  }
  if (firstDataRow < 0) {
    // A sheet no longer than the rows looked at is read whole: said so, not as `its first 2 rows`.
    const whole = scan >= grid.rowCount;
    return failure(-1, grid, {
      vi: whole ? `không có dòng nào có cả tên và số liệu` : `không có dòng nào trong ${scan} dòng đầu có cả tên và số liệu`,
      en: whole ? `no row has both a label and a number` : `none of the first ${scan} rows has both a label and a number`,
    });
  }

  // Column span: what the first data rows fill.
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  for (let row = firstDataRow; row < Math.min(grid.rowCount, firstDataRow + SPAN_ROWS); row++) {
    for (let col = 0; col < grid.colCount; col++) {
      if (isBlank(grid.value(row, col))) continue;
      if (col < left) left = col;
      if (col > right) right = col;
    }
  }

  // Columns with numbers in the first data rows: a header row names most of them.
  // (Numbers left of the first label, such as an STT column, do not count.)
  let firstLabel = left;
  while (firstLabel < right && !isLabelText(grid.value(firstDataRow, firstLabel))) firstLabel++;
  // A numbering row among them (`(1) | (2) | (3)` of the header typed again over the next page) numbers every column,
  // the names' too: no figures.
  const figureRows: number[] = [];
  for (let row = firstDataRow; row < Math.min(grid.rowCount, firstDataRow + 5); row++) if (row === firstDataRow || !isCodeRow(grid, row, left, right)) figureRows.push(row);
  const numericCols: number[] = [];
  for (let col = firstLabel + 1; col <= right; col++) {
    for (const row of figureRows) {
      if (isNumeric(grid.value(row, col))) {
        numericCols.push(col);
        break;
      }
    }
  }
  // A dash (`-`, `–`) over a value column is a row's "nothing here" (a district's row of dashes), never a column's name;
  // nor is a mark typed for a figure (`x`, `?`: a commune's row above the first one with a number).
  const namesValues = (row: number) =>
    numericCols.filter((col) => isShown(grid, row, col) && !isNilMark(shownValue(grid, row, col)) && !isFigureMark(shownValue(grid, row, col))).length >= numericCols.length / 2 &&
    !headingAcross(grid, row, numericCols);

  const headerRows: number[] = [];
  let figureCols: ReadonlySet<number> | undefined;
  let codeRow: number | null = null;
  let unitsRow: number | null = null;
  let skipped = 0;
  for (let row = firstDataRow - 1; row >= top; row--) {
    const top = headerRows.length > 0 ? headerRows[headerRows.length - 1] : null;
    if (rowIsBlank(grid, row, left, right) && coverage(grid, row, left, right) === 0) {
      if (top !== null) break;
      if (++skipped > 4) break;
      continue;
    }
    if ((isYearsRow(grid, row) || isYearsUnderMerge(grid, row)) && (top === null || row === top - 1)) {
      // `2026 | 2027 | Tổng` under a line's header: the header's row of years, no figures (nor a row of codes, typed as text).
      headerRows.push(row);
      continue;
    }
    if (
      codeRow === null &&
      isCodeRow(grid, row, left, right) &&
      (top === null || row === top - 1) &&
      !(top === null && (numberingGoesOn(grid, row, firstDataRow, left, right) || totalsRowsBelow(grid, row, firstDataRow, left, right)))
    ) {
      codeRow = row;
      continue;
    }
    // A note line beside the unit (`(Kèm theo Quyết định số …)` | `ĐVT: triệu đồng`): the units row, no header.
    if (unitsRow === null && (isUnitsRow(grid, row, left, right) || isNoteWithUnitRow(grid, row, left, right)) && (top === null || row === top - 1)) {
      unitsRow = row;
      continue;
    }
    const dense =
      coverage(grid, row, left, right) >= 0.5 && distinctShown(grid, row, left, right) >= 2 && namesValues(row);
    const stats = dense ? rowStats(grid, row) : null;
    if (stats !== null && (errorsName ? stats.numbers - stats.errors : stats.numbers) <= 1) {
      if (top !== null && !joinsHeader(grid, row, top, left, right, (figureCols ??= new Set(numericCols)))) break;
      headerRows.push(row);
      if (headerRows.length >= MAX_HEADER_ROWS) break;
      continue;
    }
    if (top === null && ++skipped <= 4) continue; // a heading row between header and data
    break;
  }
  if (headerRows.length === 0) {
    return failure(firstDataRow, grid, {
      vi: `không thấy dòng tiêu đề cột phía trên dòng số liệu ${firstDataRow + 1}`,
      en: `no column header above the data in row ${firstDataRow + 1}`,
    });
  }
  headerRows.reverse();
  // Sub-headers under a caption merged across columns (`Phân bổ cho các xã` over the communes' names), the other
  // header cells not merged down to them: rows whose texts all sit under such a caption are the header's too.
  for (let row = headerRows[headerRows.length - 1] + 1; row < firstDataRow && headerRows.length < MAX_HEADER_ROWS; row++) {
    if (row === codeRow || row === unitsRow || !underMergedCaption(grid, row, headerRows, left, right)) break;
    headerRows.push(row);
  }
  const headerBottom = headerRows[headerRows.length - 1];
  // Units over some columns only (`(triệu đồng)` over the money), or a unit note, under the header or its code row:
  // right under it, or past rows without figures (a blank row, a title, `Huyện Ba Vì` over its communes' figures).
  const underHeader = codeRow === headerBottom + 1 ? headerBottom + 2 : headerBottom + 1;
  if (unitsRow === null) unitsRow = findUnitsUnderHeader(grid, underHeader, firstDataRow, left, right, (figureCols ??= new Set(numericCols)));
  // Past such rows, the units row is left out of the body and the rows over it are the body's (a district's heading).
  const unitsApart = unitsRow !== null && unitsRow > underHeader && noFiguresBetween(grid, underHeader, unitsRow, (figureCols ??= new Set(numericCols)));
  // A code row or units row above the header is only kept if it touches it.
  if (codeRow !== null && codeRow < headerRows[0] && codeRow !== headerRows[0] - 1) codeRow = null;
  if (unitsRow !== null && unitsRow < headerRows[0] && unitsRow !== headerRows[0] - 1) unitsRow = null;
  // A second table set beside this one, past a blank column: not this table's.
  const split = sideTableSplit(grid, headerRows, firstDataRow, SPAN_ROWS, firstLabel, right);
  let side: NextTable | undefined;
  let sideFrom = grid.colCount;
  if (split !== null) {
    // Its title may sit on this table's numbering row or first data row, under the header, or over the header alone.
    const sideRows = [...headerRows];
    for (let row = headerBottom + 1; row <= firstDataRow; row++) sideRows.push(row);
    const titleRows: number[] = [];
    for (let row = headerRows[0] - 1; row >= Math.max(0, headerRows[0] - TITLE_ROWS); row--) titleRows.push(row);
    // A figure is no title: a title typed over the header alone is then the side table's name.
    const own = sideStart(grid, sideRows, split.from, right);
    const titled = own === null || isNumeric(own.text) ? sideStart(grid, titleRows, split.from, right) : null;
    side = titled ?? own ?? { row: headerRows[0], col: split.from, text: "" };
    sideFrom = split.from;
    right = split.end;
    for (let i = numericCols.length - 1; i >= 0; i--) if (numericCols[i] > right) numericCols.splice(i, 1);
    // This table's numbering row under its header (`A | B | 1 | 2`), read as one once the side table's cells are left out.
    if (codeRow === null && headerBottom + 1 < firstDataRow && isCodeRow(grid, headerBottom + 1, left, right)) codeRow = headerBottom + 1;
  }
  const bodyHead = Math.max(headerBottom, codeRow ?? -1, unitsApart ? -1 : (unitsRow ?? -1)) + 1;
  // Note lines under the header before the figures (`(Kèm theo Quyết định số …)`, `Biểu số 02`, `Ghi chú: …`), and a
  // fund's or section's title typed over the grand total row (`NGUỒN VỐN SỰ NGHIỆP`, no figure): no area.
  const bodyStart = bodyStartFrom(grid, bodyHead, firstDataRow, left, right, [unitsRow, codeRow]);
  // Columns the header names but the first data rows leave blank belong to the table too.
  // (Never into a side table: a caption merged over it alone is its title.)
  const widest = sideFrom - 1;
  for (const row of headerRows) {
    for (let col = right + 1; col <= widest && isShown(grid, row, col); col++) right = col;
    for (let col = left - 1; col >= 0 && isShown(grid, row, col); col--) left = col;
  }

  let bodyEnd = bodyStart - 1;
  let blanks = 0;
  let next: NextTable | null = null;
  let note: { row: number; text: string } | null = null;
  const header = headerCopyOf(grid, headerRows, bodyStart, left, right, [codeRow, unitsRow], firstDataRow);
  const repeated: { row: number; text: string }[] = [];
  const repeatedBlocks: { row: number; col: number; text: string }[] = [];
  let firstTotal: { key: string | null } | undefined;
  let namesAbove: NamesAbove | undefined;
  // The texts of the body rows read before row `to + 1` (one function, not one made per row).
  const textsUpTo = (to: number) => bodyTexts(grid, bodyStart, to, left, right);
  for (let row = bodyStart; row < grid.rowCount; row++) {
    // The units row past headings under the header: no body row.
    if (row === unitsRow) continue;
    if (rowIsBlank(grid, row, left, right)) {
      if (++blanks >= BLANK_ROWS_END && row > firstDataRow) {
        next = nextTableAfter(grid, row + 1, left, right, numericCols);
        break;
      }
      continue;
    }
    // The header typed again over more of the table's rows (a printed page's, a pasted block's): left out, the table goes on.
    const copy = row > firstDataRow && header !== null ? repeatedHeaderAt(grid, row, header, left, right, textsUpTo) : 0;
    if (copy > 0) {
      for (let i = 0; i < copy; i++) repeated.push({ row: row + i, text: header!.text });
      row += copy - 1;
      bodyEnd = row;
      blanks = 0;
      continue;
    }
    // The common row of a large table, right under the row before it: one look at its first cells answers the tests below.
    const text = row > firstDataRow && blanks === 0 ? figuresRowText(grid, row, left, right) : null;
    if (text !== null) {
      if (isNoteText(text) && !noteAmidFigures(grid, row, left, right, numericCols)) {
        note = { row, text: cellText(text) };
        next = tableAfterNotes(grid, row, left, right, numericCols);
        break;
      }
      bodyEnd = row;
      continue;
    }
    // After a blank gap, a new block with its own title and header row: a second table.
    // So too, without a gap, a lone title over a header of its own.
    if (row > firstDataRow && (next = nextTableAt(grid, row, left, right, numericCols, blanks > 0)) !== null) break;
    // After a blank gap, rows naming again the areas read above, with no title over them: a second table of the same areas.
    if (blanks > 0 && row > firstDataRow && (next = repeatedAreasAt(grid, row, left, right, (namesAbove ??= new NamesAbove(grid, bodyStart, left, right)))) !== null) break;
    // A heading over rows naming again the areas read above, no blank row between (`B. VỐN ĐẦU TƯ`, another fund or year).
    const block = row > bodyStart ? repeatedBlockAt(grid, row, left, right, (namesAbove ??= new NamesAbove(grid, bodyStart, left, right))) : null;
    if (block !== null) {
      // Its own total row, as the first block has under its heading: a second table, not read.
      firstTotal ??= { key: headedFirstTotal(grid, bodyHead, row, left, right) };
      if (block.total !== null && block.total === firstTotal.key) {
        next = { row: block.row, col: block.col, text: block.text, untitled: true, heading: true };
        break;
      }
      // Else read on (two funds add up to the line), said: years under a heading are the plan's periods, nothing to say.
      if (!isPeriodLabel(wordKey(stripNumbering(block.text)))) repeatedBlocks.push({ row: block.row, col: block.col, text: block.text });
    }
    blanks = 0;
    if (row > firstDataRow && (endsTable(grid, row, left, right) || countsAreasLast(grid, row, left, right))) {
      // A note between rows of figures (`Ghi chú` among the lines, a line with figures right under it): the table goes on;
      // the reading leaves the note out, and says so.
      if (noteAmidFigures(grid, row, left, right, numericCols)) {
        bodyEnd = row;
        continue;
      }
      // A note under the table (`Ghi chú: …`), then past a blank gap a second table with its own title and header.
      note = noteAt(grid, row, left, right);
      next = tableAfterNotes(grid, row, left, right, numericCols);
      break;
    }
    bodyEnd = row;
  }
  // The span was read off the first rows under the header: where the body ends among them, the rows after it (a
  // second table, notes or signatures typed from column A under a table that starts in column B) are not the table's.
  if (bodyEnd < firstDataRow + SPAN_ROWS - 1) ({ left, right } = narrowSpan(grid, headerRows, firstDataRow, bodyEnd, sideFrom - 1));
  return {
    block: {
      headerRows,
      codeRow,
      unitsRow,
      firstDataRow,
      bodyStart,
      bodyEnd,
      left,
      right,
      ...(next !== null ? { next } : {}),
      ...(side !== undefined ? { side } : {}),
      ...(repeated.length > 0 ? { repeatedHeaders: repeated } : {}),
      ...(repeatedBlocks.length > 0 ? { repeatedBlocks } : {}),
      ...(note !== null ? { note } : {}),
    },
  };
}

function failure(dataRow: number, grid: Grid, why: { vi: string; en: string }): InputError & { dataRow: number } {
  return Object.assign(noTable(grid, why), { dataRow });
}

/** Where a side table starts: the first cell its header shows (from column `from`), and that cell's text; null when it shows none. */
function sideStart(grid: Grid, headerRows: readonly number[], from: number, right: number): NextTable | null {
  for (let col = from; col <= right; col++) {
    for (const row of headerRows) {
      if (!isShown(grid, row, col)) continue;
      const merge = grid.mergeAt(row, col);
      return { row, col, text: cellText(merge ? grid.value(merge.top, merge.left) : grid.value(row, col)) };
    }
  }
  return null;
}

/** The column span of the header and the data rows up to `last` (when rows after the body widened it). */
function narrowSpan(grid: Grid, headerRows: readonly number[], firstDataRow: number, last: number, limit: number): { left: number; right: number } {
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  for (let row = firstDataRow; row <= last; row++) {
    for (let col = 0; col <= limit; col++) {
      if (isBlank(grid.value(row, col))) continue;
      if (col < left) left = col;
      if (col > right) right = col;
    }
  }
  for (const row of headerRows) {
    for (let col = right + 1; col <= limit && isShown(grid, row, col); col++) right = col;
    for (let col = left - 1; col >= 0 && isShown(grid, row, col); col--) left = col;
  }
  return { left, right };
}

/** Rows of notes read after the table before a blank gap, at most. */
const NOTE_ROWS = 6;

/**
 * The second table after the notes that end the table at `row` (`Ghi chú:
 * …` and its lines): past the first blank row after them, a block with its
 * own title and header; null at signatures, or when none follows.
 */
function tableAfterNotes(grid: Grid, row: number, left: number, right: number, numericCols: readonly number[]): NextTable | null {
  const first = grid.value(row, firstShown(grid, row, left, right));
  if (typeof first !== "string" || !isNoteText(first)) return null;
  for (let r = row + 1; r < grid.rowCount && r <= row + NOTE_ROWS; r++) {
    if (rowIsBlank(grid, r, left, right)) return nextTableAfter(grid, r + 1, left, right, numericCols);
    // A signature block right under the note (`Người lập biểu`, a place and date): the sheet's end, its signers' names past a gap no table.
    const text = grid.value(r, firstShown(grid, r, left, right));
    if (typeof text === "string" && isSignatureText(text)) return null;
  }
  return null;
}

/** The row at `row` as a note (`Ghi chú: …`, `Lưu ý: …`: its first text opens one), else null (signatures, a date, a count). */
function noteAt(grid: Grid, row: number, left: number, right: number): { row: number; text: string } | null {
  const first = grid.value(row, firstShown(grid, row, left, right));
  return typeof first === "string" && isNoteText(first) ? { row, text: cellText(first) } : null;
}

function firstShown(grid: Grid, row: number, left: number, right: number): number {
  for (let col = left; col <= right; col++) if (!isBlank(grid.value(row, col))) return col;
  return left;
}

/**
 * The first text of a row of figures (a typed number, a text, and two cells
 * or more besides that text), else null. Right under the row before it, such
 * a row opens no table (`nextTableAt`: a typed number), counts no areas
 * (`isCountRow`: one cell besides its text), and ends the table only when
 * that text opens a note (`endsTable`) with no row of figures right under
 * it (`noteAmidFigures`). Reads the row's first cells only.
 */
function figuresRowText(grid: Grid, row: number, left: number, right: number): string | null {
  let first: string | null = null;
  let number = false;
  let others = 0;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (first === null && typeof value === "string") first = value;
    else {
      if (typeof value === "number") number = true;
      others++;
    }
    if (first !== null && number && others >= 2) return first;
  }
  return null;
}

/**
 * A note row (`Ghi chú`, its figures or none) with a row of the table's own
 * right under it: a label that opens no note nor trailer, and figures in
 * most of the table's number columns.
 */
function noteAmidFigures(grid: Grid, row: number, left: number, right: number, numericCols: readonly number[]): boolean {
  const first = grid.value(row, firstShown(grid, row, left, right));
  if (typeof first !== "string" || !isNoteText(first) || row + 1 >= grid.rowCount || numericCols.length === 0) return false;
  const next = row + 1;
  let label: string | null = null;
  for (let col = left; col <= right && label === null; col++) {
    const value = grid.value(next, col);
    if (typeof value === "string" && isLabelText(value)) label = value;
  }
  if (label === null || isNoteText(label) || isTrailerText(label)) return false;
  const figures = numericCols.filter((col) => isNumeric(grid.value(next, col))).length;
  return figures >= 2 && figures * 2 >= numericCols.length;
}

/** A row of signature texts alone (signers' titles, `(Ký, ghi rõ họ tên)`, a place and date), none of it other text. */
function isSignatureLine(grid: Grid, row: number): boolean {
  let texts = 0;
  for (let col = 0; col < grid.colCount; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (typeof value !== "string" || !isSignatureText(value)) return false;
    texts++;
  }
  return texts > 0;
}

/** A notes or signature row: its first text is a trailer and it holds no number, or it opens as a note. */
function endsTable(grid: Grid, row: number, left: number, right: number): boolean {
  let first: string | null = null;
  let number = false;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    // (A typed number is numeric: no need to read text as one.)
    if (typeof value === "number") number = true;
    else if (first === null && typeof value === "string") first = value;
    if (number && first !== null) break;
  }
  if (first === null) return false;
  // A row with a number ends the table only when it opens as a note (`Ghi chú: … | 200`): a `*` or a title may mark an area.
  return number ? isNoteText(first) : isTrailerText(first);
}


/**
 * `Tổng số xã` | `4`: a count of the areas in one whole number beside its
 * label. (Cells are looked at by type first: a row of figures is ruled out
 * before any text is read.)
 */
function isCountRow(grid: Grid, row: number, left: number, right: number): boolean {
  let text: string | null = null;
  let count: CellValue = null;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (typeof value === "string" && text === null) text = value;
    else if (count !== null) return false;
    else count = value;
  }
  if (text === null || count === null) return false;
  const first = text.trimStart().charCodeAt(0);
  // `Tổng số …`, `Số …` open with T or S.
  if (first !== 84 && first !== 116 && first !== 83 && first !== 115) return false;
  if (typeof count === "number" ? !(Number.isInteger(count) && count >= 0) : typeof count !== "string" || !/^\s*\d{1,4}\s*$/.test(count)) return false;
  return isAreaCountLabel(text);
}

/**
 * A count of the areas (`Tổng số xã` | `4`, `Số huyện` | `3`) under the
 * table's last row: it, and any count right under it, are followed only by a
 * blank row, notes or signatures, or the sheet's end. (`Tổng số xã` over
 * figures in every column, a commune's subtotal, or in the middle of the
 * table, is read as the table's own row.)
 */
function countsAreasLast(grid: Grid, row: number, left: number, right: number): boolean {
  if (!isCountRow(grid, row, left, right)) return false;
  let next = row + 1;
  while (next < grid.rowCount && isCountRow(grid, next, left, right)) next++;
  return next >= grid.rowCount || rowIsBlank(grid, next, left, right) || endsTable(grid, next, left, right);
}
