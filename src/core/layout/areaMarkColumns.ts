/**
 * With the areas across the columns, a column holding nothing but marks typed
 * for a figure (`x`, `X`, `?`) is read as a note by the column roles (a flag
 * column `Xã ATK | x` beside area rows). When its header names an area (a
 * prefix, a plan area, a total), or it sits between two columns of figures
 * (areas on both sides, its name bare), or it closes the run of area columns
 * (the sheet's end or a note after it) its name a proper name (`Cốc Ly`) after
 * area columns the header names as areas, it is that area's column — on a
 * sheet of one line, its one cell an `x` in place of a figure — and its marks
 * are told as invalid values, never dropped with the notes.
 */
import type { ColumnInfo } from "./columns";
import type { AxisScorer } from "./orientation";

export function withAreaMarkColumns(columns: readonly ColumnInfo[], scorer: AxisScorer): ColumnInfo[] {
  return columns.map((c, i) => {
    if (c.figureMarks !== true) return c;
    const header = c.headerParts[c.headerParts.length - 1] ?? "";
    if (header === "" || scorer.lineLike(header)) return c;
    const between = columns[i - 1]?.role === "value" && columns[i + 1]?.role === "value";
    const last = columns[i + 1]?.role !== "value" && isProperName(header) && afterAreaColumns(columns, i, scorer);
    return scorer.areaLike(header) || between || last ? { col: c.col, role: "value", headerParts: c.headerParts } : c;
  });
}

/** Area columns the header names (two at least, one named as an area, none as a plan line) run up to the column at `i`. */
function afterAreaColumns(columns: readonly ColumnInfo[], i: number, scorer: AxisScorer): boolean {
  let run = 0;
  let named = false;
  for (let j = i - 1; j >= 0 && columns[j].role === "value"; j--) {
    const header = columns[j].headerParts[columns[j].headerParts.length - 1] ?? "";
    if (header === "" || scorer.lineLike(header)) return false;
    if (scorer.areaLike(header)) named = true;
    run++;
  }
  return run >= 2 && named;
}

/**
 * Every word opened by a capital and not all capitals (`Cốc Ly`, `Nậm Lúc`), as a commune's name is typed in a header
 * row: no flag word (`Ưu tiên`), nor a heading typed in capitals that could be either.
 */
function isProperName(text: string): boolean {
  return text
    .trim()
    .split(/\s+/)
    .every((word) => /^\p{Lu}\p{Ll}/u.test(word));
}
