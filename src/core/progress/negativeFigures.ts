/**
 * A negative figure on a period sheet (−50 on `Thực hiện 2023`) is no result
 * of a period: its `invalid-value` tells it at its cell, and it is then left
 * out as an error value is — not counted in its line's figure, its area's
 * entry marked unusable — so it adds no `pace` or `area-progress` finding of
 * its own. Only where `invalid-value` tells it: at leaf cells of lines with no
 * total line over them; not on percent lines (a rate's figure is not a sum).
 */
import { CELL } from "../cells/readCell";
import type { RuleContext } from "../rules/context";
import { totalLineChildren } from "../rules/lineTotals";

/** Marks the context's negative leaf figures as unusable (state error, value 0), taking them out of the lines' leaf sums. */
export function setAsideNegatives(context: RuleContext): void {
  const { lineCount, state, base, leafSums, plainAreas } = context;
  const lines: number[] = [];
  for (let l = 0; l < lineCount; l++) if (context.lineKind[l] !== "percent" && totalLineChildren(context, l) === null) lines.push(l);
  if (lines.length === 0) return;
  for (const leaf of context.leaves) {
    // A row of blanks and whole, not negative numbers (most rows): nothing to set aside.
    if (plainAreas !== undefined && plainAreas[leaf] === 1) continue;
    const offset = leaf * lineCount;
    for (const l of lines) {
      const at = offset + l;
      if ((state[at] !== CELL.number && state[at] !== CELL.textNumber) || !(base[at] < 0)) continue;
      leafSums[l] -= base[at];
      base[at] = 0;
      state[at] = CELL.error;
    }
  }
}
