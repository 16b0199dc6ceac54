/**
 * A second table under the allocation table on the same sheet — a breakdown
 * by activity, a disbursement log, a copy for the next year — read as a
 * person reads it: after a blank gap, a new block that opens with its own
 * title and header row (a row naming the value columns in words, no number
 * in it) or its own column-numbering row (`1 2 3 4`, `(1) (2) (3)`). The
 * rows from there on are not part of the first table.
 *
 * A narrower table of its own shape (`STT | Nội dung | Số tiền`, under a
 * title or not) names fewer of the first table's value columns; it is still
 * a new block when the row under its header holds a number under one of the
 * header's words (its data) — and, with no title, every cell of that row
 * stands under the header.
 *
 * A district heading after a blank row (`II. Huyện Mỹ Đức`, its values
 * blank) is not a new block: it names no value column, and the rows after it
 * hold numbers, not a header. A signature block (`Người lập biểu | Thủ
 * trưởng đơn vị`) has no numbers under it.
 */
import type { CellValue } from "../model/workbook";
import { isBlank, isCodeLike, isCountAmountText, isLabelText, isNumberingText, isNumeric, isShown } from "./cells";
import { cellText, type Grid } from "./grid";
import { areaLevel, isTotalLabel, stripNumbering } from "./labels";
import { wordKey } from "../text/fold";
import { subtotalLabel } from "./areaTree";
import { isTrailerText, isUnitNoteText } from "./trailer";

/** Where the next table starts: its first row, the first cell shown in it, and that cell's text (its title). */
export interface NextTable {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** Found by its rows alone (no title, no header): they repeat areas the table already read. */
  readonly untitled?: true;
  /** With `untitled`: under a heading row and a total row of its own, right after the table's rows (no blank row between). */
  readonly heading?: true;
  /**
   * With `untitled`: a block under a heading, no total of its own, right after the table's rows, that the plan's
   * figures set apart (added to the table, these plan lines would go past the plan): its lines' codes.
   */
  readonly overPlan?: readonly string[];
}

/** Rows after the gap looked at for the new block's header (a title block of up to three rows, then the header). */
const HEADER_LOOKAHEAD = 5;
/** Rows after a table's end (three blank rows or more) searched for a next table to tell the user about. */
const GAP_LOOKAHEAD = 50;

/** A header's word: text that names something, not a one-letter mark (`x`, `-`). */
function isHeaderWord(value: CellValue): value is string {
  return isLabelText(value) && (value as string).trim().length >= 2;
}

/**
 * A header row of a new table: no number, at least two different words, and
 * words in at least half of the first table's value columns (at least two of
 * them differing when there are two or more).
 */
function isHeaderRow(grid: Grid, row: number, left: number, right: number, valueCols: readonly number[]): boolean {
  const words = new Set<string>();
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    // (A count typed with its unit, `9 CLB`, is a commune's figure: no header's word.)
    if (isNumeric(value) || isCountAmountText(value)) return false;
    if (isHeaderWord(value)) words.add(value.trim());
  }
  if (words.size < 2 || valueCols.length === 0) return false;
  const named = new Set<string>();
  let count = 0;
  for (const col of valueCols) {
    const value = grid.value(row, col);
    if (!isHeaderWord(value)) continue;
    count++;
    named.add(value.trim());
  }
  return count * 2 >= valueCols.length && named.size >= Math.min(2, valueCols.length);
}

/**
 * A header row of a table of another shape: no number, at least two
 * different words, and its first row of data (the next row, or the one after
 * a sub-header row without numbers: `Tổng | NSTW` under a merged `Kinh phí`)
 * holds a number under one of them other than the leftmost. Right after the
 * gap, with no title over it, its words differ and it (or its sub-header)
 * stands over every cell of that data row.
 */
function isOwnHeaderRow(grid: Grid, row: number, left: number, right: number, titled: boolean): boolean {
  let data = row + 1;
  if (data >= grid.rowCount) return false;
  if (!hasNumber(grid, data, left, right) && !rowBlank(grid, data, left, right)) data++;
  if (data >= grid.rowCount) return false;
  // Without a title over it, a header stands over every column its data fills: a heading row of the first table
  // (`Huyện Mỹ Đức`, a note beside it) leaves the figures' columns under it blank.
  if (!titled) {
    for (let col = left; col <= right; col++) {
      if (!isBlank(grid.value(data, col)) && !isShown(grid, row, col) && (data === row + 1 || !isShown(grid, row + 1, col))) return false;
    }
  }
  const words = new Set<string>();
  const wordCols: number[] = [];
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    // A count typed with its unit (`2 người`) is a figure: the row is data (a commune's), not a header.
    if (isNumeric(value) || isCountAmountText(value)) return false;
    if (!isHeaderWord(value)) continue;
    words.add(value.trim());
    wordCols.push(col);
  }
  // Untitled, its words differ (a header names each column once): a heading row with a mark repeated over
  // the figures' columns (`Huyện Mỹ Đức | chưa giao | chưa giao`) is no header.
  if (!titled && words.size < wordCols.length) return false;
  // The number sits under a value heading, not under the leftmost word (an STT or a sub-heading's mark).
  return words.size >= 2 && wordCols.slice(1).some((col) => isNumeric(grid.value(data, col)));
}

function hasTypedNumber(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (typeof grid.value(row, col) === "number") return true;
  return false;
}

function hasNumber(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (isNumeric(grid.value(row, col))) return true;
  return false;
}

function rowBlank(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (!isBlank(grid.value(row, col))) return false;
  return true;
}

/** The integer a numbering cell shows: `3`, `"3"`, `"(3)"`; else null. */
function numberingValue(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) ? value : null;
  if (typeof value !== "string") return null;
  const match = /^\s*\(?\s*(\d{1,3})\s*\)?\s*$/.exec(value);
  return match === null ? null : Number(match[1]);
}

/**
 * A column-numbering row: short codes only (`A B 1 2 3`, `(1) (2) (3)`,
 * `3=1+2`), no word, and among them a run 1, 2, 3 … of at least three in
 * column order.
 */
function isNumberingRow(grid: Grid, row: number, left: number, right: number): boolean {
  let expected = 1;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (!isNumberingText(value) && (!isCodeLike(value) || isLabelText(value))) return false;
    if (numberingValue(value) === expected) expected++;
  }
  return expected > 3;
}

/** The first cell shown in `row` (over the whole sheet width) and its text; a numbering row's whole text (`(1) (2) (3)`). */
function startOf(grid: Grid, row: number, numbering: boolean): NextTable {
  let first: { col: number; text: string } | null = null;
  const texts: string[] = [];
  for (let col = 0; col < grid.colCount; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    first ??= { col, text: cellText(value) };
    if (!numbering) break;
    texts.push(cellText(value));
  }
  if (first === null) return { row, col: 0, text: "" };
  return { row, col: first.col, text: numbering ? texts.join(" ") : first.text };
}

/** Whether the first text shown in `row` is a note, a place and date, or a signature title; `unit` for a unit note (`ĐVT: …`). */
function startsWithTrailer(grid: Grid, row: number, left: number, right: number): boolean | "unit" {
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (typeof value !== "string" || !isTrailerText(value)) return false;
    return isUnitNoteText(value) ? "unit" : true;
  }
  return false;
}

/**
 * Whether the non-blank `row`, right after a blank gap, opens a new table:
 * its own header row (after a title block without numbers) or its own
 * numbering row. Right under the data (`afterGap` false), only a lone title
 * (`BẢNG 2: CHI TIẾT KINH PHÍ`) over such a header does, or a header of
 * another shape standing over every cell of its data. Returns where it
 * starts, or null.
 */
export function nextTableAt(grid: Grid, row: number, left: number, right: number, valueCols: readonly number[], afterGap = true): NextTable | null {
  const lone = loneText(grid, row, left, right);
  // A lone title that names a table (`Biểu 2: …`, `PHỤ LỤC II`, `Bảng số 3`) opens one, header or not.
  if (lone !== null && isTableTitle(lone)) return startOf(grid, row, false);
  // Right under the data, without a gap: only a lone title over a header opens a new table.
  if (!afterGap && lone === null) {
    // Or a header of its own (`STT | Nội dung | Số tiền` over its figures), no number in it, over every cell of its data.
    // (A typed number, as in any row of figures, rules it out before any text is read.)
    return !hasTypedNumber(grid, row, left, right) && !hasNumber(grid, row, left, right) && isOwnHeaderRow(grid, row, left, right, false) ? startOf(grid, row, false) : null;
  }
  const last = Math.min(grid.rowCount - 1, row + HEADER_LOOKAHEAD);
  for (let r = row; r <= last; r++) {
    // Notes, a place and date, signatures: the end of the sheet's tables, not a new one (a unit note is the new title block's).
    const trailer = startsWithTrailer(grid, r, left, right);
    if (trailer === "unit") continue;
    if (trailer) return null;
    if (!afterGap && r === row) continue;
    if (isNumberingRow(grid, r, left, right)) return startOf(grid, row, r === row);
    if (isHeaderRow(grid, r, left, right, valueCols)) return startOf(grid, row, false);
    if (isOwnHeaderRow(grid, r, left, right, r > row)) return startOf(grid, row, false);
    // Numbers before any header: data (a district's rows), not a new table.
    for (let col = left; col <= right; col++) if (isNumeric(grid.value(r, col))) return null;
  }
  return null;
}

/** The one text `row` shows, when it shows nothing else (a title; merged cells count once); else null. */
function loneText(grid: Grid, row: number, left: number, right: number): string | null {
  let text: string | null = null;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (typeof value !== "string" || text !== null) return null;
    text = value;
  }
  // (Read as a number only once it is known to be the row's one cell.)
  return text !== null && !isNumeric(text) ? text : null;
}

/** A numbered table title: `Biểu 2`, `Biểu số 02: …`, `Phụ lục II`, `Bảng 3.`, `Mẫu số 01`, `Bieu 2` (diacritics typed or not). */
const NUMBERED_TITLE = /^(?:biểu|bieu|phụ lục|phu luc|bảng|mẫu|mau)\s+(?:số|so)?\s*(?:\d{1,3}|[ivxlc]{1,5})[a-z]?(?:$|[\s:.\-–/)])/iu;
/** A title ending in its punctuation (`Biểu: …`, `Phụ lục - …`) or in capitals (`PHỤ LỤC`, `BẢNG TỔNG HỢP KINH PHÍ`). */
const WORD_TITLE = /^(?:biểu|phụ lục|bảng)\s*[:\-–]/iu;
const CAPS_TITLE = /^(?:BIỂU|PHỤ LỤC|BẢNG)(?:$|[\s:.\-–])/u;

/**
 * Whether a lone row's text names a table of its own, as an official
 * document titles its annexes: `Biểu 2: Phân bổ nguồn vốn sự nghiệp`,
 * `PHỤ LỤC`, `Bảng số 3`. (Diacritics matter for `bảng`: `Bằng Luân` is a
 * commune.)
 */
export function isTableTitle(text: string): boolean {
  const trimmed = text.normalize("NFC").trim().replace(/\s+/g, " ");
  if (CAPS_TITLE.test(trimmed) && trimmed === trimmed.toUpperCase()) return true;
  return NUMBERED_TITLE.test(trimmed) || WORD_TITLE.test(trimmed);
}

/** After a table that ended with three blank rows or more: the next table below it, if one starts within a few rows. */
export function nextTableAfter(grid: Grid, from: number, left: number, right: number, valueCols: readonly number[]): NextTable | null {
  const last = Math.min(grid.rowCount - 1, from + GAP_LOOKAHEAD);
  for (let row = from; row <= last; row++) {
    let blank = true;
    for (let col = left; col <= right && blank; col++) if (!isBlank(grid.value(row, col))) blank = false;
    if (!blank) return nextTableAt(grid, row, left, right, valueCols);
  }
  return null;
}

/** The name a row of figures gives (its first text that names something, when a number stands in the row), keyed; else null. */
function figuresRowName(grid: Grid, row: number, left: number, right: number): { col: number; text: string; key: string } | null {
  let name: { col: number; text: string; key: string } | null = null;
  let number = false;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    // A one-letter STT (`a`, `b.`, `c)`) numbers the row, restarting in each group: it names no area.
    if (name === null && isLabelText(value) && !LETTER_MARK.test((value as string).trim())) name = { col, text: (value as string).trim(), key: nameKey(value as string) };
    else if (isNumeric(value)) number = true;
  }
  return name !== null && number && !isTotalLabel(name.text) && !isUnnamedSubtotal(name.text) ? name : null;
}

/** A group's subtotal naming no area (`Cộng huyện`, `Tổng xã`, `Cộng I`): it repeats under every group by nature. */
function isUnnamedSubtotal(text: string): boolean {
  return subtotalLabel(wordKey(stripNumbering(text)))?.name === "";
}

/** A row's one-letter number, as items are lettered under a heading. */
const LETTER_MARK = /^[a-zđ][.)]?$/i;

function nameKey(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Names of the table's rows of figures read so far, gathered once as the rows are passed (not again at every gap). */
export class NamesAbove {
  private readonly names = new Set<string>();
  private next: number;

  constructor(
    private readonly grid: Grid,
    from: number,
    private readonly left: number,
    private readonly right: number,
  ) {
    this.next = from;
  }

  /** The names of the rows of figures before `row`. */
  before(row: number): ReadonlySet<string> {
    for (; this.next < row; this.next++) {
      const name = figuresRowName(this.grid, this.next, this.left, this.right);
      if (name !== null) this.names.add(name.key);
    }
    return this.names;
  }
}

/**
 * After a blank gap, rows of figures that name again, one after the other,
 * areas the table has already read (`Xã Phú Mãn`, `Xã Đông Xuân` a second
 * time): a second table of the same areas (another fund, another year) with
 * no title or header of its own — not more areas of the first. A district's
 * heading after the gap names a new area; a total row (`Cộng`) repeats by
 * nature and counts for nothing.
 */
export function repeatedAreasAt(grid: Grid, row: number, left: number, right: number, above: NamesAbove): NextTable | null {
  if (row + 1 >= grid.rowCount) return null;
  const first = figuresRowName(grid, row, left, right);
  if (first === null) return null;
  const second = figuresRowName(grid, row + 1, left, right);
  if (second === null || second.key === first.key) return null;
  const names = above.before(row);
  return names.has(first.key) && names.has(second.key) ? { row, col: first.col, text: first.text, untitled: true } : null;
}

/** A heading row: a text that names something, and no figure (a section's title, `B. VỐN ĐẦU TƯ`); its first text, else null. */
function headingOf(grid: Grid, row: number, left: number, right: number): { col: number; text: string } | null {
  let heading: { col: number; text: string } | null = null;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (isNumeric(value)) return null;
    if (heading === null && isLabelText(value)) heading = { col, text: (value as string).trim() };
  }
  return heading;
}

/** The key of a total row (`Tổng cộng` with its figures), else null. */
function totalRowKey(grid: Grid, row: number, left: number, right: number): string | null {
  let label: string | null = null;
  let number = false;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (label === null && isLabelText(value)) label = value as string;
    else if (isNumeric(value)) number = true;
  }
  return label !== null && number && isTotalLabel(label) ? nameKey(label) : null;
}

/** A heading row over rows naming again areas read above: where it is, its text, and its own total row's key if one comes first. */
export interface RepeatedBlock extends NextTable {
  readonly total: string | null;
}

/**
 * A heading row (`B. VỐN ĐẦU TƯ`, `NGUỒN VỐN SỰ NGHIỆP`; no figure in it)
 * right over rows of figures that name again, one after the other, areas
 * read above it — after a total row of its own or not: the same areas again,
 * for another fund or year, with no blank row between. Else null.
 */
export function repeatedBlockAt(grid: Grid, row: number, left: number, right: number, above: NamesAbove): RepeatedBlock | null {
  if (row + 2 >= grid.rowCount) return null;
  const heading = headingOf(grid, row, left, right);
  if (heading === null || isTotalLabel(heading.text)) return null;
  const total = totalRowKey(grid, row + 1, left, right);
  const repeated = repeatedAreasAt(grid, total === null ? row + 1 : row + 2, left, right, above);
  return repeated === null ? null : { row, col: heading.col, text: heading.text, total };
}

/**
 * The table's first total row, when a heading row stands right over it (the
 * first block's own total: `NGUỒN VỐN SỰ NGHIỆP` then `Tổng cộng`): its key;
 * null when the first total row opens the body (a total over every block) or
 * there is none before `to`.
 */
export function headedFirstTotal(grid: Grid, from: number, to: number, left: number, right: number): string | null {
  for (let row = from; row < to; row++) {
    const key = totalRowKey(grid, row, left, right);
    if (key === null) continue;
    return row > from && headingOf(grid, row - 1, left, right) !== null ? key : null;
  }
  return null;
}

/**
 * Whether `row` is a title over the grand total row: a heading naming no
 * area (no figure, no total's label, no `Huyện`/`Xã` prefix) right over a
 * row of figures labelled as the whole's total (`Tổng cộng`, `Tổng số`,
 * `Toàn tỉnh`; a bare `Cộng`, or `Tổng số huyện X`, is a district's own).
 * `next` is the row after it, past a units row between them.
 */
export function titleOverTotal(grid: Grid, row: number, left: number, right: number, next = row + 1): boolean {
  if (next >= grid.rowCount) return false;
  const heading = headingOf(grid, row, left, right);
  if (heading === null || isTotalLabel(heading.text) || areaLevel(heading.text) !== null) return false;
  const total = totalRowKey(grid, next, left, right);
  return total !== null && WHOLE_TOTAL.test(wordKey(stripNumbering(total)));
}

/** The whole's total, naming nothing after it: `Tổng cộng`, `Tổng số`, `Tổng`, `Toàn tỉnh` (`Tổng số huyện X` is a district's). */
const WHOLE_TOTAL = /^(?:tong cong|tong so|tong|toan (?:tinh|thanh pho|tp|huyen|quan|thi xa))$/;
