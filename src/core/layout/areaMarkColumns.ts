/**
 * With the areas across the columns, a column holding nothing but marks typed
 * for a figure (`x`, `X`, `?`) is read as a note by the column roles (a flag
 * column `Xã ATK | x` beside area rows). When its header names an area (a
 * prefix, a plan area, a total), or it sits between two columns of figures
 * (areas on both sides, its name bare), it is that area's column — on a sheet
 * of one line, its one cell an `x` in place of a figure — and its marks are
 * told as invalid values, never dropped with the notes.
 */
import type { ColumnInfo } from "./columns";
import type { AxisScorer } from "./orientation";

export function withAreaMarkColumns(columns: readonly ColumnInfo[], scorer: AxisScorer): ColumnInfo[] {
  return columns.map((c, i) => {
    if (c.figureMarks !== true) return c;
    const header = c.headerParts[c.headerParts.length - 1] ?? "";
    if (header === "" || scorer.lineLike(header)) return c;
    const between = columns[i - 1]?.role === "value" && columns[i + 1]?.role === "value";
    return scorer.areaLike(header) || between ? { col: c.col, role: "value", headerParts: c.headerParts } : c;
  });
}
