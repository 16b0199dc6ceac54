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
import { copyCell } from "./cellShape";

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

/** The first of `boxes` holding the cell, or -1. */
function boxOf(boxes: readonly CellRange[], row: number, col: number): number {
  for (let k = 0; k < boxes.length; k++) {
    const b = boxes[k];
    if (row >= b.top && row <= b.bottom && col >= b.left && col <= b.right) return k;
  }
  return -1;
}

/** The model with its tables' boxes (`boxes`) and every cell in them boxed (`boxed`), a blank cell put where a table has none. */
export function withTableBoxes(model: SummarySheetModel): SummarySheetModel {
  const boxes = tableBoxes(model);
  if (boxes.length === 0) return model;
  // The cells each box has, a flag per place (a summary has few boxes and tens of thousands of cells: no set of keys).
  const present = boxes.map((b) => new Uint8Array((b.bottom - b.top + 1) * (b.right - b.left + 1)));
  const source = model.cells;
  const cells: SummaryCell[] = new Array<SummaryCell>(source.length);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const k = boxOf(boxes, c.row, c.col);
    if (k < 0) {
      cells[i] = c;
      continue;
    }
    const boxed = copyCell(c);
    boxed.boxed = true;
    cells[i] = boxed;
    // Every box holding the cell knows it is there (boxes may overlap).
    for (let j = k; j < boxes.length; j++) {
      const b = boxes[j];
      if (c.row >= b.top && c.row <= b.bottom && c.col >= b.left && c.col <= b.right) present[j][(c.row - b.top) * (b.right - b.left + 1) + (c.col - b.left)] = 1;
    }
  }
  boxes.forEach((b, k) => {
    const width = b.right - b.left + 1;
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) {
        if (present[k][(r - b.top) * width + (c - b.left)] === 0) {
          const blank = copyCell({ row: r, col: c, value: null });
          blank.boxed = true;
          cells.push(blank);
        }
      }
    }
  });
  return { ...model, cells, boxes };
}
