/**
 * A units row right under the header that gives a unit to some of the
 * table's columns only — `(triệu đồng)` over the money column, nothing over
 * the counts — or that holds a unit note (`ĐVT: triệu đồng`), its other cells
 * (the STT's, the names') left blank: the header's units row, neither an area
 * nor a heading. (A row with units over two columns or more, or led by `ĐVT`,
 * is one already.)
 */
import { isBlank, isUnitText } from "./cells";
import type { Grid } from "./grid";
import { readNote } from "./unitNote";

/** Whether `row` holds units over figures' columns (`figureCols`) or unit notes, and nothing else in `left` … `right`. */
export function isUnitsUnderHeader(grid: Grid, row: number, left: number, right: number, figureCols: ReadonlySet<number>): boolean {
  let units = 0;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (typeof value !== "string") return false;
    if (readNote(value) !== null || (figureCols.has(col) && isUnitText(value))) units++;
    else return false;
  }
  return units >= 1;
}
