/** The leaf cells of one plan line, as the per-area rules (`percent`, `quota`) check them. */
import type { RuleContext } from "./context";
import { CELL, isInvalidState as isInvalid } from "../cells/readCell";
import { totalLineChildren } from "./lineTotals";
import { noPlaceLeaves } from "./noPlace";

export interface LeafCell {
  /** Area index of the leaf. */
  readonly area: number;
  /** Table line index of the plan line. */
  readonly line: number;
  /** Base value (0 for a blank cell). */
  readonly value: number;
  readonly blank: boolean;
}

/**
 * Visits every leaf area's cell of the table line that `code` maps to, in
 * sheet order; none when the table has no such line. Cells that cannot be
 * read as a number, and figures no allocation can be (a negative number, a
 * fraction of a count), are skipped: `invalid-value` reports them, once.
 * So are the rows that are no place (the province's own share, the
 * reserve): no per-area quota or rate is theirs.
 */
export function forEachLeafCell(context: RuleContext, code: string, visit: (cell: LeafCell) => void): void {
  const line = context.lineByCode.get(code);
  if (line === undefined) return;
  // As `invalid-value` checks a leaf's figure: not on a total line (its cells add up others).
  const figures = totalLineChildren(context, line) === null;
  const count = context.lineKind[line] === "count";
  const noPlace = noPlaceLeaves(context.table, context.sheet);
  for (const area of context.leaves) {
    if (noPlace.has(area)) continue;
    const index = area * context.lineCount + line;
    const state = context.state[index];
    if (isInvalid(state)) continue;
    const value = context.base[index];
    if (figures && state !== CELL.blank && notAFigure(value, count)) continue;
    visit({ area, line, value, blank: state === CELL.blank });
  }
}

/** A figure no allocation can be: negative, or a fraction of a count (`invalid-value` tells it at a leaf). */
export function notAFigure(value: number, count: boolean): boolean {
  return value < 0 || (count && !Number.isInteger(value));
}
