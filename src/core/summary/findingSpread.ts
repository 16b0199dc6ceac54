/**
 * The findings table as wide as the printed page. The summary's tables share
 * their columns, and the widest (the area table, a column per plan line) sets
 * the page's scale: written in the first eight columns, the findings would
 * print on a part of the page's width with each message wrapped over many
 * lines. Spread, the message of each row (and the header's `Nội dung`) is
 * merged across the columns the other findings columns leave free, and those
 * columns (severity, rule, sheet, cell, line, area) move to the right edge of
 * the printed page, in the same order.
 */
import type { CellRange } from "../model/workbook";
import type { SummaryCell, SummarySheetModel } from "../model/summary";
import { FINDING_HEADERS } from "./labels";
import { copyCell } from "./cellShape";

/** The findings table's columns as written: number, message, then the short columns. */
const MESSAGE_COLUMN = 1;
const LAST_COLUMN = FINDING_HEADERS.length - 1;

/** The findings table's rows: its header and its last row (a finding or a note). */
export interface FindingRows {
  readonly header: number;
  readonly last: number;
}

const MESSAGE_HEADERS = new Set([FINDING_HEADERS[MESSAGE_COLUMN].vi, FINDING_HEADERS[MESSAGE_COLUMN].en]);
const NUMBER_HEADERS = new Set([FINDING_HEADERS[0].vi, FINDING_HEADERS[0].en]);

/** The findings table's header row: `STT` and `Nội dung` (or `No.` and `Message`) as headers. */
export function findingHeaderRow(cells: readonly SummaryCell[]): number | undefined {
  const numberRows = new Set<number>();
  // Indexed loops over the cells: a large summary has tens of thousands, and `for…of` allocates a step object for each before the loop is optimised.
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.style === "header" && c.col === 0 && NUMBER_HEADERS.has(String(c.value))) numberRows.add(c.row);
  }
  return cells.find((c) => c.style === "header" && c.col === MESSAGE_COLUMN && MESSAGE_HEADERS.has(String(c.value)) && numberRows.has(c.row))?.row;
}

/** The findings table's rows: from its header to the last row before the next section (or the sheet's end). */
export function findingTableRows(cells: readonly SummaryCell[]): FindingRows | undefined {
  const header = findingHeaderRow(cells);
  if (header === undefined) return undefined;
  let next = Infinity;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.style === "subtitle" && c.row > header && c.row < next) next = c.row;
  }
  let last = header;
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i].row;
    if (row > last && row < next) last = row;
  }
  return { header, last };
}

/** Whether a cell belongs to the findings table. */
export function inFindingTable(cell: { readonly row: number }, rows: FindingRows): boolean {
  return cell.row >= rows.header && cell.row <= rows.last;
}

/**
 * The model with the findings table's short columns moved so its last one is
 * `lastCol`, and each row's message merged over the columns between (none when
 * they stand right after the message). The short columns are found where the
 * header has them: a table spread already is spread again from where it is.
 */
export function spreadFindingTable(model: SummarySheetModel, rows: FindingRows, lastCol: number): SummarySheetModel {
  const headerCols = model.cells
    .filter((c) => c.row === rows.header && c.style === "header")
    .map((c) => c.col)
    .sort((a, b) => a - b);
  if (headerCols.length !== FINDING_HEADERS.length || headerCols[MESSAGE_COLUMN] !== MESSAGE_COLUMN) return model;
  const target = Math.max(lastCol, LAST_COLUMN);
  const moved = new Map<number, number>();
  for (let k = MESSAGE_COLUMN + 1; k <= LAST_COLUMN; k++) moved.set(headerCols[k], target - (LAST_COLUMN - k));
  const messageRight = target - (LAST_COLUMN - MESSAGE_COLUMN);
  const messageRows: number[] = [];
  const cells = model.cells.map((c) => {
    if (!inFindingTable(c, rows)) return c;
    if (c.col === MESSAGE_COLUMN) messageRows.push(c.row);
    const to = moved.get(c.col);
    if (to === undefined || to === c.col) return c;
    const copy = copyCell(c);
    copy.col = to;
    return copy;
  });
  const kept = model.merges.filter((m) => !(m.top >= rows.header && m.top <= rows.last && m.left === MESSAGE_COLUMN));
  const added: CellRange[] = messageRight > MESSAGE_COLUMN ? messageRows.map((row) => ({ top: row, left: MESSAGE_COLUMN, bottom: row, right: messageRight })) : [];
  // In sheet order, as a spreadsheet lists them back.
  const merges = [...kept, ...added].sort((a, b) => a.top - b.top || a.left - b.left);
  return { ...model, cells, merges, columnCount: Math.max(model.columnCount, target + 1) };
}
