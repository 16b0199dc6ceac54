/** The row of column numbers under a plan's header (`(1) | (2) | (3)`): no plan line. */
import { isNumberingText } from "../layout/cells";
import type { Grid } from "../layout/grid";
import { isBlankValue } from "./planCells";

/**
 * The row of column numbers under a header (`(1) | (2) | (3) | (4)`, `1 | 2
 * | 3 | 4`, `A | B | C | D`, with `5=3+4` among them, or letters for the
 * text columns then numbers for the figures, `A | B | C | 1=2+3 | 2 | 3`):
 * at least three numbers or single letters, the letters rising from left
 * to right and the numbers too, and nothing else (a line such as `2 | CLB
 * | CLB | 30` has a word).
 */
export function isColumnNumbering(grid: Grid, row: number): boolean {
  const last = { letter: 0, number: 0 };
  let count = 0;
  for (let col = 0; col < grid.colCount; col++) {
    const value = grid.value(row, col);
    if (isBlankValue(value)) continue;
    if (isNumberingText(value)) continue;
    const ordinal = columnOrdinal(value);
    if (ordinal === null) return false;
    const kind = isLetter(value) ? "letter" : "number";
    // Letters after the numbers start no sequence of their own: `1 | 2 | A` is no numbering.
    if (ordinal <= last[kind] || (kind === "letter" && last.number > 0)) return false;
    last[kind] = ordinal;
    count++;
  }
  return count >= 3;
}

/** A single capital letter (`C`), a column's name in a numbering row. */
function isLetter(value: ReturnType<Grid["value"]>): boolean {
  return typeof value === "string" && /^[A-Z]$/.test(value.trim());
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
