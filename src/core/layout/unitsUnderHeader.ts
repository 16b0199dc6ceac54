/**
 * A units row under the header that gives a unit to some of the table's
 * columns only — `(triệu đồng)` over the money column, nothing over the
 * counts — or that holds a unit note (`ĐVT: triệu đồng`), its other cells
 * (the STT's, the names') left blank: the header's units row, neither an area
 * nor a heading. (A row with units over two columns or more, or led by `ĐVT`,
 * is one already.) Staff put it right under the header, or past rows that
 * hold no figures: a blank row, a title, a district's heading (`Huyện Ba Vì`
 * with its figures left to its communes) — the rows before the first figures.
 * A money unit typed bare in the names' column (`(triệu đồng)`, not `ĐVT: …`)
 * of such a row is the unit of the money columns, as a note is.
 */
import { moneyUnitName, type UnitInfo } from "../text/units";
import { isBlank, isNilMark, isUnitText, unitsCellUnit } from "./cells";
import type { Grid } from "./grid";
import { isLeadingNoteText } from "./leadingNotes";
import { readNote } from "./unitNote";

/** Whether `row` holds units over figures' columns (`figureCols`) or unit notes, and nothing else in `left` … `right`. */
export function isUnitsUnderHeader(grid: Grid, row: number, left: number, right: number, figureCols: ReadonlySet<number>): boolean {
  let units = 0;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (typeof value !== "string") return false;
    if (readNote(value) !== null || (figureCols.has(col) ? isUnitText(value) : moneyUnitOf(value) !== null)) units++;
    else return false;
  }
  return units >= 1;
}

/**
 * A note line and a unit on one row (`(Kèm theo Quyết định số …)` in the names' column, `ĐVT: triệu đồng` or
 * `(triệu đồng)` over the money): no figure, every text in `left` … `right` a note line or a unit, one of each at least.
 * The header's units row, its note no area.
 */
export function isNoteWithUnitRow(grid: Grid, row: number, left: number, right: number): boolean {
  let notes = 0;
  let units = 0;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (typeof value !== "string") return false;
    if (readNote(value) !== null || isUnitText(value)) units++;
    else if (isLeadingNoteText(value)) notes++;
    else return false;
  }
  return notes >= 1 && units >= 1;
}

/**
 * A money unit typed bare beside the figures in the units row (`(triệu đồng)` in the names' column): the unit of the
 * table's money columns, as a `ĐVT` note is; else null. Only money: an area's name in brackets is no unit.
 */
export function bareMoneyUnitNote(grid: Grid, row: number, left: number, right: number, figureCols: ReadonlySet<number>): { unit: UnitInfo; text: string; row: number; col: number } | null {
  for (let col = left; col <= right; col++) {
    if (figureCols.has(col)) continue;
    const value = grid.value(row, col);
    const unit = typeof value === "string" ? moneyUnitOf(value) : null;
    if (unit !== null) return { unit, text: moneyUnitName(unit.scale), row, col };
  }
  return null;
}

/** The money unit of a cell holding a unit alone (`(triệu đồng)`, `tr.đ`, `(1.000 đồng)`), or null. */
function moneyUnitOf(value: string): UnitInfo | null {
  if (!isUnitText(value)) return null;
  const unit = unitsCellUnit(value);
  return unit.kind === "money" ? unit : null;
}

/**
 * The units row among the rows `from` … `firstDataRow - 1` under the header:
 * the first such row, every row before it holding no figures; else null.
 */
export function findUnitsUnderHeader(grid: Grid, from: number, firstDataRow: number, left: number, right: number, figureCols: ReadonlySet<number>): number | null {
  for (let row = from; row < firstDataRow; row++) {
    if (isUnitsUnderHeader(grid, row, left, right, figureCols)) return row;
    if (!holdsNoFigures(grid, row, figureCols)) return null;
  }
  return null;
}

/** Whether rows `from` … `to - 1` leave every figures' column blank (or typed a dash): headings or blank rows, no figures and no header's words. */
export function noFiguresBetween(grid: Grid, from: number, to: number, figureCols: ReadonlySet<number>): boolean {
  for (let row = from; row < to; row++) if (!holdsNoFigures(grid, row, figureCols)) return false;
  return true;
}

/** The cells as typed, so that a title merged across the figures' columns counts once, in its first column. */
function holdsNoFigures(grid: Grid, row: number, figureCols: ReadonlySet<number>): boolean {
  for (const col of figureCols) {
    const value = grid.value(row, col);
    if (!isBlank(value) && !isNilMark(value)) return false;
  }
  return true;
}
