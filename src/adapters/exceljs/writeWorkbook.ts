/**
 * Writes a `WorkbookSpec` (plain data: values, formulas with their cached
 * results, merges, styles, widths, number formats) to an .xlsx file with
 * ExcelJS. Used for the built-in sample (`allocheck demo`) and for the plan
 * workbook of `allocheck extract-plan -o`.
 *
 * Text is always written as text (a string starting with `=` never becomes a
 * formula); formulas are written in en-US form with their cached result, so
 * a reader sees the same numbers Excel shows before it recalculates.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { isCellError, type CellValue } from "../../core/model/workbook";
import type { CellSpec, CellStyle, SheetSpec, WorkbookSpec } from "../../core/model/workbookSpec";

type ExcelErrorText = ExcelJS.CellErrorValue["error"];
const EXCEL_ERRORS: readonly string[] = ["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"];

function errorValue(text: string): ExcelJS.CellErrorValue {
  const error = (EXCEL_ERRORS.includes(text) ? text : "#VALUE!") as ExcelErrorText;
  return { error };
}

function constantValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (isCellError(value)) return errorValue(value.error);
  return value;
}

function formulaValue(formula: string, result: CellValue): ExcelJS.CellFormulaValue {
  const cached =
    result === null ? undefined : isCellError(result) ? errorValue(result.error) : (result as number | string | boolean);
  return cached === undefined ? { formula } : { formula, result: cached };
}

function argb(colour: string): string {
  return `FF${colour.replace(/^#/, "").toUpperCase()}`;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const font: Partial<ExcelJS.Font> = { name: "Times New Roman", size: style.size ?? 11 };
  if (style.bold === true) font.bold = true;
  if (style.italic === true) font.italic = true;
  cell.font = font;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.align !== undefined) alignment.horizontal = style.align;
  if (style.verticalCenter === true) alignment.vertical = "middle";
  if (style.wrap === true) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
  if (style.border === true) {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.fill !== undefined) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
}

function writeCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  cell.value = spec.formula !== undefined ? formulaValue(spec.formula, spec.value) : constantValue(spec.value);
  if (spec.numFmt !== undefined) cell.numFmt = spec.numFmt;
  if (spec.style !== undefined) applyStyle(cell, spec.style);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec): void {
  const ws = workbook.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.landscape === true ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    views:
      sheet.frozen !== undefined && (sheet.frozen.rows > 0 || sheet.frozen.cols > 0)
        ? [{ state: "frozen", xSplit: sheet.frozen.cols, ySplit: sheet.frozen.rows }]
        : undefined,
  });
  sheet.columnWidths.forEach((width, index) => {
    ws.getColumn(index + 1).width = width;
  });
  sheet.rows.forEach((row, r) => {
    (row ?? []).forEach((spec, c) => {
      if (spec === null || spec === undefined) return;
      writeCell(ws.getCell(r + 1, c + 1), spec);
    });
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
  for (const m of sheet.merges) {
    // Merging keeps the top-left cell's value and style; the others were styled above (borders).
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
}

/** The spec as an ExcelJS workbook (not yet written). */
export function buildExcelWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.creator ?? "allocheck";
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  return workbook;
}

/** The spec as .xlsx bytes. */
export async function workbookSpecToBuffer(spec: WorkbookSpec): Promise<Buffer> {
  const data = await buildExcelWorkbook(spec).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

export interface WriteOptions {
  /** Replace an existing file (default: refuse, with an `EEXIST` error). */
  readonly overwrite?: boolean;
}

/**
 * Writes the spec to `path`. Unless `overwrite` is set, an existing file is
 * never touched: the write fails with the file system's `EEXIST` error.
 */
export async function writeWorkbookSpec(spec: WorkbookSpec, path: string, options: WriteOptions = {}): Promise<void> {
  const buffer = await workbookSpecToBuffer(spec);
  await fs.writeFile(path, buffer, { flag: options.overwrite === true ? "w" : "wx" });
}
