/**
 * Summary cells in one shape: every field of `SummaryCell` present, in one
 * order, `undefined` where the cell has none. A large summary has tens of
 * thousands of cells, copied by each step of the print layout (rows moved,
 * boxed, header copies): a spread of cells of many shapes (`{ ...cell, row }`)
 * takes V8's slow generic path, and every pass that reads them meets them
 * all; cells of one shape are copied and read by the fast paths (measured in
 * BENCHMARKS.md). An absent field and one set to `undefined` read alike.
 */
import type { SummaryCell } from "../model/summary";

/** A cell of the one shape, its fields still to set. */
export type CellDraft = { -readonly [K in keyof SummaryCell]: SummaryCell[K] };

/** A copy of `cell` in the one shape (change its fields before handing it on). */
export function copyCell(cell: SummaryCell): CellDraft {
  return {
    row: cell.row,
    col: cell.col,
    value: cell.value,
    formula: cell.formula,
    numFmt: cell.numFmt,
    style: cell.style,
    link: cell.link,
    wrap: cell.wrap,
    boxed: cell.boxed,
  };
}
