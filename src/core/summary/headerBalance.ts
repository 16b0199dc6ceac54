/**
 * The area table's header read whole: each plan line's column headed by its
 * code and whole name, and the columns' widths shared out so the tallest
 * header wraps on as few lines as the printed width allows. Columns for short
 * names give width to columns for long ones (a narrow count column's name
 * otherwise stood on six lines, a money line's on two), never below what the
 * other tables need in that column; what is left goes back to the columns
 * that gave it. The sheet's width stays the same.
 */
import { CELL_PADDING, longestWordWidth, textWidth, wrappedLines, type FontSpec } from "./textMeasure";

export interface HeaderColumn {
  readonly col: number;
  readonly text: string;
}

/** The narrowest width (in half units) at which `text` wraps on at most `lines` lines, from `from`. */
function widthFor(text: string, lines: number, from: number, font: FontSpec): number {
  const whole = Math.ceil((textWidth(text, font) + CELL_PADDING + 0.5) * 2) / 2;
  let w = Math.max(from, Math.ceil((longestWordWidth(text, font) + CELL_PADDING + 0.5) * 2) / 2);
  while (w < whole && wrappedLines(text, w, font) > lines) w += 0.5;
  return w;
}

/**
 * `widths` with the header columns' widths shared out among them so the
 * tallest header takes the fewest lines, each column at least its `mins`;
 * `widths` itself when that saves no line.
 */
export function balanceHeaderWidths(widths: readonly number[], headers: readonly HeaderColumn[], mins: readonly number[], font: FontSpec): number[] {
  if (headers.length < 2) return [...widths];
  const budget = headers.reduce((sum, h) => sum + widths[h.col], 0);
  const tallest = Math.max(...headers.map((h) => wrappedLines(h.text, widths[h.col], font)));
  for (let lines = 1; lines < tallest; lines++) {
    const need = headers.map((h) => widthFor(h.text, lines, Math.max(mins[h.col] ?? 0, 0), font));
    const total = need.reduce((sum, w) => sum + w, 0);
    if (total > budget) continue;
    // The width left goes back to the columns that gave some, in proportion to what they gave.
    const gave = headers.map((h, i) => Math.max(0, widths[h.col] - need[i]));
    const given = gave.reduce((sum, g) => sum + g, 0);
    const spare = budget - total;
    const out = [...widths];
    headers.forEach((h, i) => {
      out[h.col] = given > 0 ? Math.floor((need[i] + (gave[i] * spare) / given) * 2) / 2 : need[i];
    });
    return out;
  }
  return [...widths];
}
