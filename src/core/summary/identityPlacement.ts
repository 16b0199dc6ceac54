/**
 * The identity block's pairs (`Trang tính phân bổ | Phân bổ | Nguồn kế hoạch |
 * trang tính…`) placed on the printed columns. The block is written over the
 * first tables' columns (value 2–3, label 4, value 5 on); once the area
 * table's many narrow columns set the widths, columns 2–4 may be a few units
 * each and the right label (`Nguồn kế hoạch`, `Bố cục bảng`) and the left
 * value (`10 lỗi, 2 cảnh báo`) would wrap. Laid out on the widths, the left
 * value takes the columns it needs on one line, the label the next ones, and
 * the right value the rest — when the right value keeps room for a line of its
 * own, or wraps on no more lines than the row took as written; else the pair
 * stays as written. A pure function of the model and widths.
 */
import type { CellRange } from "../model/workbook";
import type { SummaryCell, SummarySheetModel } from "../model/summary";
import { CELL_PADDING, textWidth, wrappedLines, type FontSpec } from "./textMeasure";
import { copyCell } from "./cellShape";

const LABEL_FONT: FontSpec = { size: 11, bold: true };
const VALUE_FONT: FontSpec = { size: 11, bold: false };
/** The gap merged columns add between them, in units. */
const MERGE_GAP = 0.7;
/** The share of a merged box its text is laid out on (as `printLayout` measures). */
const MERGED_SHARE = 0.9;
/** The right value keeps at least this many units (a short value on one line, a long one on a few). */
const RIGHT_VALUE_MIN = 20;
/** The first column the pairs' left value is written in. */
const VALUE_COLUMN = 2;

function boxUnits(widths: readonly number[], left: number, right: number): number {
  let sum = 0;
  for (let c = left; c <= right; c++) sum += (widths[c] ?? 0) + (c > left ? MERGE_GAP : 0);
  return right > left ? sum * MERGED_SHARE : sum;
}

/** The last column from `left` whose box holds `text` on one line, or null when none up to `limit` does. */
function oneLineEnd(text: string, font: FontSpec, widths: readonly number[], left: number, limit: number): number | null {
  const need = textWidth(text, font) + CELL_PADDING;
  for (let right = left; right <= limit; right++) if (boxUnits(widths, left, right) >= need) return right;
  return null;
}

function text(cell: SummaryCell | undefined): string {
  return typeof cell?.value === "string" ? cell.value : "";
}

interface Pair {
  readonly row: number;
  readonly label: SummaryCell;
  readonly leftValue: SummaryCell;
  readonly rightValue: SummaryCell;
  /** The pair's last column (its right value's merge's). */
  readonly last: number;
  /** Whether the label or the left value wraps where it is written. */
  readonly wraps: boolean;
  /** Lines the row takes as written (its most wrapped cell's). */
  readonly lines: number;
}

function pairsOf(model: SummarySheetModel, widths: readonly number[], firstTable: number): Pair[] {
  const byRow = new Map<number, SummaryCell[]>();
  const all = model.cells;
  for (let i = 0; i < all.length; i++) {
    const c = all[i];
    if (c.row < firstTable) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  }
  const pairs: Pair[] = [];
  for (const [row, cells] of byRow) {
    const label = cells.find((c) => c.style === "label" && c.col > VALUE_COLUMN);
    const leftValue = cells.find((c) => c.col === VALUE_COLUMN);
    const rightValue = label === undefined ? undefined : cells.find((c) => c.col > label.col);
    if (label === undefined || leftValue === undefined || rightValue === undefined) continue;
    const valueMerge = model.merges.find((m) => m.top === row && m.left === VALUE_COLUMN);
    const labelMerge = model.merges.find((m) => m.top === row && m.left === label.col);
    const rightMerge = model.merges.find((m) => m.top === row && m.left === rightValue.col);
    if (valueMerge === undefined || rightMerge === undefined) continue;
    const fits = (cell: SummaryCell, font: FontSpec, right: number) => boxUnits(widths, cell.col, right) >= textWidth(text(cell), font) + CELL_PADDING;
    const wraps = !fits(label, LABEL_FONT, labelMerge?.right ?? label.col) || !fits(leftValue, VALUE_FONT, valueMerge.right);
    const linesIn = (cell: SummaryCell, font: FontSpec, right: number) => wrappedLines(text(cell), boxUnits(widths, cell.col, right), font);
    const lines = Math.max(
      linesIn(label, LABEL_FONT, labelMerge?.right ?? label.col),
      linesIn(leftValue, VALUE_FONT, valueMerge.right),
      linesIn(rightValue, VALUE_FONT, rightMerge.right),
    );
    pairs.push({ row, label, leftValue, rightValue, last: rightMerge.right, wraps, lines });
  }
  return pairs;
}

/**
 * The model with the identity pair rows above the first table re-placed on
 * `widths` when a label or left value wraps where written (see the file's
 * comment): every pair row alike, their labels in one column.
 */
export function placeIdentityPairs(model: SummarySheetModel, widths: readonly number[]): SummarySheetModel {
  let firstTable = Infinity;
  const all = model.cells;
  for (let i = 0; i < all.length; i++) if (all[i].style === "subtitle" && all[i].row < firstTable) firstTable = all[i].row;
  if (firstTable === Infinity) return model;
  const pairs = pairsOf(model, widths, firstTable);
  if (!pairs.some((p) => p.wraps)) return model;
  const last = Math.min(...pairs.map((p) => p.last));
  let valueEnd = VALUE_COLUMN;
  for (const p of pairs) {
    const end = oneLineEnd(text(p.leftValue), VALUE_FONT, widths, VALUE_COLUMN, last - 2);
    if (end === null) return model;
    valueEnd = Math.max(valueEnd, end);
  }
  let labelEnd = valueEnd + 1;
  for (const p of pairs) {
    const end = oneLineEnd(text(p.label), LABEL_FONT, widths, valueEnd + 1, last - 1);
    if (end === null) return model;
    labelEnd = Math.max(labelEnd, end);
  }
  // The right value keeps room for a line of its own (or all it had, when it had less), or at least wraps on no more
  // lines than its row takes as written (the labels then on one line, the row no taller).
  for (const p of pairs) {
    const box = boxUnits(widths, labelEnd + 1, p.last);
    if (box >= Math.min(RIGHT_VALUE_MIN, boxUnits(widths, p.rightValue.col, p.last))) continue;
    if (wrappedLines(text(p.rightValue), box, VALUE_FONT) > p.lines) return model;
  }
  const moves = new Map<SummaryCell, number>();
  const rows = new Set<number>();
  const merges: CellRange[] = [];
  for (const p of pairs) {
    rows.add(p.row);
    moves.set(p.label, valueEnd + 1);
    moves.set(p.rightValue, labelEnd + 1);
    if (valueEnd > VALUE_COLUMN) merges.push({ top: p.row, left: VALUE_COLUMN, bottom: p.row, right: valueEnd });
    if (labelEnd > valueEnd + 1) merges.push({ top: p.row, left: valueEnd + 1, bottom: p.row, right: labelEnd });
    if (p.last > labelEnd + 1) merges.push({ top: p.row, left: labelEnd + 1, bottom: p.row, right: p.last });
  }
  const cells = model.cells.map((c) => {
    const col = moves.get(c);
    if (col === undefined) return c;
    const moved = copyCell(c);
    moved.col = col;
    return moved;
  });
  // The rows re-placed lose their merges right of the left label (columns 0–1), which they write anew.
  const kept = model.merges.filter((m) => !(rows.has(m.top) && m.left >= VALUE_COLUMN));
  return { ...model, cells, merges: [...kept, ...merges].sort((a, b) => a.top - b.top || a.left - b.left) };
}
