/**
 * A second table set beside the allocation table (the next year's copy, a
 * breakdown by activity), read as a person reads it: past a column left
 * blank from the header down through the data rows, a block with its own
 * header, its own column of names and figures beside them (a notes column
 * past a blank column is no table). The allocation table ends before the
 * blank column.
 */
import { isCountAmountText, isLabelText, isNumeric, isShown, isUnitText } from "./cells";
import { shownText, type Grid } from "./grid";
import { isUnitNoteText } from "./trailer";
import type { CellValue } from "../model/workbook";

/**
 * A name, or a text of letters (an abbreviation such as `NSTW`): no figure, no code — nor a unit of the table's units
 * row (`hội viên`, `triệu đồng`), nor a count typed with its unit (`8 hội viên`, a figure stored as text).
 */
function isNameText(value: CellValue): boolean {
  if (isUnitText(value) || isCountAmountText(value)) return false;
  return isLabelText(value) || (typeof value === "string" && !isNumeric(value) && /\p{L}{2,}/u.test(value));
}

/** Names in a column's data rows that make it a column of names (a side table's areas or items). */
const MIN_NAMES = 2;

/** Where a side table parts from the allocation table: the table's last column and the side table's first. */
export interface SideSplit {
  readonly end: number;
  readonly from: number;
}

/**
 * Where a side table parts from the allocation table (searched right of the
 * first name column `firstLabel`, within `right`), or null when the span
 * holds one table. `rows` are the first data rows.
 */
export function sideTableSplit(grid: Grid, headerRows: readonly number[], firstDataRow: number, rows: number, firstLabel: number, right: number): SideSplit | null {
  const gap = sideTableGap(grid, headerRows, firstDataRow, rows, firstLabel, right);
  if (gap !== null) return { end: gap - 1, from: gap + 1 };
  const from = captionedBlock(grid, headerRows, firstDataRow, rows, firstLabel, right);
  return from === null ? null : { end: from - 1, from };
}

/** The last row of the first data rows read: up to the first row showing nothing (notes under a short table are not beside it). */
function lastDataRow(grid: Grid, firstDataRow: number, rows: number, right: number): number {
  const last = Math.min(grid.rowCount, firstDataRow + rows) - 1;
  for (let row = firstDataRow + 1; row <= last; row++) {
    let shown = false;
    for (let col = 0; col <= right && !shown; col++) shown = isShown(grid, row, col);
    if (!shown) return row - 1;
  }
  return last;
}

/** Columns from `from` to `right` that hold a figure in the data rows, and whether any of them holds names. */
function blockCells(grid: Grid, from: number, right: number, firstDataRow: number, last: number): { figures: number; names: boolean } {
  let figures = 0;
  let names = false;
  for (let col = from; col <= right; col++) {
    let count = 0;
    let figure = false;
    for (let row = firstDataRow; row <= last; row++) {
      const value = grid.value(row, col);
      if (isNameText(value)) count++;
      else if (!figure && isNumeric(value)) figure = true;
    }
    if (figure) figures++;
    if (count >= MIN_NAMES) names = true;
  }
  return { figures, names };
}

/**
 * Whether the header rows show over columns `from`…`right` no text but one
 * title: merged across every one of them, or typed once in the first; and
 * the block holds figures in two columns or more and no column of names.
 */
function titledOnly(grid: Grid, headerRows: readonly number[], from: number, right: number, firstDataRow: number, last: number): boolean {
  if (right - from < 1) return false;
  let title: { row: number; col: number } | null = null;
  for (const row of headerRows) {
    for (let col = from; col <= right; col++) {
      if (!isShown(grid, row, col)) continue;
      const merge = grid.mergeAt(row, col);
      const at = merge === undefined ? { row, col } : { row: merge.top, col: merge.left };
      if (title !== null && (title.row !== at.row || title.col !== at.col)) return false;
      if (title === null) {
        // One title: merged over the whole block from its first column, or typed in its first column alone.
        if (merge === undefined ? col !== from : merge.left !== from || merge.right < right) return false;
        title = at;
      }
    }
  }
  const { figures, names } = blockCells(grid, from, right, firstDataRow, last);
  return figures >= 2 && !names;
}

/**
 * Columns at the right of the table that the header's lowest row leaves
 * without a name, under a caption merged over them alone in a row above
 * (`NĂM 2025` over its lines, then `NĂM 2026` over figures with no line
 * named): the first of them, or null.
 */
function captionedBlock(grid: Grid, headerRows: readonly number[], firstDataRow: number, rows: number, firstLabel: number, right: number): number | null {
  if (headerRows.length === 0) return null;
  const bottom = headerRows[headerRows.length - 1];
  let from = right;
  while (from > firstLabel && !isShown(grid, bottom, from)) from--;
  from++;
  // A named column between the names and the block; the block two columns wide at least.
  if (from <= firstLabel + 1 || right - from < 1) return null;
  const last = lastDataRow(grid, firstDataRow, rows, right);
  if (headerRows.length === 1) {
    // One header row, blank over the block: its title on the row right above the header, over the block alone.
    const above = headerRows[0] - 1;
    if (above < 0 || !isShown(grid, above, from) || (from > 0 && sameCell(grid, above, from - 1, from))) return null;
    // A unit note (`ĐVT: triệu đồng`) over the last columns is the table's own.
    if (isUnitNoteText(shownText(grid, above, from))) return null;
    return titledOnly(grid, [above, ...headerRows], from, right, firstDataRow, last) ? from : null;
  }
  const caption = headerRows.some((row) => {
    const merge = grid.mergeAt(row, from);
    return merge !== undefined && merge.top === row && merge.left === from && merge.right >= right && merge.bottom < bottom;
  });
  if (!caption) return null;
  return titledOnly(grid, headerRows, from, right, firstDataRow, last) ? from : null;
}

/** Whether two cells of a row lie in one merged area. */
function sameCell(grid: Grid, row: number, a: number, b: number): boolean {
  const merge = grid.mergeAt(row, a);
  return merge !== undefined && merge.left <= b && merge.right >= b;
}

/**
 * The blank column that separates a side table from the allocation table, or
 * null when the span holds one table.
 */
function sideTableGap(grid: Grid, headerRows: readonly number[], firstDataRow: number, rows: number, firstLabel: number, right: number): number | null {
  // The rows read stop at the first blank row: notes and signatures typed under a short table are not beside it.
  const last = lastDataRow(grid, firstDataRow, rows, right);
  const blankColumn = (col: number): boolean => {
    for (const row of headerRows) if (isShown(grid, row, col)) return false;
    for (let row = firstDataRow; row <= last; row++) if (isShown(grid, row, col)) return false;
    return true;
  };
  const namesFrom = headerRows.length > 0 ? Math.min(firstDataRow, headerRows[headerRows.length - 1] + 1) : firstDataRow;
  for (let gap = firstLabel + 2; gap < right; gap++) {
    if (!blankColumn(gap)) continue;
    // Beyond the gap: a header of its own over a column of names, and figures right of the names.
    let headed = false;
    let names = false;
    let figures = false;
    for (let col = gap + 1; col <= right && !(headed && names && figures); col++) {
      if (!headed) headed = headerRows.some((row) => isShown(grid, row, col));
      // Its title or header lower down, on this table's numbering row or data rows: its first cell a text.
      for (let row = namesFrom; row <= last && !headed; row++) {
        if (!isShown(grid, row, col)) continue;
        if (!isNameText(grid.value(row, col))) break;
        headed = true;
      }
      if (names) {
        for (let row = firstDataRow; row <= last && !figures; row++) figures = isNumeric(grid.value(row, col));
        continue;
      }
      // From the row under the header (this table's numbering row may hold the side table's own header), names or
      // abbreviations (`NSTW`, `NSĐP`): text that is no figure.
      let count = 0;
      for (let row = namesFrom; row <= last && count < MIN_NAMES; row++) if (isNameText(grid.value(row, col))) count++;
      names = count >= MIN_NAMES;
    }
    if (headed && names && figures) return gap;
    // Or figures with no header over them but a title: the same rows again, for another fund or year.
    if (titledOnly(grid, headerRows, gap + 1, right, firstDataRow, last)) return gap;
  }
  return null;
}
