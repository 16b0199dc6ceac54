/** The leaf cells of one plan line, as the per-area rules (`percent`, `quota`) check them. */
import type { RuleContext } from "./context";
import { CELL, isInvalidState as isInvalid } from "../cells/readCell";

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
 * read as a number are skipped: `invalid-value` reports them.
 */
export function forEachLeafCell(context: RuleContext, code: string, visit: (cell: LeafCell) => void): void {
  const line = context.lineByCode.get(code);
  if (line === undefined) return;
  for (const area of context.leaves) {
    const index = area * context.lineCount + line;
    const state = context.state[index];
    if (isInvalid(state)) continue;
    visit({ area, line, value: context.base[index], blank: state === CELL.blank });
  }
}
