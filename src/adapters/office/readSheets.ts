/**
 * Reading sheets into the engine's `SheetData`: what to queue for one sheet
 * (only the properties the engine needs) and how to turn the loaded arrays
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
}

/** Queues the loads for one sheet; nothing is sent until `context.sync()`. */
export function queueSheetRead(sheet: Excel.Worksheet, withMerges: boolean): QueuedSheetRead {
  sheet.load("name,visibility");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,values,formulas,valueTypes");
  let merged: Excel.RangeAreas | null = null;
  if (withMerges) {
    // The areas collection gives whole merged areas; the RangeAreas address
    // alone lists only their top-left cells in some Excel builds.
    merged = sheet.getRange().getMergedAreasOrNullObject();
    merged.areas.load("items/address");
  }
  return { sheet, used, merged };
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

/** Converts a synced read into `SheetData` (rows and columns from A1, 0-based). */
export function toSheetData(read: QueuedSheetRead): SheetData {
  const { sheet, used, merged } = read;
  const values: Array<CellValue[] | undefined> = [];
  let formulas: Array<Array<string | null> | undefined> | undefined;
  if (!used.isNullObject) {
    const top = used.rowIndex;
    const left = used.columnIndex;
    const rawValues = used.values;
    const rawFormulas = used.formulas;
    const types = used.valueTypes;
    for (let r = 0; r < rawValues.length; r++) {
      const row: CellValue[] = new Array<CellValue>(left).fill(null);
      let formulaRow: Array<string | null> | undefined;
      for (let c = 0; c < rawValues[r].length; c++) {
        row.push(toCellValue(rawValues[r][c], String(types[r][c])));
        const formula = toFormula(rawFormulas[r][c], rawValues[r][c]);
        if (formula !== null) {
          if (formulaRow === undefined) formulaRow = new Array<string | null>(left + rawValues[r].length).fill(null);
          formulaRow[left + c] = formula;
        }
      }
      values[top + r] = row;
      if (formulaRow !== undefined) {
        if (formulas === undefined) formulas = [];
        formulas[top + r] = formulaRow;
      }
    }
  }
  const merges: CellRange[] = [];
  if (merged !== null) {
    for (const area of merged.areas.items) merges.push(parseRangeAddress(area.address));
  }
  const data: SheetData = {
    name: sheet.name,
    values,
    merges,
    hidden: sheet.visibility !== "Visible",
    ...(formulas !== undefined ? { formulas } : {}),
  };
  return data;
}
