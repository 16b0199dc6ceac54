/** Cells as few rectangles: runs along each row, then identical runs of consecutive rows stacked. */
import type { CellRange } from "../../core/model/workbook";

export function rectanglesOf(cells: ReadonlyArray<readonly [number, number]>): CellRange[] {
  type Mutable = { top: number; left: number; bottom: number; right: number };
  const sorted = [...cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: Mutable[] = [];
  for (const [r, c] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === r && last.right === c) continue;
    if (last && last.top === r && last.right === c - 1) last.right = c;
    else runs.push({ top: r, bottom: r, left: c, right: c });
  }
  const open = new Map<string, Mutable>();
  const out: Mutable[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      const rect = { ...run };
      open.set(key, rect);
      out.push(rect);
    }
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}
