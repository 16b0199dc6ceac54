/**
 * A mutable in-memory workbook: what the preview shows and what the memory
 * host reads and writes. Plain data plus a few helpers; no DOM, no Office.js.
 */
import type { CellRange, CellValue, SheetData, WorkbookData } from "../../core/model/workbook";
import type { SummaryStyle } from "../../core/model/summary";
import { a1, parseA1 } from "../../core/model/address";

export interface MemoryCellLink {
  readonly sheet: string;
  readonly cell: string;
}

export interface MemorySheet {
  name: string;
  hidden: boolean;
  /** Row-major values, grown on demand. */
  values: CellValue[][];
  /** Formulas (en-US, no leading `=`), same shape as `values` where present. */
  formulas: (string | null)[][];
  merges: CellRange[];
  /** Fill colour `#RRGGBB` by A1 address; absent = no fill. */
  fills: Map<string, string>;
  /** Cell notes by A1 address. */
  notes: Map<string, string>;
  /** Display style of summary cells by A1 address (preview only). */
  styles: Map<string, SummaryStyle>;
  /** Number formats by A1 address (preview only). */
  numFmts: Map<string, string>;
  /** Internal hyperlinks by A1 address. */
  links: Map<string, MemoryCellLink>;
  /** Column widths in characters, by column index (preview only). */
  columnWidths: number[];
  frozenRows: number;
}

export function emptySheet(name: string): MemorySheet {
  return {
    name,
    hidden: false,
    values: [],
    formulas: [],
    merges: [],
    fills: new Map(),
    notes: new Map(),
    styles: new Map(),
    numFmts: new Map(),
    links: new Map(),
    columnWidths: [],
    frozenRows: 0,
  };
}

/** Copies a read-only sheet into a mutable one (values, formulas, merges, hidden). */
export function sheetFromData(data: SheetData): MemorySheet {
  const sheet = emptySheet(data.name);
  sheet.hidden = data.hidden === true;
  sheet.values = data.values.map((row) => (row === undefined ? [] : row.map((v) => (v === undefined ? null : v))));
  sheet.formulas = (data.formulas ?? []).map((row) =>
    row === undefined ? [] : row.map((f) => (f === undefined || f === null ? null : f)),
  );
  sheet.merges = data.merges.map((m) => ({ ...m }));
  data.numberFormats?.forEach((row, r) =>
    row?.forEach((format, c) => {
      if (format !== null && format !== undefined && format !== "" && format !== "General") {
        sheet.numFmts.set(a1(r, c), format);
      }
    }),
  );
  return sheet;
}

/** Number formats as the engine reads them (same shape as values), or undefined when none. */
function numberFormatRows(sheet: MemorySheet): (string | null)[][] | undefined {
  if (sheet.numFmts.size === 0) return undefined;
  const rows: (string | null)[][] = [];
  for (const [address, format] of sheet.numFmts) {
    const { row, col } = parseA1(address);
    while (rows.length <= row) rows.push([]);
    const cells = rows[row];
    while (cells.length <= col) cells.push(null);
    cells[col] = format;
  }
  return rows;
}

/** The read-only shape the engine takes, copied so later edits do not leak into it. */
export function sheetToData(sheet: MemorySheet): SheetData {
  const hasFormulas = sheet.formulas.some((row) => row !== undefined && row.some((f) => f !== null && f !== undefined));
  return {
    name: sheet.name,
    values: sheet.values.map((row) => (row === undefined ? [] : row.slice())),
    formulas: hasFormulas ? sheet.formulas.map((row) => (row === undefined ? [] : row.slice())) : undefined,
    numberFormats: numberFormatRows(sheet),
    merges: sheet.merges.map((m) => ({ ...m })),
    hidden: sheet.hidden,
  };
}

export function workbookFromData(data: WorkbookData): MemorySheet[] {
  return data.sheets.map(sheetFromData);
}

export function setCell(sheet: MemorySheet, row: number, col: number, value: CellValue, formula?: string | null): void {
  while (sheet.values.length <= row) sheet.values.push([]);
  const values = sheet.values[row];
  while (values.length <= col) values.push(null);
  values[col] = value;
  if (formula !== undefined || (sheet.formulas[row]?.[col] ?? null) !== null) {
    while (sheet.formulas.length <= row) sheet.formulas.push([]);
    const formulas = sheet.formulas[row];
    while (formulas.length <= col) formulas.push(null);
    formulas[col] = formula ?? null;
  }
}

export function getCell(sheet: MemorySheet, row: number, col: number): CellValue {
  const value = sheet.values[row]?.[col];
  return value === undefined ? null : value;
}

export function getFormula(sheet: MemorySheet, row: number, col: number): string | null {
  const formula = sheet.formulas[row]?.[col];
  return formula === undefined ? null : formula;
}

/** Rows and columns that hold anything (values, fills, notes), at least 1×1. */
export function usedSize(sheet: MemorySheet): { rows: number; cols: number } {
  let rows = sheet.values.length;
  let cols = 0;
  for (const row of sheet.values) if (row !== undefined && row.length > cols) cols = row.length;
  for (const merge of sheet.merges) {
    rows = Math.max(rows, merge.bottom + 1);
    cols = Math.max(cols, merge.right + 1);
  }
  return { rows: Math.max(rows, 1), cols: Math.max(cols, 1) };
}

/** FNV-1a over a string, as 8 hex digits: cheap and stable, enough to notice an edit. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
