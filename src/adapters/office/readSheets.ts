/**
 * Reading sheets into the engine's `SheetData`: what to queue for one sheet
 * (only the properties the engine needs: values, value types to tell an
 * error from text, formulas, number formats, merged areas, name, visibility) and how to turn the loaded arrays
 * into cells. Queue every sheet, then sync once.
 */
import type { CellRange, CellValue, SheetData } from "../../core/model/workbook";
import { parseRangeAddress } from "./addresses";

export interface QueuedSheetRead {
  readonly sheet: Excel.Worksheet;
  /** Used range by values (null object on an empty sheet). */
  readonly used: Excel.Range;
  /** Merged areas (ExcelApi 1.13), or null when the host lacks the API. */
  readonly merged: Excel.RangeAreas | null;
  /** True when the merged areas' addresses still need a second sync (see `MergeMode`). */
  pendingMerges: boolean;
}

/**
 * How merged areas are read. `areas`: the areas' addresses in the same sync
 * as the values (the areas collection gives whole merged areas; the
 * RangeAreas address alone lists only their top-left cells). That loads a
 * child of a possibly-null object; should a host refuse it, the adapter
 * switches to `probe`: first whether there are merges, then their areas
 * (one more sync). `none`: the host lacks the API (before ExcelApi 1.13).
 */
export type MergeMode = "areas" | "probe" | "none";

/** Queues the loads for one sheet; nothing is sent until `context.sync()`. */
export function queueSheetRead(sheet: Excel.Worksheet, mode: MergeMode): QueuedSheetRead {
  sheet.load("name,visibility");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,values,formulas,valueTypes,numberFormat");
  let merged: Excel.RangeAreas | null = null;
  if (mode !== "none") {
    merged = sheet.getRange().getMergedAreasOrNullObject();
    if (mode === "areas") merged.areas.load("items/address");
    else merged.load("areaCount");
  }
  return { sheet, used, merged, pendingMerges: mode === "probe" };
}

/** After the first sync in `probe` mode: queue the areas of the sheets that have merges; true if a sync is needed. */
export function queueMergeAreas(reads: Iterable<QueuedSheetRead>): boolean {
  let queued = false;
  for (const read of reads) {
    if (!read.pendingMerges || read.merged === null) continue;
    read.pendingMerges = false;
    if (read.merged.isNullObject) continue;
    read.merged.areas.load("items/address");
    queued = true;
  }
  return queued;
}

/** One cell as the engine wants it (after `context.sync()`). */
export function toCellValue(value: unknown, valueType: string): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (valueType === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/**
 * The formula of a cell without its `=`, or null. Excel returns the constant
 * itself in `formulas` for a non-formula cell; text typed as `=…` (a text cell)
 * has the same string in `values`, which tells it from a real formula.
 */
export function toFormula(formula: unknown, value: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=") || formula === value) return null;
  return formula.slice(1);
}

/** The loaded arrays of one rectangle of a sheet (a whole used range, or a block of its rows). */
export interface CellBlock {
  readonly top: number;
  readonly left: number;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly valueTypes: unknown[][];
  readonly numberFormat: unknown[][];
}

/** Converts a synced read into `SheetData` (rows and columns from A1, 0-based). */
export function toSheetData(read: QueuedSheetRead): SheetData {
  const { sheet, used, merged } = read;
  const blocks: CellBlock[] = used.isNullObject
    ? []
    : [
        {
          top: used.rowIndex,
          left: used.columnIndex,
          values: used.values,
          formulas: used.formulas,
          valueTypes: used.valueTypes,
          numberFormat: used.numberFormat,
        },
      ];
  return assembleSheet(sheet.name, sheet.visibility, blocks, mergesOf(merged));
}

export function mergesOf(merged: Excel.RangeAreas | null): CellRange[] {
  const merges: CellRange[] = [];
  if (merged !== null && !merged.isNullObject) {
    for (const area of merged.areas.items) merges.push(parseRangeAddress(area.address));
  }
  return merges;
}

/** `SheetData` from blocks of loaded cells (in any order, not overlapping). */
export function assembleSheet(name: string, visibility: string, blocks: readonly CellBlock[], merges: CellRange[]): SheetData {
  const values: Array<CellValue[] | undefined> = [];
  let formulas: Array<Array<string | null> | undefined> | undefined;
  let numberFormats: Array<Array<string | null> | undefined> | undefined;
  for (const block of blocks) {
    const { top, left } = block;
    for (let r = 0; r < block.values.length; r++) {
      const rawValues = block.values[r];
      const width = left + rawValues.length;
      const row: CellValue[] = new Array<CellValue>(left).fill(null);
      let formulaRow: Array<string | null> | undefined;
      let formatRow: Array<string | null> | undefined;
      for (let c = 0; c < rawValues.length; c++) {
        const value = toCellValue(rawValues[c], String(block.valueTypes[r][c]));
        row.push(value);
        const formula = toFormula(block.formulas[r][c], rawValues[c]);
        if (formula !== null) {
          if (formulaRow === undefined) formulaRow = new Array<string | null>(width).fill(null);
          formulaRow[left + c] = formula;
        }
        // As the file reader does: formats other than General, on cells that hold something.
        const format = block.numberFormat[r][c];
        if ((value !== null || formula !== null) && typeof format === "string" && format !== "General") {
          if (formatRow === undefined) formatRow = new Array<string | null>(width).fill(null);
          formatRow[left + c] = format;
        }
      }
      values[top + r] = row;
      if (formulaRow !== undefined) {
        if (formulas === undefined) formulas = [];
        formulas[top + r] = formulaRow;
      }
      if (formatRow !== undefined) {
        if (numberFormats === undefined) numberFormats = [];
        numberFormats[top + r] = formatRow;
      }
    }
  }
  return {
    name,
    values,
    merges,
    hidden: visibility !== "Visible",
    ...(formulas !== undefined ? { formulas } : {}),
    ...(numberFormats !== undefined ? { numberFormats } : {}),
  };
}
