/**
 * The workbook as the engine sees it: plain data, no Office.js, no ExcelJS.
 * Adapters (ExcelJS for files, Office.js in the add-in, in-memory for tests
 * and the preview) translate their own workbook into this shape.
 *
 * Rows and columns are 0-based everywhere in the core; A1 addresses are made
 * only at the edges (findings, summary formulas) with `./address`.
 */

/** An Excel error value such as `#REF!`, `#DIV/0!`, `#N/A`. */
export interface CellError {
  readonly error: string;
}

/**
 * What a cell holds. For a formula cell this is its cached (last calculated)
 * value; `null` is an empty cell. Text is kept exactly as typed (a number typed
 * as text stays a string: the engine decides what it means).
 */
export type CellValue = number | string | boolean | null | CellError;

/** An inclusive rectangle of cells, 0-based. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetData {
  readonly name: string;
  /** Row-major cached values; rows may be ragged or missing (read as empty). */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue> | undefined>;
  /**
   * Formulas in en-US (invariant) syntax without the leading `=`, same shape as
   * `values`; absent, `undefined` or `null` where a cell holds no formula.
   */
  readonly formulas?: ReadonlyArray<ReadonlyArray<string | null | undefined> | undefined>;
  /**
   * Number formats (`0%`, `#,##0`), same shape as `values`; optional. A percent
   * format tells that 0.15 means 15 %.
   */
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | null | undefined> | undefined>;
  /** Merged areas; only the top-left cell of a merge holds its value. */
  readonly merges: readonly CellRange[];
  readonly hidden?: boolean;
  /** Hidden rows (hidden by hand or by a filter), 0-based; absent when none are or the adapter cannot tell. */
  readonly hiddenRows?: readonly number[];
  /** Hidden columns, 0-based. */
  readonly hiddenColumns?: readonly number[];
}

export interface WorkbookData {
  readonly sheets: readonly SheetData[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

export function cellValue(sheet: SheetData, row: number, col: number): CellValue {
  const values = sheet.values[row];
  if (values === undefined) return null;
  const value = values[col];
  return value === undefined ? null : value;
}

export function cellFormula(sheet: SheetData, row: number, col: number): string | undefined {
  const formula = sheet.formulas?.[row]?.[col];
  return formula === null || formula === undefined ? undefined : formula;
}

export function rowCount(sheet: SheetData): number {
  return sheet.values.length;
}

export function columnCount(sheet: SheetData): number {
  let max = 0;
  const values = sheet.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (row !== undefined && row.length > max) max = row.length;
  }
  return max;
}

export function cellNumberFormat(sheet: SheetData, row: number, col: number): string | undefined {
  const format = sheet.numberFormats?.[row]?.[col];
  return format === null || format === undefined ? undefined : format;
}
