/** Building the summary sheet's cells: the cells and merges so far, and the number formats the tables share. */
import type { IndicatorKind } from "../model/plan";
import type { SummaryCell } from "../model/summary";
import type { CellRange } from "../model/workbook";
import { copyCell } from "./cellShape";

/** Columns of the first table (A–H); the area table may use more. */
export const BASE_COLUMNS = 8;
export const LAST_BASE_COLUMN = BASE_COLUMNS - 1;

export const INTEGER_FORMAT = "#,##0";
export const DECIMAL_FORMAT = "#,##0.###";
const PERCENT_POINTS_FORMAT = '0.0"%"';
export const RATIO_FORMAT = "0.0%";

export class SheetBuilder {
  readonly cells: SummaryCell[] = [];
  readonly merges: CellRange[] = [];
  maxRow = -1;
  maxCol = -1;

  put(cell: SummaryCell): void {
    this.cells.push(copyCell(cell));
    if (cell.row > this.maxRow) this.maxRow = cell.row;
    if (cell.col > this.maxCol) this.maxCol = cell.col;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
    if (bottom > this.maxRow) this.maxRow = bottom;
    if (right > this.maxCol) this.maxCol = right;
  }

  /** A section title across the first table's width. */
  subtitle(row: number, value: string): void {
    this.put({ row, col: 0, value, style: "subtitle" });
    this.merge(row, 0, row, LAST_BASE_COLUMN);
  }
}

export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Digits to round a difference to: whole đồng for money, else a safe 9. */
export function roundDigits(kind: IndicatorKind, scale: number): number {
  return kind === "money" ? Math.max(0, Math.round(Math.log10(scale))) : 9;
}

/** Percent points with one decimal and a literal %; whole counts and amounts grouped; decimals up to three places. */
export function numberFormat(kind: IndicatorKind, values: ReadonlyArray<number | null>): string {
  if (kind === "percent") return PERCENT_POINTS_FORMAT;
  // Whole as shown (three decimals at most), else `1.0004` would show as `1.`.
  return values.every((v) => v === null || Number.isInteger(roundTo(v, 3))) ? INTEGER_FORMAT : DECIMAL_FORMAT;
}
