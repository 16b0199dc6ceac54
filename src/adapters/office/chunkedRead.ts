/**
 * Reading sheets too large for one response. Excel on the web caps a
 * response at 5 MB (and any host a read at 5 000 000 cells): when the
 * one-sync read is refused, the adapter reads each used range's size first,
 * then its rows in blocks, a bounded number of cells per sync.
 */
import type { SheetData } from "../../core/model/workbook";
import { rangeAddress } from "./addresses";
import { RowHasher } from "./fingerprint";
import { assembleSheet, mergesOf, queueMergeFollowUp, queueMerges, type CellBlock, type MergeMode, type QueuedSheetRead } from "./readSheets";

/** About 40 bytes per cell for values, formulas, types and formats: ~2 MB a response. */
export const CELLS_PER_SYNC = 50_000;

interface PlannedBlock {
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** Splits each used range into row blocks and groups them into syncs of at most `limit` cells. */
export function planBlocks(
  sizes: ReadonlyArray<{ top: number; left: number; rows: number; columns: number } | null>,
  limit = CELLS_PER_SYNC,
): PlannedBlock[][] {
  const groups: PlannedBlock[][] = [];
  let group: PlannedBlock[] = [];
  let cells = 0;
  sizes.forEach((size, sheet) => {
    if (size === null) return;
    const rowsPerBlock = Math.max(1, Math.floor(limit / Math.max(1, size.columns)));
    for (let start = 0; start < size.rows; start += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, size.rows - start);
      const blockCells = rows * size.columns;
      if (cells > 0 && cells + blockCells > limit) {
        groups.push(group);
        group = [];
        cells = 0;
      }
      group.push({ sheet, top: size.top + start, left: size.left, rows, columns: size.columns });
      cells += blockCells;
    }
  });
  if (group.length > 0) groups.push(group);
  return groups;
}

export async function readSheetsChunked(
  context: Excel.RequestContext,
  names: readonly string[],
  mode: MergeMode,
  limit = CELLS_PER_SYNC,
): Promise<SheetData[]> {
  const worksheets = context.workbook.worksheets;
  const heads: QueuedSheetRead[] = names.map((name) => {
    const sheet = worksheets.getItem(name);
    sheet.load("name,visibility");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return queueMerges(sheet, used, mode);
  });
  await context.sync();
  if (queueMergeFollowUp(heads)) {
    await context.sync();
    if (queueMergeFollowUp(heads)) await context.sync();
  }

  const sizes = heads.map((h) =>
    h.used.isNullObject ? null : { top: h.used.rowIndex, left: h.used.columnIndex, rows: h.used.rowCount, columns: h.used.columnCount },
  );
  const blocks: CellBlock[][] = heads.map(() => []);
  const groups = planBlocks(sizes, limit);
  for (const group of groups) {
    const loaded = group.map((block) => {
      const range = heads[block.sheet].sheet.getRange(
        rangeAddress({ top: block.top, left: block.left, bottom: block.top + block.rows - 1, right: block.left + block.columns - 1 }),
      );
      range.load("values,formulas,valueTypes,numberFormat");
      return { block, range };
    });
    // One sync per group of blocks is the point here: each response must stay under the host's limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { block, range } of loaded) {
      blocks[block.sheet].push({
        top: block.top,
        left: block.left,
        values: range.values,
        formulas: range.formulas,
        valueTypes: range.valueTypes,
        numberFormat: range.numberFormat,
      });
    }
  }
  return heads.map((h, i) => assembleSheet(h.sheet.name, h.sheet.visibility, blocks[i], mergesOf(h.merged)));
}

/** `sheetFingerprint` of a sheet too large for one response: the same hash, fed block by block. */
export async function fingerprintChunked(context: Excel.RequestContext, sheetName: string, limit = CELLS_PER_SYNC): Promise<string> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const hasher = new RowHasher();
  if (used.isNullObject) return hasher.hex();
  // Values and formulas only: about half the bytes per cell of a full read.
  const groups = planBlocks([{ top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount }], limit * 2);
  for (const group of groups) {
    const loaded = group.map((block) => {
      const range = sheet.getRange(
        rangeAddress({ top: block.top, left: block.left, bottom: block.top + block.rows - 1, right: block.left + block.columns - 1 }),
      );
      range.load("values,formulas");
      return { block, range };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { block, range } of loaded) hasher.addRows(block.top, block.left, range.values, range.formulas);
  }
  return hasher.hex();
}
