/**
 * A check row that shows what is left of the plan (`Còn lại`, `Chưa phân
 * bổ`, `Còn lại chưa phân bổ`): no area, counted in no total — and, being
 * the plan less what the sheet allocated, a figure the reading can be
 * checked against (allocheck's own plan less allocated). Its figures on each
 * line are kept for that.
 */
import { wordKey } from "../text/fold";
import { numberOf } from "./areaScore";
import type { Grid } from "./grid";

const REMAINDER = /^(?:so )?(?:con lai|chua phan bo|chua giao)(?: chua (?:phan bo|giao))?$/;

/** Whether a check row's label names what is left of the plan to give out. */
export function isRemainderLabel(label: string): boolean {
  return REMAINDER.test(wordKey(label.replace(/\([^)]*\)/g, " ")));
}

export interface RemainderRow {
  readonly index: number;
  readonly label: string;
  /** Per line position, the figure the row shows (cells' unit); blank cells and text that is no number left out. */
  readonly values: readonly { readonly line: number; readonly value: number }[];
}

/** The remainder rows among the check rows, with their figures on `lines`. */
export function remainderRows(grid: Grid, checks: readonly { readonly index: number; readonly label: string }[], lines: readonly number[]): RemainderRow[] {
  const out: RemainderRow[] = [];
  for (const { index, label } of checks) {
    if (!isRemainderLabel(label)) continue;
    const values: { line: number; value: number }[] = [];
    for (const line of lines) {
      const cell = grid.value(index, line);
      const value = numberOf(cell);
      if (cell !== null && !Number.isNaN(value)) values.push({ line, value });
    }
    if (values.length > 0) out.push({ index, label, values });
  }
  return out;
}
