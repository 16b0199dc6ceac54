/**
 * The narrow tables (per plan line, progress) as wide as the printed page. A
 * sheet that prints one page wide is scaled to its widest table (the area
 * table, a column per plan line): written in their own first columns, the
 * other tables would print on part of the page's width, their names wrapped
 * over many lines. Spread, a table's name column (`Chỉ tiêu`) is merged across
 * the columns its figures leave free, and its figures move to the right edge
 * of the page, in the same order. Everything that points at a moved cell
 * follows it: the sheet's formulas (the status over the difference, a
 * parent's sum over its children's rows) and the chart's columns.
 */
import type { CellRange } from "../model/workbook";
import type { SummaryCell, SummaryChart, SummarySheetModel } from "../model/summary";
import { moveLocalReferences } from "./headerCopies";
import { copyCell } from "./cellShape";

/** The column that takes the room: the names. */
const NAME_COLUMN = 1;

/** A table to spread: its rows (header to last) and how far its columns move. */
interface Spread {
  readonly first: number;
  readonly last: number;
  readonly shift: number;
}

/**
 * The tables to spread to `lastCol`: each section under a subtitle with a
 * header over its name column, but those whose header row is in `skip` (the
 * findings, spread their own way, and the area table, which sets the width).
 * A table ends before the next subtitle or the chart drawn under it.
 */
function spreads(model: SummarySheetModel, lastCol: number, skip: ReadonlySet<number>): Spread[] {
  const subtitles: number[] = [];
  const headerNames = new Set<number>();
  for (const c of model.cells) {
    if (c.style === "subtitle") subtitles.push(c.row);
    else if (c.style === "header" && c.col === NAME_COLUMN) headerNames.add(c.row);
  }
  subtitles.sort((a, b) => a - b);
  const rowCount = model.cells.reduce((n, c) => Math.max(n, c.row + 1), model.rowCount);
  const lastColOf = new Map<number, number>();
  for (const c of model.cells) lastColOf.set(c.row, Math.max(lastColOf.get(c.row) ?? 0, c.col));
  for (const m of model.merges) for (let r = m.top; r <= m.bottom; r++) lastColOf.set(r, Math.max(lastColOf.get(r) ?? 0, m.right));
  const out: Spread[] = [];
  subtitles.forEach((start, i) => {
    let end = (subtitles[i + 1] ?? rowCount) - 1;
    const chart = model.chart?.anchor.row;
    if (chart !== undefined && chart > start && chart <= end) end = chart - 1;
    let header = start + 1;
    while (header <= end && !headerNames.has(header)) header++;
    if (header > end || skip.has(header)) return;
    // The rows between the subtitle and the header (`Số liệu đến | 06/2024`) are spread with the table: their label over
    // the name's columns, their value in the first figure column.
    const first = start + 1;
    let widest = 0;
    for (let r = first; r <= end; r++) widest = Math.max(widest, lastColOf.get(r) ?? 0);
    if (widest > NAME_COLUMN && widest < lastCol) out.push({ first, last: end, shift: lastCol - widest });
  });
  return out;
}

/**
 * The model with each narrow table (see `spreads`) spread to end at column
 * `lastCol`; the model itself when none is narrower.
 */
export function spreadNarrowTables(model: SummarySheetModel, lastCol: number, skip: ReadonlySet<number>): SummarySheetModel {
  const tables = spreads(model, lastCol, skip);
  if (tables.length === 0) return model;
  const shiftAt = new Map<number, number>();
  for (const t of tables) for (let r = t.first; r <= t.last; r++) shiftAt.set(r, t.shift);
  const column = (row: number, col: number): number => (col > NAME_COLUMN ? col + (shiftAt.get(row) ?? 0) : col);
  const same = (row: number) => row;
  const merged = new Set<number>();
  const merges: CellRange[] = model.merges.map((m) => {
    const shift = shiftAt.get(m.top);
    if (shift === undefined) return m;
    if (m.left <= NAME_COLUMN && m.right >= NAME_COLUMN) merged.add(m.top);
    // A label merged up to the name column (`Số liệu đến` over code and name) takes the name's columns.
    if (m.right === NAME_COLUMN) return { ...m, right: NAME_COLUMN + shift };
    return { ...m, left: column(m.top, m.left), right: column(m.top, m.right) };
  });
  const cells: SummaryCell[] = model.cells.map((c) => {
    const col = column(c.row, c.col);
    const formula = c.formula === undefined ? undefined : moveLocalReferences(c.formula, same, column);
    if (col === NAME_COLUMN && shiftAt.has(c.row) && !merged.has(c.row)) {
      merges.push({ top: c.row, left: NAME_COLUMN, bottom: c.row, right: NAME_COLUMN + shiftAt.get(c.row)! });
    }
    if (col === c.col && formula === c.formula) return c;
    const moved = copyCell(c);
    moved.col = col;
    moved.formula = formula;
    return moved;
  });
  const chart = model.chart === undefined ? undefined : movedChart(model.chart, column);
  return {
    ...model,
    cells,
    // In sheet order, as a spreadsheet lists them back.
    merges: merges.sort((a, b) => a.top - b.top || a.left - b.left),
    columnCount: Math.max(model.columnCount, lastCol + 1),
    ...(chart !== undefined ? { chart } : {}),
  };
}

/** The chart with its data columns where their cells moved. */
function movedChart(chart: SummaryChart, column: (row: number, col: number) => number): SummaryChart {
  const at = (col: number) => column(chart.firstRow, col);
  return {
    ...chart,
    categoryCol: at(chart.categoryCol),
    valueCol: at(chart.valueCol),
    paceCol: chart.paceCol === null ? null : at(chart.paceCol),
  };
}
