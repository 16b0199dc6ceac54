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

/**
 * A sheet's cached values in a few large blocks, row after row, as a big
 * sheet's reader makes them (no array per row): row `r` holds
 * `blocks[rowBlock[r]][rowStart[r]]` … `[rowStart[r] + rowLength[r] - 1]`, its
 * cells from column A on (`null` where blank), as `SheetData.values[r]` does.
 */
export interface CellRows {
  readonly blocks: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly rowBlock: Int32Array;
  readonly rowStart: Int32Array;
  readonly rowLength: Int32Array;
  /** The longest row's length. */
  readonly width: number;
}

export interface SheetData {
  readonly name: string;
  /** Row-major cached values; rows may be ragged or missing (read as empty). */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue> | undefined>;
  /**
   * The same values in one block, when the adapter read them so: the engine's
   * hot loops read cells from it (`cellValue`, `rowCells`), and `values` is
   * then made from it only when something asks for the rows.
   */
  readonly cellRows?: CellRows;
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
  const block = sheet.cellRows;
  if (block !== undefined) {
    if (row < 0 || row >= block.rowLength.length || col < 0 || col >= block.rowLength[row]) return null;
    const value = block.blocks[block.rowBlock[row]][block.rowStart[row] + col];
    return value === undefined ? null : value;
  }
  const values = sheet.values[row];
  if (values === undefined) return null;
  const value = values[col];
  return value === undefined ? null : value;
}

/** `cellValue` of one sheet, its block's arrays looked up once (layout reads every cell of a big table a few times). */
export function cellReader(sheet: SheetData): (row: number, col: number) => CellValue {
  const block = sheet.cellRows;
  if (block === undefined) return (row, col) => cellValue(sheet, row, col);
  const { blocks, rowBlock, rowStart, rowLength } = block;
  const rows = rowLength.length;
  return (row, col) => {
    if (row < 0 || row >= rows || col < 0 || col >= rowLength[row]) return null;
    const value = blocks[rowBlock[row]][rowStart[row] + col];
    return value === undefined ? null : value;
  };
}

export function cellFormula(sheet: SheetData, row: number, col: number): string | undefined {
  const formula = sheet.formulas?.[row]?.[col];
  return formula === null || formula === undefined ? undefined : formula;
}

export function rowCount(sheet: SheetData): number {
  return sheet.cellRows !== undefined ? sheet.cellRows.rowLength.length : sheet.values.length;
}

/**
 * Where a row's cells are: `cells[offset]` … `cells[offset + length - 1]` are
 * its columns A, B, … (`length` 0 for a row with none). From the block when
 * the sheet has one, else the row's own array (offset 0).
 */
export interface RowCells {
  readonly cells: ReadonlyArray<CellValue>;
  readonly offset: number;
  readonly length: number;
}

const NO_CELLS: RowCells = { cells: [], offset: 0, length: 0 };

/** A row's cells (see `RowCells`); none for a row past the sheet's end. */
export function rowCells(sheet: SheetData, row: number): RowCells {
  const block = sheet.cellRows;
  if (block !== undefined) {
    if (row < 0 || row >= block.rowLength.length) return NO_CELLS;
    return { cells: block.blocks[block.rowBlock[row]], offset: block.rowStart[row], length: block.rowLength[row] };
  }
  const values = sheet.values[row];
  return values === undefined ? NO_CELLS : { cells: values, offset: 0, length: values.length };
}

/** A row's values as an array (a copy when the sheet keeps them in a block): for a few rows, not a loop over the sheet. */
export function rowValues(sheet: SheetData, row: number): readonly CellValue[] {
  const { cells, offset, length } = rowCells(sheet, row);
  return offset === 0 && length === cells.length ? cells : cells.slice(offset, offset + length);
}

export function columnCount(sheet: SheetData): number {
  if (sheet.cellRows !== undefined) return sheet.cellRows.width;
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
