/**
 * `allocheck summary`: a copy of the workbook with the summary sheet written
 * (or refreshed where it was, if it is allocheck's own) and the offending cells
 * coloured with a note. No user cell's value or formula is changed.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { InputError } from "../../core/model/errors";
import { quoteSheetName } from "../../core/model/address";
import type { Highlight, SummaryCell, SummarySheetModel } from "../../core/model/summary";
import type { CellValue, SheetData } from "../../core/model/workbook";
import type { Lang } from "../../core/model/text";
import { isAllocheckSummary, sameSheetName } from "../../core/summary/naming";
import { highlightFill, SUMMARY_LOOK } from "./summaryStyles";
import { readWorkbookFile } from "./readWorkbook";

/** Functions newer than Excel 2010 are stored with Excel's `_xlfn.` prefix, or Excel shows #NAME?. */
const FUTURE_FUNCTIONS = /\b(NUMBERVALUE|UNICHAR|UNICODE|IFNA|IFS|SWITCH|CONCAT|TEXTJOIN|MAXIFS|MINIFS|XLOOKUP|XOR)\(/g;

export function toFileFormula(formula: string): string {
  // Only outside string literals (even-numbered pieces between double quotes).
  return formula
    .split('"')
    .map((piece, i) => (i % 2 === 0 ? piece.replace(FUTURE_FUNCTIONS, "_xlfn.$1(") : piece))
    .join('"');
}

function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Separator between a note the user had and allocheck's. */
export const NOTE_SEPARATOR = "\n— allocheck —\n";

export interface WriteSummaryOptions {
  /** Language of the notes on highlighted cells (Vietnamese by default). */
  readonly lang?: Lang;
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "result" in value) return plainValue(value.result as ExcelJS.CellValue);
  return null;
}

/** The first two cells of a sheet, enough to tell whether it is allocheck's summary. */
function markerView(ws: ExcelJS.Worksheet): SheetData {
  return { name: ws.name, values: [[plainValue(ws.getCell(1, 1).value)], [plainValue(ws.getCell(2, 1).value)]], merges: [] };
}

function noteText(note: ExcelJS.Comment | string | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: Array<{ text: string }> }).texts;
  return texts ? texts.map((t) => t.text).join("") : null;
}

function writeCell(ws: ExcelJS.Worksheet, cell: SummaryCell): void {
  const target = ws.getCell(cell.row + 1, cell.col + 1);
  if (cell.link !== undefined) {
    // A HYPERLINK formula: an in-workbook link that Excel and LibreOffice both follow.
    const location = `#${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`;
    const label = cell.value === null || cell.value === undefined ? cell.link.cell : String(cell.value);
    target.value = { formula: `HYPERLINK(${quoteText(location)},${quoteText(label)})`, result: label };
  } else if (cell.formula !== undefined) {
    const result = cell.value === null || cell.value === undefined ? undefined : cell.value;
    target.value = (result === undefined ? { formula: toFileFormula(cell.formula) } : { formula: toFileFormula(cell.formula), result }) as ExcelJS.CellFormulaValue;
  } else if (cell.value !== undefined && cell.value !== null) {
    // Strings go in as strings (shared strings), never as formulas, whatever their first character.
    target.value = cell.value;
  }
  if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
  const look = cell.style !== undefined ? SUMMARY_LOOK[cell.style] : undefined;
  if (look?.font) target.font = look.font;
  if (look?.fill) target.fill = look.fill;
  if (look?.border) target.border = look.border;
  if (look?.alignment) target.alignment = look.alignment;
  else if (typeof cell.value === "string" && cell.value.length > 40) target.alignment = { wrapText: true, vertical: "top" };
}

/** ExcelJS orders the sheets it writes by this (not in its typings). */
interface Ordered {
  orderNo: number;
}

function writeSheet(wb: ExcelJS.Workbook, model: SummarySheetModel): void {
  const existing = wb.worksheets.find((ws) => sameSheetName(ws.name, model.name));
  let orderNo: number | undefined;
  if (existing !== undefined) {
    if (!isAllocheckSummary(markerView(existing))) {
      throw new Error(`Refusing to overwrite the user's sheet "${existing.name}"`);
    }
    // Rewrite our own sheet where it was.
    orderNo = (existing as unknown as Ordered).orderNo;
    wb.removeWorksheet(existing.id);
  }
  const ws = wb.addWorksheet(model.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: model.frozenRows, topLeftCell: `A${model.frozenRows + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: model.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  if (orderNo !== undefined) (ws as unknown as Ordered).orderNo = orderNo;
  model.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const cell of model.cells) writeCell(ws, cell);
  for (const m of model.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

function applyHighlights(wb: ExcelJS.Workbook, highlights: readonly Highlight[], lang: Lang): void {
  for (const h of highlights) {
    const ws = wb.worksheets.find((s) => s.name === h.sheet);
    if (ws === undefined) continue;
    const cell = ws.getCell(h.row + 1, h.col + 1);
    // A style object of its own, so that cells sharing the old style keep theirs.
    cell.style = { ...cell.style, fill: highlightFill(h.severity) };
    const ours = `allocheck: ${h.message[lang]}`;
    const theirs = noteText(cell.note);
    const text = theirs !== null && theirs !== "" ? `${theirs}${NOTE_SEPARATOR}${ours}` : ours;
    cell.note = { texts: [{ text }] } as ExcelJS.Comment;
  }
}

/**
 * Writes `outputPath`: the workbook at `inputPath` with the summary sheet and,
 * unless `highlights` is null, the highlights. Never writes over the input;
 * writes through a temporary file so that a failure leaves nothing behind.
 */
export async function writeSummaryCopy(
  inputPath: string,
  outputPath: string,
  model: SummarySheetModel,
  highlights: readonly Highlight[] | null,
  options: WriteSummaryOptions = {},
): Promise<void> {
  if (await sameFile(inputPath, outputPath)) {
    throw new InputError("output-is-input", {
      vi: `Không ghi đè tệp gốc ${inputPath}: hãy chọn tệp kết quả khác (-o).`,
      en: `Will not write over the input ${inputPath}: choose another output file (-o).`,
    });
  }
  try {
    await fs.access(inputPath);
  } catch {
    throw new InputError("file-missing", { vi: `Không tìm thấy tệp ${inputPath}.`, en: `File not found: ${inputPath}.` });
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(inputPath);
  } catch (error) {
    // Not a workbook at all (the reader says so, with its message), or one ExcelJS cannot rewrite.
    await readWorkbookFile(inputPath);
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError("not-a-workbook", {
      vi: `Không mở được ${inputPath} để ghi bản sao (${reason}). Hãy mở tệp trong Excel, lưu lại dạng .xlsx rồi chạy lại.`,
      en: `Could not open ${inputPath} to write the copy (${reason}). Open it in Excel, save it as .xlsx and run again.`,
    });
  }
  writeSheet(wb, model);
  if (highlights !== null) applyHighlights(wb, highlights, options.lang ?? "vi");
  // Excel recalculates every formula when it opens the copy.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };

  const temporary = path.join(path.dirname(path.resolve(outputPath)), `.${path.basename(outputPath)}.${process.pid}.tmp`);
  try {
    await wb.xlsx.writeFile(temporary);
    await fs.rename(temporary, outputPath);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
