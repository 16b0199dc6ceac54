/**
/**
 * Queues the writes of a `SummarySheetModel` onto a worksheet: values and
 * formulas in bands of rows, each request under Excel on the web's 5 MB
 * (`spend` syncs what is queued before a write would pass the budget), number
 * formats, styles batched by `getRanges`, wrapped text, the tables' boxes
 * (one range per table, the model's `boxes`), merges, column widths,
 * row heights, frozen rows, then activation; page layout last (see
 * `queuePageLayout`). Links to the allocation sheet are
 * `=HYPERLINK("#'Sheet'!F12", …)` formulas inside the block — no operation per
 * link.
 */
import type { SummaryCell, SummarySheetModel, SummaryStyle } from "../../core/model/summary";
import type { CellRange } from "../../core/model/workbook";
import { a1, columnLetters } from "../../core/model/address";
import { chunkAddresses, columnAddress, documentReference, rangeAddress } from "./addresses";
import { jsonBytes } from "./blockRead";
import { OP_OVERHEAD_BYTES } from "./requestBudget";
import { BOX_LINE, OFFICE_LOOK, summaryColumnPoints } from "./summaryStyles";

type Matrix = Array<Array<string | number | boolean>>;

/** Text that Excel would otherwise parse (as a formula, number, date, boolean…). */
const TEXT_FORMAT = "@";
/** Bytes of formulas and number formats per band of rows (two operations, under the request budget). */
export const BAND_BYTES = 1_500_000;
/** Excel's limit on a text value inside a formula. */
const FORMULA_TEXT_MAX = 255;

/** Asks for room in the current request before queueing `bytes` (see `RequestBudget`). */
export type Spend = (bytes: number) => Promise<void>;

/**
 * The block A1:(rowCount × columnCount): what to write into `numberFormat`
 * and then `formulas`. Strings get the text format first so that Excel stores
 * them as typed, even `=…`, `+…`, `-…`, `@…` or `007`.
 */
export function summaryBlock(model: SummarySheetModel): { numberFormat: Matrix; formulas: Matrix } | null {
  const rows = Math.max(model.rowCount, ...model.cells.map((c) => c.row + 1));
  const cols = Math.max(model.columnCount, ...model.cells.map((c) => c.col + 1));
  if (rows <= 0 || cols <= 0) return null;
  const numberFormat: Matrix = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  const formulas: Matrix = Array.from({ length: rows }, () => new Array<string>(cols).fill(""));
  for (const cell of model.cells) {
    const { format, entry } = cellEntry(cell);
    numberFormat[cell.row][cell.col] = format;
    formulas[cell.row][cell.col] = entry;
  }
  return { numberFormat, formulas };
}

/** A text as a formula literal: quotes doubled, cut in pieces of 255 characters joined by `&`. */
export function textLiteral(text: string): string {
  if (text === "") return '""';
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += FORMULA_TEXT_MAX) pieces.push(`"${text.slice(i, i + FORMULA_TEXT_MAX).replace(/"/g, '""')}"`);
  return pieces.join("&");
}

/** `=HYPERLINK("#'Phân bổ'!F12", shown)`: a link inside the sheet, showing the cell's value or formula. */
export function hyperlinkFormula(cell: SummaryCell & { link: NonNullable<SummaryCell["link"]> }): string {
  const target = textLiteral(`#${documentReference(cell.link.sheet, cell.link.cell)}`);
  let shown: string;
  if (cell.formula !== undefined) shown = cell.formula.replace(/^=/, "");
  else if (typeof cell.value === "number") shown = String(cell.value);
  else if (typeof cell.value === "string") shown = textLiteral(cell.value);
  else shown = textLiteral(cell.link.cell);
  return `=HYPERLINK(${target},${shown})`;
}

function cellEntry(cell: SummaryCell): { format: string; entry: string | number } {
  if (cell.link !== undefined) {
    return { format: cell.numFmt ?? "General", entry: hyperlinkFormula({ ...cell, link: cell.link }) };
  }
  if (cell.formula !== undefined) {
    return { format: cell.numFmt ?? "General", entry: `=${cell.formula.replace(/^=/, "")}` };
  }
  const value = cell.value;
  if (value === undefined || value === null) return { format: cell.numFmt ?? "General", entry: "" };
  if (typeof value === "number") return { format: cell.numFmt ?? "General", entry: value };
  return { format: TEXT_FORMAT, entry: value };
}

/** Addresses of the cells of each style, in model order. */
export function cellsByStyle(model: SummarySheetModel): Map<SummaryStyle, string[]> {
  const groups = new Map<SummaryStyle, string[]>();
  for (const cell of model.cells) {
    if (cell.style === undefined) continue;
    const list = groups.get(cell.style) ?? [];
    list.push(a1(cell.row, cell.col));
    groups.set(cell.style, list);
  }
  return groups;
}

/**
 * `activate`: make the summary the active sheet with A1 selected (not for a
 * summary the user hid: a hidden sheet cannot be activated, and it stays hidden).
 */
export async function queueSummaryWrite(sheet: Excel.Worksheet, model: SummarySheetModel, spend: Spend, options: { activate: boolean } = { activate: true }): Promise<void> {
  const block = summaryBlock(model);
  if (block !== null) {
    const width = block.formulas[0].length;
    let top = 0;
    while (top < block.formulas.length) {
      let bottom = top;
      let bytes = jsonBytes(block.formulas[top]) + jsonBytes(block.numberFormat[top]);
      while (bottom + 1 < block.formulas.length) {
        const next = jsonBytes(block.formulas[bottom + 1]) + jsonBytes(block.numberFormat[bottom + 1]);
        if (bytes + next > BAND_BYTES) break;
        bytes += next;
        bottom++;
      }
      await spend(bytes + 2 * OP_OVERHEAD_BYTES);
      const range = sheet.getRange(rangeAddress({ top, left: 0, bottom, right: width - 1 }));
      range.numberFormat = block.numberFormat.slice(top, bottom + 1);
      range.formulas = block.formulas.slice(top, bottom + 1);
      top = bottom + 1;
    }
  }

  for (const [style, addresses] of cellsByStyle(model)) {
    const look = OFFICE_LOOK[style];
    const properties = Object.values(look).filter((v) => v !== undefined).length;
    for (const chunk of chunkAddresses(addresses)) {
      await spend(properties * (chunk.length + OP_OVERHEAD_BYTES));
      const format = sheet.getRanges(chunk).format;
      if (look.fill !== undefined) format.fill.color = look.fill;
      if (look.bold !== undefined) format.font.bold = look.bold;
      if (look.italic !== undefined) format.font.italic = look.italic;
      if (look.size !== undefined) format.font.size = look.size;
      if (look.fontColor !== undefined) format.font.color = look.fontColor;
      if (look.underline) format.font.underline = "Single";
      if (look.horizontalAlignment !== undefined) format.horizontalAlignment = look.horizontalAlignment;
      if (look.verticalAlignment !== undefined) format.verticalAlignment = look.verticalAlignment;
      if (look.wrapText !== undefined) format.wrapText = look.wrapText;
    }
  }

  // Text the print layout wraps: on several lines, read from the top of its row.
  const wrapped = model.cells.filter((c) => c.wrap === true && c.style !== "header" && c.style !== "title").map((c) => a1(c.row, c.col));
  for (const chunk of chunkAddresses(wrapped)) {
    const format = sheet.getRanges(chunk).format;
    format.wrapText = true;
    format.verticalAlignment = "Top";
  }

  // Each table boxed whole, as the .xlsx draws its `boxed` cells: one range per table, its edges and insides.
  const boxes = model.boxes ?? [];
  await spend(boxes.length * BOX_SIDES.length * 3 * OP_OVERHEAD_BYTES);
  for (const box of boxes) {
    const borders = sheet.getRange(rangeAddress(box)).format.borders;
    for (const side of boxSides(box)) {
      const line = borders.getItem(side);
      line.style = BOX_LINE.style;
      line.weight = BOX_LINE.weight;
      line.color = BOX_LINE.color;
    }
  }

  for (const run of mergeRuns(model.merges)) {
    await spend(OP_OVERHEAD_BYTES);
    // `merge(true)` merges each row of the range on its own: one call for a run of rows merged alike (the findings' messages).
    sheet.getRange(rangeAddress(run.range)).merge(run.across);
  }

  await spend(OP_OVERHEAD_BYTES * (model.columnWidths.length + 3));
  model.columnWidths.forEach((width, col) => {
    if (width > 0) sheet.getRange(columnAddress(col)).format.columnWidth = summaryColumnPoints(width, model.print.fitToWidth);
  });

  for (const run of rowHeightRuns(model.rowHeights ?? [])) {
    sheet.getRange(`${run.first + 1}:${run.last + 1}`).format.rowHeight = run.height;
  }

  if (model.frozenRows > 0) sheet.freezePanes.freezeRows(model.frozenRows);

  if (options.activate) {
    sheet.activate();
    sheet.getRange("A1").select();
  }
}

const BOX_SIDES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
type BoxSide = (typeof BOX_SIDES)[number];

/**
 * The border items a box needs: its four edges, and the insides it has — a
 * one-row range has no inside horizontal line (a one-column one no inside
 * vertical): set there it would draw nothing (Excel.BorderIndex, as
 * test/fakes/excel/proxies/borders.ts models it), so it is not asked — three
 * calls fewer per one-row box.
 */
export function boxSides(box: CellRange): BoxSide[] {
  return BOX_SIDES.filter((s) => (s !== "InsideHorizontal" || box.bottom > box.top) && (s !== "InsideVertical" || box.right > box.left));
}

/**
 * The model's merges as calls: a run of one-row merges over the same columns
 * in consecutive rows is one `Range.merge(true)` ("merge cells in each row of
 * the specified range as separate merged cells",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-merge-member(1));
 * any other merge is `merge(false)`. A single cell is no merge.
 */
export function mergeRuns(merges: readonly CellRange[]): Array<{ range: CellRange; across: boolean }> {
  const runs: Array<{ range: CellRange; across: boolean }> = [];
  for (const m of [...merges].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top)) {
    if (m.top === m.bottom && m.left === m.right) continue;
    const last = runs[runs.length - 1];
    const rowsAlike = last !== undefined && (last.across || last.range.top === last.range.bottom) && last.range.left === m.left && last.range.right === m.right;
    if (m.top === m.bottom && rowsAlike && last.range.bottom === m.top - 1) runs[runs.length - 1] = { range: { ...last.range, bottom: m.bottom }, across: true };
    else runs.push({ range: m, across: false });
  }
  return runs;
}

/** Consecutive rows of the same height, as one write each (`5:9`). */
export function rowHeightRuns(heights: readonly number[]): Array<{ first: number; last: number; height: number }> {
  const runs: Array<{ first: number; last: number; height: number }> = [];
  heights.forEach((height, row) => {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.height === height && last.last === row - 1) last.last = row;
    else runs.push({ first: row, last: row, height });
  });
  return runs;
}

/**
 * The model's page setup (A4 landscape; one page wide or at a scale; margins;
 * rows and columns repeated on every page; page breaks), all ExcelApi 1.9. Queued last: if
 * a host refuses a page setting the summary itself has already been written
 * and activated.
 */
export function queuePageLayout(sheet: Excel.Worksheet, model: SummarySheetModel): void {
  const layout = sheet.pageLayout;
  const print = model.print;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (print.fitToWidth) {
    // One page wide, as many pages tall as needed: `horizontalFitToPages` 1 and `verticalFitToPages` 0 (no limit, as
    // the .xlsx `fitToHeight="0"`), https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions.
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  } else {
    layout.zoom = { scale: print.scale ?? 100 };
    layout.printOrder = "OverThenDown";
  }
  if (print.margins !== undefined) {
    // Points, from the model's inches.
    layout.leftMargin = print.margins.left * 72;
    layout.rightMargin = print.margins.right * 72;
    layout.topMargin = print.margins.top * 72;
    layout.bottomMargin = print.margins.bottom * 72;
    layout.headerMargin = print.margins.header * 72;
    layout.footerMargin = print.margins.footer * 72;
  }
  // The page's number in the footer (`Trang 2 / 5`), as the .xlsx writer prints it.
  if (print.footer !== undefined) layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
  if (print.titleRows !== undefined) layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  if (print.titleColumns !== undefined) {
    layout.setPrintTitleColumns(`$${columnLetters(print.titleColumns.first)}:$${columnLetters(print.titleColumns.last)}`);
  }
  // Breaks of an earlier summary go; a break is added before its row's first cell.
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}
