/**
 * Turning loaded rectangles of cells into the engine's `SheetData`, and
 * patching a sheet read earlier with the rectangles read again after an edit.
 * A patched sheet and a sheet read afresh are the same value (`normalizeSheet`).
 */
import type { CellRange, CellValue, SheetData } from "../../core/model/workbook";
import { toCellValue, toFormula } from "./readSheets";

/** A loaded rectangle: values and number formats, and where known formulas and value types. */
export interface LoadedCells {
  readonly top: number;
  readonly left: number;
  readonly values: readonly unknown[][];
  readonly numberFormat: readonly unknown[][];
  /** Formulas of every cell of the rectangle (small reads); else they come from `FormulaArea`s. */
  readonly formulas?: readonly unknown[][];
  readonly valueTypes?: readonly unknown[][];
}

/** The formulas of the cells `getSpecialCells(Formulas)` found. */
export interface FormulaArea {
  readonly rect: CellRange;
  readonly formulas: readonly unknown[][];
}

interface Mutable {
  values: Array<CellValue[] | undefined>;
  formulas: Array<Array<string | null> | undefined>;
  numberFormats: Array<Array<string | null> | undefined>;
}

function mutableOf(sheet: SheetData | null): Mutable {
  return {
    values: sheet ? sheet.values.map((row) => (row ? [...row] : undefined)) : [],
    formulas: sheet?.formulas ? sheet.formulas.map((row) => (row ? row.map((v) => v ?? null) : undefined)) : [],
    numberFormats: sheet?.numberFormats ? sheet.numberFormats.map((row) => (row ? row.map((v) => v ?? null) : undefined)) : [],
  };
}

function setAt<T>(rows: Array<Array<T | null> | undefined>, r: number, c: number, value: T | null): void {
  let row = rows[r];
  if (row === undefined) {
    if (value === null) return;
    row = [];
    rows[r] = row;
  }
  while (row.length < c) row.push(null);
  row[c] = value;
}

/**
 * Writes loaded rectangles (and formula areas) over `base` (null for a fresh
 * read). `errors` holds the `row,col` of error cells when the rectangles
 * carry no value types.
 */
export function applyCells(
  base: SheetData | null,
  blocks: readonly LoadedCells[],
  formulaAreas: readonly FormulaArea[],
  errors: ReadonlySet<string> | null,
): Mutable {
  const m = mutableOf(base);
  for (const block of blocks) {
    for (let r = 0; r < block.values.length; r++) {
      const row = block.values[r];
      const rowIndex = block.top + r;
      for (let c = 0; c < row.length; c++) {
        const colIndex = block.left + c;
        const raw = row[c];
        const isError = block.valueTypes
          ? block.valueTypes[r][c] === "Error"
          : errors !== null && errors.has(`${rowIndex},${colIndex}`);
        const value = toCellValue(raw, isError ? "Error" : "");
        setAt(m.values, rowIndex, colIndex, value);
        const formula = block.formulas ? toFormula(block.formulas[r][c], raw) : null;
        setAt(m.formulas, rowIndex, colIndex, formula);
        const format = block.numberFormat[r][c];
        setAt(m.numberFormats, rowIndex, colIndex, typeof format === "string" ? format : null);
      }
    }
  }
  for (const area of formulaAreas) {
    for (let r = 0; r < area.formulas.length; r++) {
      for (let c = 0; c < area.formulas[r].length; c++) {
        const f = area.formulas[r][c];
        if (typeof f === "string" && f.startsWith("=")) setAt(m.formulas, area.rect.top + r, area.rect.left + c, f.slice(1));
      }
    }
  }
  return m;
}

/**
 * The canonical `SheetData` of a sheet whose used range (by values) is
 * `used`: rows of the used range span columns 0..right, nothing outside it,
 * formulas and number formats only where a cell holds something, and only
 * formats other than General (as the file reader does).
 */
export function normalizeSheet(
  name: string,
  hidden: boolean,
  m: Mutable,
  used: CellRange | null,
  merges: CellRange[],
): SheetData {
  const values: Array<CellValue[] | undefined> = [];
  const formulas: Array<Array<string | null> | undefined> = [];
  const numberFormats: Array<Array<string | null> | undefined> = [];
  let anyFormula = false;
  let anyFormat = false;
  if (used !== null) {
    const width = used.right + 1;
    for (let r = used.top; r <= used.bottom; r++) {
      const source = m.values[r] ?? [];
      const row: CellValue[] = new Array<CellValue>(width).fill(null);
      for (let c = used.left; c < width; c++) row[c] = source[c] ?? null;
      values[r] = row;
      let formulaRow: Array<string | null> | undefined;
      let formatRow: Array<string | null> | undefined;
      for (let c = used.left; c < width; c++) {
        const formula = m.formulas[r]?.[c] ?? null;
        if (formula !== null) {
          formulaRow ??= new Array<string | null>(width).fill(null);
          formulaRow[c] = formula;
        }
        const format = m.numberFormats[r]?.[c] ?? null;
        if ((row[c] !== null || formula !== null) && format !== null && format !== "General") {
          formatRow ??= new Array<string | null>(width).fill(null);
          formatRow[c] = format;
        }
      }
      if (formulaRow) {
        formulas[r] = formulaRow;
        anyFormula = true;
      }
      if (formatRow) {
        numberFormats[r] = formatRow;
        anyFormat = true;
      }
    }
  }
  return {
    name,
    values,
    merges,
    hidden,
    ...(anyFormula ? { formulas } : {}),
    ...(anyFormat ? { numberFormats } : {}),
  };
}
