/**
 * A second table set beside the allocation table (the next year's copy, a
 * breakdown by activity), read as a person reads it: past a column left
 * blank from the header down through the data rows, a block with its own
 * header, its own column of names and figures beside them (a notes column
 * past a blank column is no table). The allocation table ends before the
 * blank column.
 */
import { isLabelText, isNumeric, isShown } from "./cells";
import type { Grid } from "./grid";
import type { CellValue } from "../model/workbook";

/** A name, or a text of letters (an abbreviation such as `NSTW`): no figure, no code. */
function isNameText(value: CellValue): boolean {
  return isLabelText(value) || (typeof value === "string" && !isNumeric(value) && /\p{L}{2,}/u.test(value));
}

/** Names in a column's data rows that make it a column of names (a side table's areas or items). */
const MIN_NAMES = 2;

/**
 * The blank column that separates a side table from the allocation table
 * (searched right of the first name column `firstLabel`, within `right`), or
 * null when the span holds one table. `rows` are the first data rows.
 */
export function sideTableGap(grid: Grid, headerRows: readonly number[], firstDataRow: number, rows: number, firstLabel: number, right: number): number | null {
  // The rows read stop at the first blank row: notes and signatures typed under a short table are not beside it.
  let last = Math.min(grid.rowCount, firstDataRow + rows) - 1;
  for (let row = firstDataRow + 1; row <= last; row++) {
    let shown = false;
    for (let col = 0; col <= right && !shown; col++) shown = isShown(grid, row, col);
    if (!shown) {
      last = row - 1;
      break;
    }
  }
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
  }
  return null;
}
