/**
 * Reading sheets of any size within Excel's limits (Excel on the web: 5 MB a
 * request and a response; every host: 5 000 000 cells a read — Microsoft's
 * "Resource limits and performance optimization for Office Add-ins"):
 *
 * 1. one sync for every sheet asked: name, id, visibility, the used range's
 *    size and whether its rows and columns are hidden (`hiddenLines.ts`: a
 *    sheet with some hidden asks for its visible cells with the merges'
 *    follow-up), merged areas, where the formulas and the error values are
 *    (`getSpecialCells`, ExcelApi 1.9: their addresses, not their cells), and
 *    the first `HEAD_ROWS` rows in full — a small sheet is read right there;
 * 2. the rest in blocks of rows (values and number formats; formulas only in
 *    the formula areas), packed into syncs of about `TARGET_BYTES` of
 *    response, sized from the bytes per cell measured so far. A block Excel
 *    refuses (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded,
 *    RangeExceedsLimit — recognised by code, the messages are localized) or
 *    whose values come back null (office-js #4783, #6781) is halved and asked
 *    again.
 *
 * Sheets read before and changed since (see `ChangeTracker`) are patched:
 * only their dirty rectangles are read again.
 */
import type { CellRange, SheetData } from "../../core/model/workbook";
import { parseRangeAddress, rangeAddress, chunkAddresses } from "./addresses";
import { mergesOf, queueMergeFollowUp, queueMerges, type MergeMode, type QueuedSheetRead } from "./readSheets";
import { applyCells, normalizeSheet, type FormulaArea, type LoadedCells } from "./sheetCells";
import { isRefusedForSize } from "./officeErrors";
import type { Dirty } from "./changeTracker";
import { hiddenLinesOf, queueVisibleCells } from "./hiddenLines";

/** Rows read in the first sync with the sizes (a sheet this small costs one sync). */
export const HEAD_ROWS = 200;
/**
 * Bytes of response aimed at per sync: under Excel on the web's 5 MB with
 * room for the estimate's error (3 % once a block was measured).
 */
export const TARGET_BYTES = 4_800_000;
/** The first rows (titles, headers, small numbers) tell less of the rest: a wider margin on their estimate. */
const HEAD_ESTIMATE_MARGIN = 1.25;
/** Changed cells read again per item (all properties): at most this many cells and rectangles. */
const PATCH_ITEM_CELLS = 20_000;
const PATCH_ITEM_RECTS = 400;
/** Bytes per cell assumed before any block was measured (values and number format). */
const FIRST_GUESS_BYTES_PER_CELL = 40;

export interface ReadOptions {
  readonly mode: MergeMode;
  /** getSpecialCells (ExcelApi 1.9) for formula and error areas; else formulas and value types per cell. */
  readonly specialCells: boolean;
  readonly targetBytes?: number;
  /** Rows read with the sizes; 0 for none. */
  readonly headRows?: number;
  /** Stop after the first sync (the first rows only, for picking sheets). */
  readonly headOnly?: boolean;
  /** Ask for the visible cells of a sheet with some rows or columns hidden (`hiddenLines.ts`); default true. */
  readonly visibleCells?: boolean;
}

/** What the caller knows of a sheet from an earlier read. */
export interface Cached {
  readonly id: string;
  readonly data: SheetData;
  readonly dirty: Dirty | undefined;
}

export interface SheetRead {
  readonly id: string;
  readonly data: SheetData;
  /** Formula cells, for the change tracker. */
  readonly formulaRects: readonly CellRange[];
  /** False when the first rows only were read (`headOnly`) and the sheet is longer. */
  readonly complete: boolean;
}

interface Head {
  readonly read: QueuedSheetRead;
  readonly cached: Cached | undefined;
  /** Patch only these rectangles of the cached sheet (null: read in full). */
  readonly patch: readonly CellRange[] | null;
  readonly head: Excel.Range | null;
  readonly formulaAreas: Excel.RangeAreas | null;
  readonly errorAreas: Excel.RangeAreas[];
}

interface Item {
  readonly sheet: number;
  /** cells: one rectangle, cut to fit a sync; formulas: formula areas; areas: changed cells (all properties). */
  readonly kind: "cells" | "formulas" | "areas";
  readonly rects: CellRange[];
  /** Load formulas and value types with the values (patches, and hosts without getSpecialCells). */
  readonly full: boolean;
}

function cellsOf(rects: readonly CellRange[]): number {
  return rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
}

/** UTF-8 bytes of a loaded value as it travels in the response (JSON). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "null";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code < 0x800 ? 1 : code >= 0xd800 && code <= 0xdbff ? 1 : 2;
  }
  return bytes;
}

/** `Sheet!A1:B2,Sheet!C5` → rectangles. */
export function rectsOfAddress(address: string): CellRange[] {
  if (address.trim() === "") return [];
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current !== "") parts.push(current);
  return parts.map(parseRangeAddress);
}

function clipRows(rect: CellRange, fromRow: number): CellRange | null {
  if (rect.bottom < fromRow) return null;
  return { ...rect, top: Math.max(rect.top, fromRow) };
}

function intersect(a: CellRange, b: CellRange): CellRange | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** Splits an item in two (by items' rectangles, else by rows); null when it is one row of one rectangle. */
function halve(item: Item): [Item, Item] | null {
  if (item.rects.length > 1) {
    const mid = Math.ceil(item.rects.length / 2);
    return [
      { ...item, rects: item.rects.slice(0, mid) },
      { ...item, rects: item.rects.slice(mid) },
    ];
  }
  const rect = item.rects[0];
  if (rect.top === rect.bottom) {
    if (rect.left === rect.right) return null;
    const mid = rect.left + Math.floor((rect.right - rect.left + 1) / 2);
    return [
      { ...item, rects: [{ ...rect, right: mid - 1 }] },
      { ...item, rects: [{ ...rect, left: mid }] },
    ];
  }
  const mid = rect.top + Math.floor((rect.bottom - rect.top + 1) / 2);
  return [
    { ...item, rects: [{ ...rect, bottom: mid - 1 }] },
    { ...item, rects: [{ ...rect, top: mid }] },
  ];
}

/** Cuts rectangles into pieces of at most `maxCells` cells (whole rows where a row fits). */
function splitRects(rects: readonly CellRange[], maxCells: number): CellRange[] {
  const out: CellRange[] = [];
  for (const rect of rects) {
    const width = rect.right - rect.left + 1;
    const rows = Math.max(1, Math.floor(maxCells / width));
    for (let top = rect.top; top <= rect.bottom; top += rows) out.push({ ...rect, top, bottom: Math.min(rect.bottom, top + rows - 1) });
  }
  return out;
}

export async function readSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  cache: ReadonlyMap<string, Cached>,
  options: ReadOptions,
): Promise<SheetRead[]> {
  const target = options.targetBytes ?? TARGET_BYTES;
  const headRows = options.headRows ?? HEAD_ROWS;
  const worksheets = context.workbook.worksheets;

  // ---- 1. sizes, areas, merges, the first rows ------------------------------
  const heads: Head[] = names.map((name) => {
    const sheet = worksheets.getItem(name);
    sheet.load("name,visibility,id");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden");
    const read = queueMerges(sheet, used, options.mode);
    const cached = cache.get(name);
    const patch = cached !== undefined && cached.dirty !== "all" ? (cached.dirty ?? []) : null;
    if (patch !== null) return { read, cached, patch, head: null, formulaAreas: null, errorAreas: [] };
    let head: Excel.Range | null = null;
    if (headRows > 0) {
      head = sheet.getRange(`1:${headRows}`).getUsedRangeOrNullObject(true);
      if (options.specialCells) head.load("rowIndex,columnIndex,values,numberFormat,formulas");
      else head.load("rowIndex,columnIndex,values,numberFormat,formulas,valueTypes");
    }
    let formulaAreas: Excel.RangeAreas | null = null;
    const errorAreas: Excel.RangeAreas[] = [];
    if (options.specialCells) {
      const whole = sheet.getRange();
      formulaAreas = whole.getSpecialCellsOrNullObject("Formulas");
      formulaAreas.load("address");
      for (const type of ["Constants", "Formulas"] as const) {
        const errors = whole.getSpecialCellsOrNullObject(type, "Errors");
        errors.load("address");
        errorAreas.push(errors);
      }
    }
    return { read, cached, patch, head, formulaAreas, errorAreas };
  });
  await context.sync();
  const askVisible = options.specialCells && options.visibleCells !== false && options.headOnly !== true;
  const visible = heads.map(({ read: { used } }) => queueVisibleCells(used, askVisible));
  if (queueMergeFollowUp(heads.map((h) => h.read)) || visible.some((v) => v !== null)) {
    await context.sync();
    if (queueMergeFollowUp(heads.map((h) => h.read))) await context.sync();
  }

  // ---- 2. plan the blocks ------------------------------------------------------
  const usedRects = heads.map(({ read: { used } }) =>
    used.isNullObject
      ? null
      : { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 },
  );
  const blocks: LoadedCells[][] = heads.map(() => []);
  const formulaLoads: FormulaArea[][] = heads.map(() => []);
  const errors: Array<Set<string> | null> = heads.map(() => null);
  const formulaRects: CellRange[][] = heads.map(() => []);
  const complete: boolean[] = heads.map(() => true);
  const items: Item[] = [];
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let formulaBytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let measuredBytes = 0;
  let measuredCells = 0;

  const bases: Array<SheetData | null> = heads.map((h) => h.cached?.data ?? null);
  heads.forEach((h, i) => {
    const used = usedRects[i];
    if (h.patch !== null && h.cached !== undefined && h.cached.id !== h.read.sheet.id) {
      // Another sheet under the same name (deleted and added again): read it whole.
      bases[i] = null;
      if (used !== null) {
        for (const rect of splitRects([used], Math.floor(target / FIRST_GUESS_BYTES_PER_CELL / 2))) items.push({ sheet: i, kind: "cells", rects: [rect], full: true });
      }
      return;
    }
    if (h.patch !== null) {
      // Only what changed, clipped to today's used range (cells outside it are now empty).
      const rects = used === null ? [] : h.patch.map((r) => intersect(r, used)).filter((r): r is CellRange => r !== null);
      const pieces = splitRects(rects, PATCH_ITEM_CELLS);
      for (let start = 0; start < pieces.length; ) {
        const chunk: CellRange[] = [];
        let cells = 0;
        while (start < pieces.length && chunk.length < PATCH_ITEM_RECTS && (chunk.length === 0 || cells + cellsOf([pieces[start]]) <= PATCH_ITEM_CELLS)) {
          cells += cellsOf([pieces[start]]);
          chunk.push(pieces[start++]);
        }
        items.push({ sheet: i, kind: "areas", rects: chunk, full: true });
      }
      return;
    }
    let from = used?.top ?? 0;
    if (h.head !== null && !h.head.isNullObject) {
      blocks[i].push({
        top: h.head.rowIndex,
        left: h.head.columnIndex,
        values: h.head.values,
        numberFormat: h.head.numberFormat,
        formulas: h.head.formulas,
        ...(options.specialCells ? {} : { valueTypes: h.head.valueTypes }),
      });
      measuredBytes += jsonBytes(h.head.values) + jsonBytes(h.head.numberFormat);
      measuredCells += h.head.values.length * (h.head.values[0]?.length ?? 0);
    }
    if (h.head !== null) from = Math.max(from, headRows);
    if (options.specialCells) {
      const found = new Set<string>();
      for (const areas of h.errorAreas) {
        if (areas.isNullObject) continue;
        for (const rect of rectsOfAddress(areas.address)) {
          for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) found.add(`${r},${c}`);
        }
      }
      errors[i] = found;
      const all = h.formulaAreas === null || h.formulaAreas.isNullObject ? [] : rectsOfAddress(h.formulaAreas.address);
      formulaRects[i] = all;
      const rest = all.map((r) => clipRows(r, from)).filter((r): r is CellRange => r !== null);
      if (!options.headOnly && rest.length > 0) items.push({ sheet: i, kind: "formulas", rects: rest, full: false });
    }
    if (used === null || from > used.bottom) return;
    if (options.headOnly) {
      complete[i] = false;
      return;
    }
    items.push({ sheet: i, kind: "cells", rects: [{ top: from, left: used.left, bottom: used.bottom, right: used.right }], full: !options.specialCells });
  });
  if (measuredCells > 0) bytesPerCell = Math.max(8, (measuredBytes / measuredCells) * HEAD_ESTIMATE_MARGIN);

  // ---- 3. read the blocks, a sync per ~target bytes ---------------------------
  const queue: Item[] = [...items];
  const costPerCell = (item: Item): number =>
    item.kind === "formulas" ? formulaBytesPerCell : item.kind === "areas" ? bytesPerCell * 2.5 : bytesPerCell;
  while (queue.length > 0) {
    const group: Item[] = [];
    let estimate = 0;
    while (queue.length > 0) {
      const next = queue[0];
      const cost = cellsOf(next.rects) * costPerCell(next);
      if (estimate + cost <= target) {
        group.push(queue.shift() as Item);
        estimate += cost;
        continue;
      }
      // It does not fit whole: a block of rows takes the rows that fit (the rest waits for the next sync).
      const rect = next.rects[0];
      const width = rect.right - rect.left + 1;
      const rowsFit = Math.floor((target - estimate) / (width * costPerCell(next)));
      if (next.kind === "cells" && rowsFit >= 1) {
        group.push({ ...next, rects: [{ ...rect, bottom: rect.top + rowsFit - 1 }] });
        queue[0] = { ...next, rects: [{ ...rect, top: rect.top + rowsFit }] };
      } else if (group.length === 0) {
        const parts = halve(queue.shift() as Item);
        if (parts === null) group.push(next);
        else {
          queue.unshift(...parts);
          continue;
        }
      }
      break;
    }
    const loads = group.map((item) => {
      const sheet = heads[item.sheet].read.sheet;
      if (item.kind === "cells") {
        const range = sheet.getRange(rangeAddress(item.rects[0]));
        if (item.full) range.load("values,numberFormat,formulas,valueTypes");
        else range.load("values,numberFormat");
        return { item, range, areas: [] as Excel.RangeAreas[] };
      }
      const areas = chunkAddresses(item.rects.map(rangeAddress)).map((list) => {
        const ranges = sheet.getRanges(list);
        if (item.kind === "areas") ranges.areas.load("items/address,items/values,items/numberFormat,items/formulas,items/valueTypes");
        else ranges.areas.load("items/address,items/formulas");
        return ranges;
      });
      return { item, range: null, areas };
    });
    try {
      // One sync per group is the point: each response must stay under the host's limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isRefusedForSize(error)) throw error;
      if (group.length > 1) {
        // The estimate was low: ask again with a higher one (fewer blocks per sync).
        queue.unshift(...group);
        bytesPerCell *= 1.5;
        formulaBytesPerCell *= 1.5;
        continue;
      }
      const parts = halve(group[0]);
      if (parts === null) throw error;
      queue.unshift(...parts);
      continue;
    }
    let syncBytes = 0;
    let syncCells = 0;
    let formulaBytes = 0;
    let formulaCells = 0;
    for (const { item, range, areas } of loads) {
      if (range !== null) {
        if (range.values === null || range.numberFormat === null) {
          // Excel answered null instead of refusing a range too large (office-js #6781): ask in halves.
          const parts = halve(item);
          if (parts === null) throw new Error(`Excel returned no values for ${rangeAddress(item.rects[0])}`);
          queue.unshift(...parts);
          continue;
        }
        blocks[item.sheet].push({
          top: item.rects[0].top,
          left: item.rects[0].left,
          values: range.values,
          numberFormat: range.numberFormat,
          ...(item.full ? { formulas: range.formulas, valueTypes: range.valueTypes } : {}),
        });
        syncBytes += jsonBytes(range.values) + jsonBytes(range.numberFormat) + (item.full ? jsonBytes(range.formulas) + jsonBytes(range.valueTypes) : 0);
        syncCells += cellsOf(item.rects);
      } else if (item.kind === "areas") {
        for (const ranges of areas) {
          for (const area of ranges.areas.items) {
            const rect = parseRangeAddress(area.address);
            blocks[item.sheet].push({ top: rect.top, left: rect.left, values: area.values, numberFormat: area.numberFormat, formulas: area.formulas, valueTypes: area.valueTypes });
          }
        }
      } else {
        for (const ranges of areas) {
          for (const area of ranges.areas.items) {
            formulaLoads[item.sheet].push({ rect: parseRangeAddress(area.address), formulas: area.formulas });
            formulaBytes += jsonBytes(area.formulas);
            formulaCells += area.formulas.length * (area.formulas[0]?.length ?? 0);
          }
        }
      }
    }
    if (syncCells > 0) bytesPerCell = Math.max(8, (syncBytes / syncCells) * 1.03);
    if (formulaCells > 0) formulaBytesPerCell = Math.max(8, (formulaBytes / formulaCells) * 1.03);
  }

  // ---- 4. assemble -----------------------------------------------------------------
  return heads.map((h, i) => {
    const { sheet } = h.read;
    const merges = mergesOf(h.read.merged);
    const cells = applyCells(h.patch !== null ? bases[i] : null, blocks[i], formulaLoads[i], errors[i]);
    const shown = visible[i];
    const hidden = hiddenLinesOf(h.read.used, shown === null || shown.isNullObject ? null : rectsOfAddress(shown.address));
    const data = { ...normalizeSheet(sheet.name, sheet.visibility !== "Visible", cells, usedRects[i], merges), ...hidden };
    const known = h.patch !== null ? formulaCellsOf(data) : formulaRects[i];
    return { id: sheet.id, data, formulaRects: known, complete: complete[i] };
  });
}

/** Formula cells of a sheet as rectangles (one run of a row each). */
export function formulaCellsOf(sheet: SheetData): CellRange[] {
  const rects: CellRange[] = [];
  sheet.formulas?.forEach((row, r) => {
    if (!row) return;
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const has = c < row.length && row[c] !== null && row[c] !== undefined;
      if (has && start < 0) start = c;
      if (!has && start >= 0) {
        rects.push({ top: r, bottom: r, left: start, right: c - 1 });
        start = -1;
      }
    }
  });
  return rects;
}
