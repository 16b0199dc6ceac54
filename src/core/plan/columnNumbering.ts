/** The row of column numbers under a plan's header (`(1) | (2) | (3)`): no plan line. */
import { isNumberingText } from "../layout/cells";
import type { Grid } from "../layout/grid";
import { isBlankValue } from "./planCells";

/**
 * The row of column numbers under a header (`(1) | (2) | (3) | (4)`, `1 | 2
 * | 3 | 4`, `A | B | C | D`, with `5=3+4` among them): at least three
 * numbers or single letters rising from left to right, and nothing else
 * (a line such as `2 | CLB | CLB | 30` has a word).
 */
export function isColumnNumbering(grid: Grid, row: number): boolean {
  let last = 0;
  let count = 0;
  for (let col = 0; col < grid.colCount; col++) {
    const value = grid.value(row, col);
    if (isBlankValue(value)) continue;
    if (isNumberingText(value)) continue;
    const ordinal = columnOrdinal(value);
    if (ordinal === null || ordinal <= last) return false;
    last = ordinal;
    count++;
  }
  return count >= 3;
}

/** `3`, `(3)`, `C` → 3; null for anything else. */
export function columnOrdinal(value: ReturnType<Grid["value"]>): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 && value < 100 ? value : null;
  if (typeof value !== "string") return null;
  const text = value.trim();
  const number = /^\(?(\d{1,2})\)?$/.exec(text);
  if (number !== null) return Number(number[1]);
  return /^[A-Z]$/.test(text) ? text.charCodeAt(0) - 64 : null;
}
