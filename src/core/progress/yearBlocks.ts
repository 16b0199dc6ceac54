/**
 * One results sheet holding every period side by side (`Kết quả thực hiện`:
 * `Năm 2022` merged over its lines' columns, then `Năm 2023` over the same
 * lines, …): each block of columns is that period's sheet. It is read as such
 * a sheet with the other blocks left blank, so that every cell keeps its own
 * address on the real sheet. Only merged period headers make blocks (each over
 * two columns at least): a line-level table has one column per period.
 */
import type { CellRange, CellValue, SheetData } from "../model/workbook";
import { cellValue } from "../model/workbook";
import { wordKey } from "../text/fold";
import { parsePeriod, type Period } from "./periods";

/** Rows searched for the period headers. */
const SCANNED_ROWS = 10;

export interface YearBlock {
  readonly period: Period;
  /** The period's sheet: the same name and cells, the other blocks' columns (and the period header) blank. */
  readonly sheet: SheetData;
  /**
   * Columns the area labels were moved right by, to sit beside the block (a table whose
   * label and figures lie far apart is not read as one); 0 for the first block. A finding
   * at a moved label's cell is moved back by as many.
   */
  readonly labelShift: number;
  /** How many label columns sit left of the first block. */
  readonly labelColumns: number;
  /** The block's header as written (`Năm 2023`) and its cell. */
  readonly header: { readonly text: string; readonly row: number; readonly col: number };
}

/** `Lũy kế`, `Cộng dồn`, `Lũy kế từ đầu giai đoạn` over a block: the areas' running totals. */
const RUNNING = /^(?:luy ke|cong don)\b/;

/**
 * The blocks of a sheet with at least two merged period headers over its
 * columns, in column order: the periods' (`period` set) and a running-totals
 * block beside them (`period` null), if any. Empty when it has none.
 */
export function yearBlocks(sheet: SheetData): (Omit<YearBlock, "period"> & { readonly period: Period | null })[] {
  const rows = Math.min(sheet.values.length, SCANNED_ROWS);
  for (let row = 0; row < rows; row++) {
    const headers: { period: Period | null; merge: CellRange }[] = [];
    // Other captions over blocks (`Kế hoạch giai đoạn`, `Tỷ lệ (%)`): left blank on every period's sheet, not read.
    const asides: CellRange[] = [];
    for (const merge of sheet.merges) {
      if (merge.top !== row || merge.right - merge.left < 1) continue;
      const value = cellValue(sheet, row, merge.left);
      const period = typeof value === "string" || typeof value === "number" ? parsePeriod(value) : null;
      if (period !== null) headers.push({ period, merge });
      else if (typeof value === "string" && RUNNING.test(wordKey(value))) headers.push({ period: null, merge });
      else if (value !== null && String(value).trim() !== "") asides.push(merge);
    }
    const periods = headers.filter((header) => header.period !== null);
    if (periods.length < 2) continue;
    if (new Set(periods.map((header) => header.period!.id)).size !== periods.length || headers.length - periods.length > 1) return [];
    headers.sort((a, b) => a.merge.left - b.merge.left);
    const blocks = [...headers.map((h) => h.merge), ...asides].sort((a, b) => a.left - b.left);
    const labels = blocks[0].left;
    // Each later block needs room on its left for the label columns (the blocks before it, blank on its sheet).
    if (labels === 0 || headers.some(({ merge }) => merge.left !== labels && merge.left - labels < labels)) return [];
    return headers.map(({ period, merge }) => {
      const labelShift = merge.left - labels;
      const header = { text: String(cellValue(sheet, merge.top, merge.left)).trim(), row: merge.top, col: merge.left };
      return { period, sheet: blockSheet(sheet, blocks, merge, labels, labelShift), labelShift, labelColumns: labels, header };
    });
  }
  return [];
}

/** The sheet with every block but `keep` blank, and the period headers too; the label columns (`labels` of them) moved right by `shift`. */
function blockSheet(sheet: SheetData, blocks: readonly CellRange[], keep: CellRange, labels: number, shift: number): SheetData {
  const others = blocks.filter((block) => block !== keep);
  const blank = (row: number, col: number) =>
    others.some((block) => col >= block.left && col <= block.right) || blocks.some((block) => row >= block.top && row <= block.bottom && col >= block.left && col <= block.right);
  const source = (row: number, col: number): CellValue => {
    if (shift > 0 && col < labels) return null;
    if (shift > 0 && col >= shift && col < shift + labels) return cellValue(sheet, row, col - shift);
    return blank(row, col) ? null : cellValue(sheet, row, col);
  };
  const width = Math.max(0, ...sheet.values.map((cells) => cells?.length ?? 0));
  const values = sheet.values.map((cells, row) => (cells === undefined ? cells : Array.from({ length: Math.max(width, cells.length) }, (_, col) => source(row, col))));
  const formulas = sheet.formulas?.map((cells, row) => (cells === undefined ? cells : cells.map((formula, col) => (formula != null && (blank(row, col) || (shift > 0 && col < labels)) ? null : formula))));
  const kept = sheet.merges.filter((merge) => !blocks.includes(merge) && !others.some((block) => merge.left <= block.right && block.left <= merge.right));
  // Merges among the label columns move with them.
  const merges = shift === 0 ? kept : kept.map((merge) => (merge.right < labels ? { ...merge, left: merge.left + shift, right: merge.right + shift } : merge));
  return { ...sheet, values, merges, ...(formulas !== undefined ? { formulas } : {}) };
}
