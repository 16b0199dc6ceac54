/**
 * A workbook to write, as plain data: cell values (formulas with their cached
 * results), merges, column widths, number formats and a few display styles.
 * Pure data — the ExcelJS writer (`adapters/exceljs/writeWorkbook`) turns it
 * into an .xlsx file, and `specToWorkbookData` gives the engine's view of it
 * (what a reader would get back from the written file).
 */
import type { CellRange, CellValue, SheetData, WorkbookData } from "./workbook";

export type HorizontalAlign = "left" | "center" | "right";

/** How a cell looks. Colours are `#RRGGBB`. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points (default 11). */
  readonly size?: number;
  readonly align?: HorizontalAlign;
  readonly verticalCenter?: boolean;
  readonly wrap?: boolean;
  /** Thin border on all four sides. */
  readonly border?: boolean;
  readonly fill?: string;
}

export interface CellSpec {
  /**
   * A constant, or the cached result of `formula`. Strings are written as
   * text even when they look like a number or start with `=`.
   */
  readonly value: CellValue;
  /** An en-US formula without the leading `=`. */
  readonly formula?: string;
  readonly numFmt?: string;
  readonly style?: CellStyle;
}

export interface SheetSpec {
  readonly name: string;
  /** Row-major, 0-based; `undefined` or `null` is an empty cell with no style. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellSpec | null | undefined> | undefined>;
  readonly merges: readonly CellRange[];
  /** Column widths in characters, index = column. */
  readonly columnWidths: readonly number[];
  /** Row heights in points by 0-based row index. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Rows and columns frozen at the top left. */
  readonly frozen?: { readonly rows: number; readonly cols: number };
  readonly landscape?: boolean;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly creator?: string;
}

/** The engine's view of a spec: cached values, formulas and number formats, row by row. */
export function specToSheetData(sheet: SheetSpec): SheetData {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  sheet.rows.forEach((row, r) => {
    values[r] = [];
    formulas[r] = [];
    numberFormats[r] = [];
    (row ?? []).forEach((cell, c) => {
      values[r][c] = cell?.value ?? null;
      formulas[r][c] = cell?.formula ?? null;
      numberFormats[r][c] = cell?.numFmt ?? null;
    });
  });
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formulas[r] ??= [];
    numberFormats[r] ??= [];
  }
  return { name: sheet.name, values, formulas, numberFormats, merges: sheet.merges };
}

export function specToWorkbookData(spec: WorkbookSpec): WorkbookData {
  return { sheets: spec.sheets.map(specToSheetData) };
}
