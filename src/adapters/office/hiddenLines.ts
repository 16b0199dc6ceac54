/**
 * Which rows and columns of a sheet's used range are hidden (by hand or by a
 * filter), read in at most one more round trip, shared with the merges'
 * follow-up (`blockRead.ts`):
 *
 * 1. with the sizes, the used range's `rowHidden` and `columnHidden`
 *    (ExcelApi 1.2): true when every row (column) of the range is hidden,
 *    false when none is, null when some are — one answer for the range;
 * 2. only for a sheet where one of them is null, the used range's visible
 *    cells (`getSpecialCells("Visible")`, ExcelApi 1.9) as an address: a row
 *    of the used range is hidden when no visible area spans it, a column
 *    alike. How Excel cuts the visible cells into areas does not matter.
 *
 * What cannot be told is left out (the engine then reports nothing hidden in
 * that direction, as for a file that says nothing): a mixed state on a host
 * without ExcelApi 1.9, and the rows of a used range whose every column is
 * hidden (no visible cell tells which rows are).
 */
import type { CellRange } from "../../core/model/workbook";

export interface HiddenLines {
  readonly hiddenRows?: number[];
  readonly hiddenColumns?: number[];
}

/** Office.js types `rowHidden`/`columnHidden` as boolean; Excel answers null for a mixed range. */
function tristate(value: boolean): boolean | null {
  return value as boolean | null;
}

/**
 * After the first sync: queues the visible cells of a used range whose rows
 * or columns are partly hidden (null when there is nothing to ask).
 */
export function queueVisibleCells(used: Excel.Range, specialCells: boolean): Excel.RangeAreas | null {
  if (used.isNullObject || !specialCells) return null;
  if (tristate(used.rowHidden) !== null && tristate(used.columnHidden) !== null) return null;
  const visible = used.getSpecialCellsOrNullObject("Visible");
  visible.load("address");
  return visible;
}

function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Indexes in [from, to] that no [start, end] of `covered` reaches. */
function uncovered(from: number, to: number, covered: ReadonlyArray<readonly [number, number]>): number[] {
  const marks = new Uint8Array(to - from + 1);
  for (const [start, end] of covered) {
    for (let i = Math.max(start, from); i <= Math.min(end, to); i++) marks[i - from] = 1;
  }
  const out: number[] = [];
  marks.forEach((m, i) => {
    if (m === 0) out.push(from + i);
  });
  return out;
}

/**
 * The hidden rows and columns of the used range (after the syncs), only
 * those that are known and only when there are some (as the file reader).
 * `areas`: the visible cells' rectangles, or null when they were not asked or
 * there are none.
 */
export function hiddenLinesOf(used: Excel.Range, areas: readonly CellRange[] | null): HiddenLines {
  if (used.isNullObject) return {};
  const range: CellRange = {
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + used.rowCount - 1,
    right: used.columnIndex + used.columnCount - 1,
  };
  const rows = lines(tristate(used.rowHidden), range.top, range.bottom, areas?.map((a) => [a.top, a.bottom] as const));
  const columns = lines(tristate(used.columnHidden), range.left, range.right, areas?.map((a) => [a.left, a.right] as const));
  return {
    ...(rows !== null && rows.length > 0 ? { hiddenRows: rows } : {}),
    ...(columns !== null && columns.length > 0 ? { hiddenColumns: columns } : {}),
  };
}

function lines(state: boolean | null, from: number, to: number, covered: ReadonlyArray<readonly [number, number]> | undefined): number[] | null {
  if (state === true) return span(from, to);
  if (state === false) return [];
  return covered === undefined ? null : uncovered(from, to, covered);
}
