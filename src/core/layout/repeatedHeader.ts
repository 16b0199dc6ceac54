/**
 * The table's header typed again in the middle of its body — a printed
 * page's header copied over the rows that go on to the next page, or the
 * blocks of several districts pasted one under the other, each with its
 * header: the same texts in the same columns as the header rows (with the
 * column-numbering row or not), then more areas of the same table. Those
 * rows are no area and no second table: the table goes on after them, and
 * the reading lists them as left out.
 *
 * A copy of the whole table for another year (`PHÂN BỔ NĂM 2026` over the
 * same header and the same communes) is a second table: its header follows
 * a title, not the rows of figures, and the rows under it repeat names
 * already read.
 */
import { isBlank, isNumeric } from "./cells";
import { cellText, shownText, type Grid } from "./grid";

/** The header as typed: its rows from the top (header, code or units rows) down to the body, and the first cell to test a row by. */
export interface HeaderCopy {
  /** Sheet rows of the whole header block (with the numbering row), top to bottom. */
  readonly block: readonly number[];
  /** The block with the rows under it down to the first row of figures (a row of units the header reading left out), or null when none. */
  readonly lead: readonly number[] | null;
  /** The header rows alone (a copy may leave the numbering row out). */
  readonly names: readonly number[];
  /** Column of the first text of the header's top row, and that text: a body row not holding it there is no copy. */
  readonly col: number;
  readonly text: string;
}

/** The header to look for copies of, or null when its top row shows no text in the table's span. */
export function headerCopyOf(
  grid: Grid,
  headerRows: readonly number[],
  bodyStart: number,
  left: number,
  right: number,
  extra: readonly (number | null)[],
  firstDataRow = bodyStart,
): HeaderCopy | null {
  const top = Math.min(headerRows[0], ...extra.filter((row): row is number => row !== null));
  const block: number[] = [];
  for (let row = top; row < bodyStart; row++) block.push(row);
  const lead: number[] = [...block];
  for (let row = bodyStart; row < firstDataRow; row++) lead.push(row);
  const first = block[0];
  for (let col = left; col <= right; col++) {
    const text = shownText(grid, first, col);
    if (text !== "" && !isNumeric(text)) return { block, lead: lead.length > block.length ? lead : null, names: headerRows, col, text };
  }
  return null;
}

/**
 * How many rows from `row` repeat the header (the block with the rows under
 * it down to the first figures — a units row the header reading left out —,
 * else the block, else the header rows alone), followed by rows (up to three,
 * a district's heading without figures among them) holding figures and a
 * text not among `seen(row - 1)` (the texts of the rows read up to the one
 * before `row`); 0 when `row` opens no such copy. Cheap for a row that is no
 * copy: one cell is read.
 */
export function repeatedHeaderAt(grid: Grid, row: number, header: HeaderCopy, left: number, right: number, seen: (to: number) => ReadonlySet<string>): number {
  const value = grid.value(row, header.col);
  if (typeof value !== "string" || value.trim() !== header.text) return 0;
  // Longest first: the block with the rows under it, the block, the header rows alone.
  for (const rows of header.lead === null ? [header.block, header.names] : [header.lead, header.block, header.names]) {
    if (!rows.every((source, i) => sameRow(grid, source, row + i, left, right))) continue;
    const after = rowsAfter(grid, row + rows.length, left, right);
    if (!after.some((r) => hasFigures(grid, r, left, right))) {
      if (rows === header.lead) continue;
      return 0;
    }
    return newNames(grid, after, left, right, seen(row - 1)) ? rows.length : 0;
  }
  return 0;
}

/** The same texts in the same cells (as typed: a copy pasted with its merges or without them alike). */
function sameRow(grid: Grid, source: number, copy: number, left: number, right: number): boolean {
  if (copy >= grid.rowCount) return false;
  for (let col = left; col <= right; col++) if (cellText(grid.value(source, col)) !== cellText(grid.value(copy, col))) return false;
  return true;
}

function hasFigures(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (!isBlank(value) && isNumeric(value)) return true;
  }
  return false;
}

/**
 * Rows after a copy looked at: a district's heading (no figures) may come first, and the first commune may share its
 * name with one above.
 */
const ROWS_AFTER = 3;

/** The rows right after a copy, up to three, to the first blank one. */
function rowsAfter(grid: Grid, from: number, left: number, right: number): number[] {
  const rows: number[] = [];
  for (let r = from; r < Math.min(grid.rowCount, from + ROWS_AFTER); r++) {
    if (!hasText(grid, r, left, right)) break;
    rows.push(r);
  }
  return rows;
}

function hasText(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (!isBlank(grid.value(row, col))) return true;
  return false;
}

/**
 * Whether the rows after the copy name something not read before them (more areas, not the same table again): one
 * commune sharing its name with one above is no copy of the table.
 */
function newNames(grid: Grid, rows: readonly number[], left: number, right: number, seen: ReadonlySet<string>): boolean {
  let texts = 0;
  for (const r of rows) {
    for (let col = left; col <= right; col++) {
      const value = grid.value(r, col);
      if (typeof value !== "string" || isNumeric(value) || value.trim() === "") continue;
      texts++;
      if (!seen.has(value.trim())) return true;
    }
  }
  return texts === 0;
}

/** The texts of the body rows `from` … `to` (to tell more areas from the same ones again). */
export function bodyTexts(grid: Grid, from: number, to: number, left: number, right: number): Set<string> {
  const out = new Set<string>();
  for (let row = from; row <= to; row++) {
    for (let col = left; col <= right; col++) {
      const value = grid.value(row, col);
      if (typeof value === "string" && value.trim() !== "") out.add(value.trim());
    }
  }
  return out;
}
