/**
 * A small builder of messy .xlsx fixtures with ExcelJS, for integration tests:
 * title blocks, merged multi-row headers with line breaks, unit notes, code
 * rows, formulas with cached results, numbers typed as text, error values,
 * NFD strings and rich text — the mess real allocation workbooks contain.
 *
 * Sheets are described as rows of `FixtureValue` starting at A1 (use `null`
 * for an empty cell); merges as A1 ranges (`"A7:A8"`).
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/** A formula (en-US, without `=`) with the cached result Excel would have stored. */
export interface FormulaValue {
  readonly formula: string;
  /** Undefined: no saved value, as a file written by a script and never opened in Excel. */
  readonly result: number | string | { readonly error: string } | undefined;
}

/** An Excel error value such as `#REF!`. */
export interface ErrorValue {
  readonly error: string;
}

/** Rich text: runs of text, every other run bold (the reader must join them). */
export interface RichValue {
  readonly rich: readonly string[];
}

/** A number (or a formula) shown with a number format (`0%`: 0.85 shows as 85 %; `#,##0,`: 1500000 shows as 1,500). */
export interface FormattedValue {
  readonly value: number | FormulaValue;
  readonly numFmt: string;
}

export type FixtureValue = number | string | null | boolean | FormulaValue | ErrorValue | RichValue | FormattedValue;

export interface FixtureSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<FixtureValue>>;
  readonly merges?: readonly string[];
  /** Column widths in characters, index = column. */
  readonly widths?: readonly number[];
  /** A hidden sheet (`state="hidden"`). */
  readonly hidden?: boolean;
  /** Rows hidden in the sheet, 0-based. */
  readonly hiddenRows?: readonly number[];
  /** Columns hidden in the sheet, 0-based. */
  readonly hiddenColumns?: readonly number[];
}

/** `bare("SUM(C11:C13)")` — a formula with no saved value (a file written by a script, never calculated). */
export function bare(formula: string): FormulaValue {
  return { formula, result: undefined };
}

/** `f("SUM(C11:C13)", 3)` — a formula with its cached result. */
export function f(formula: string, result: FormulaValue["result"]): FormulaValue {
  return { formula, result };
}

/** `err("#REF!")` — an error value. */
export function err(code = "#REF!"): ErrorValue {
  return { error: code };
}

/** `rich("Xã ", "Sín Thầu")` — rich text whose plain text is the runs joined. */
export function rich(...runs: string[]): RichValue {
  return { rich: runs };
}

/** The same text in Unicode NFD (decomposed): `Quốc` written as `Quo\u0302\u0301c`. */
export function nfd(text: string): string {
  return text.normalize("NFD");
}

/** `pct(0.85)` — a number in percent format, as Excel stores `85%`. */
export function pct(value: number): FormattedValue {
  return { value, numFmt: "0%" };
}

function isFormatted(value: FixtureValue): value is FormattedValue {
  return typeof value === "object" && value !== null && "numFmt" in value;
}

function isFormula(value: FixtureValue): value is FormulaValue {
  return typeof value === "object" && value !== null && "formula" in value;
}

function isError(value: FixtureValue): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

function isRich(value: FixtureValue): value is RichValue {
  return typeof value === "object" && value !== null && "rich" in value;
}

function toExcelValue(value: FixtureValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (isFormatted(value)) return toExcelValue(value.value);
  if (isFormula(value)) {
    if (value.result === undefined) return { formula: value.formula } as ExcelJS.CellFormulaValue;
    return { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
  }
  if (isError(value)) return { error: value.error } as ExcelJS.CellErrorValue;
  if (isRich(value)) {
    return { richText: value.rich.map((text, i) => (i % 2 === 1 ? { text, font: { bold: true } } : { text })) };
  }
  return value;
}

/** Builds the workbook in memory. */
export function buildWorkbook(sheets: readonly FixtureSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "allocheck tests";
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, spec.hidden === true ? { state: "hidden" } : {});
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = toExcelValue(value);
        if (isFormatted(value)) cell.numFmt = value.numFmt;
        if (typeof value === "string" && value.includes("\n")) {
          cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
        }
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    spec.widths?.forEach((width, c) => {
      sheet.getColumn(c + 1).width = width;
    });
    for (const r of spec.hiddenRows ?? []) sheet.getRow(r + 1).hidden = true;
    for (const c of spec.hiddenColumns ?? []) sheet.getColumn(c + 1).hidden = true;
  }
  return workbook;
}

/** A fresh temporary folder for fixtures. */
export function makeTempDir(prefix = "allocheck-fixture-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes the workbook to `dir/fileName` and returns the path. */
export async function writeFixture(dir: string, fileName: string, sheets: readonly FixtureSheet[]): Promise<string> {
  const path = join(dir, fileName);
  await buildWorkbook(sheets).xlsx.writeFile(path);
  return path;
}
