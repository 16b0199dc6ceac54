/**
 * Each table of the summary boxed whole: every cell from its header to its
 * last row, across its header's columns — text cells (codes, names, rules,
 * sheets) as its figures — with a cell put where the table has none (a blank
 * area, a merged message's other columns), so that the writers draw one grid.
 * A table ends at its first row that is blank or holds only notes (the line
 * table's `Mã 2: …`, the findings' `… và 3 phát hiện khác`), or a subtitle.
 */
import type { CellRange } from "../model/workbook";
import type { SummaryCell, SummarySheetModel } from "../model/summary";

/** A cell's key (a sheet has at most 16 384 columns). */
function key(row: number, col: number): number {
  return row * 16384 + col;
}

/** Whether a row holds some table content: a cell with a value that is not a note, title or subtitle. */
function isTableRow(cells: readonly SummaryCell[] | undefined): boolean {
  if (cells === undefined) return false;
  let content = false;
  for (const c of cells) {
    if (c.style === "subtitle" || c.style === "title") return false;
    if (c.style === "note") continue;
    if ((c.value !== null && c.value !== undefined && c.value !== "") || c.formula !== undefined) content = true;
  }
  return content;
}

/** The tables' boxes: each header row that starts a table, across its header's columns (with their merges), down to its last row. */
export function tableBoxes(model: SummarySheetModel): CellRange[] {
  const byRow = new Map<number, SummaryCell[]>();
  for (const c of model.cells) {
    const list = byRow.get(c.row);
    if (list === undefined) byRow.set(c.row, [c]);
    else list.push(c);
  }
  const isHeaderRow = (row: number) => byRow.get(row)?.some((c) => c.style === "header") === true;
  const boxes: CellRange[] = [];
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  for (const top of rows) {
    if (!isHeaderRow(top) || isHeaderRow(top - 1)) continue;
    const headers = byRow.get(top)!.filter((c) => c.style === "header");
    let left = Infinity;
    let right = -1;
    for (const c of headers) {
      left = Math.min(left, c.col);
      right = Math.max(right, c.col);
    }
    for (const m of model.merges) if (m.top <= top && m.bottom >= top && m.left >= left && m.left <= right) right = Math.max(right, m.right);
    let bottom = top;
    while (isTableRow(byRow.get(bottom + 1))) bottom++;
    boxes.push({ top, left, bottom, right });
  }
  return boxes;
}

/** The model with its tables' boxes (`boxes`) and every cell in them boxed (`boxed`), a blank cell put where a table has none. */
export function withTableBoxes(model: SummarySheetModel): SummarySheetModel {
  const boxes = tableBoxes(model);
  if (boxes.length === 0) return model;
  const inBox = new Set<number>();
  for (const b of boxes) for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) inBox.add(key(r, c));
  const cells: SummaryCell[] = model.cells.map((c) => (inBox.has(key(c.row, c.col)) ? { ...c, boxed: true } : c));
  const present = new Set(model.cells.map((c) => key(c.row, c.col)));
  for (const b of boxes) {
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) if (!present.has(key(r, c))) cells.push({ row: r, col: c, value: null, boxed: true });
    }
  }
  return { ...model, cells, boxes };
}
