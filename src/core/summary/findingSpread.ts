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
  for (const c of cells) if (c.style === "header" && c.col === 0 && NUMBER_HEADERS.has(String(c.value))) numberRows.add(c.row);
  return cells.find((c) => c.style === "header" && c.col === MESSAGE_COLUMN && MESSAGE_HEADERS.has(String(c.value)) && numberRows.has(c.row))?.row;
}

/** The findings table's rows: from its header to the last row before the next section (or the sheet's end). */
export function findingTableRows(cells: readonly SummaryCell[]): FindingRows | undefined {
  const header = findingHeaderRow(cells);
  if (header === undefined) return undefined;
  let next = Infinity;
  for (const c of cells) if (c.style === "subtitle" && c.row > header && c.row < next) next = c.row;
  let last = header;
  for (const c of cells) if (c.row > last && c.row < next) last = c.row;
  return { header, last };
}

/** Whether a cell belongs to the findings table. */
export function inFindingTable(cell: { readonly row: number }, rows: FindingRows): boolean {
  return cell.row >= rows.header && cell.row <= rows.last;
}

/**
 * The model with the findings table's short columns moved so its last one is
 * `lastCol`, and each row's message merged over the columns between. Unchanged
 * when `lastCol` is the table's own last column (or left of it).
 */
export function spreadFindingTable(model: SummarySheetModel, rows: FindingRows, lastCol: number): SummarySheetModel {
  const shift = lastCol - LAST_COLUMN;
  if (shift <= 0) return model;
  const messageRows: number[] = [];
  const cells = model.cells.map((c) => {
    if (!inFindingTable(c, rows)) return c;
    if (c.col === MESSAGE_COLUMN) messageRows.push(c.row);
    return c.col > MESSAGE_COLUMN && c.col <= LAST_COLUMN ? { ...c, col: c.col + shift } : c;
  });
  const added: CellRange[] = messageRows.map((row) => ({ top: row, left: MESSAGE_COLUMN, bottom: row, right: MESSAGE_COLUMN + shift }));
  // In sheet order, as a spreadsheet lists them back.
  const merges = [...model.merges, ...added].sort((a, b) => a.top - b.top || a.left - b.left);
  return { ...model, cells, merges, columnCount: Math.max(model.columnCount, lastCol + 1) };
}
