/**
 * Reading a sheet's merged areas, and turning one loaded cell into the
 * engine's value and formula (the sheet's cells are read by `blockRead.ts`).
 */
import type { CellRange, CellValue } from "../../core/model/workbook";
import { parseRangeAddress } from "./addresses";

export interface QueuedSheetRead {
  readonly sheet: Excel.Worksheet;
  /** Used range by values (null object on an empty sheet). */
  readonly used: Excel.Range;
  /** Merged-areas objects (one for the sheet, or one per band of rows). */
  readonly merged: Excel.RangeAreas[];
  /** In `bands` mode: the used range by anything (merged cells count), to make the bands. */
  readonly extent: Excel.Range | null;
  /** What merges still need: nothing, their areas (after a probe), or bands to be made. */
  mergeStep: "done" | "probe" | "bands";
}

/**
 * How merged areas are read (Range.getMergedAreasOrNullObject, ExcelApi 1.13):
 *
 * - `areas`: the areas' addresses in the same sync as the values (the areas
 *   collection gives whole merged areas; the RangeAreas address alone lists
 *   only their top-left cells). This loads a child of a possibly-null object.
 * - `probe`: should a host refuse that, first whether there are merges, then
 *   their areas (one more sync).
 * - `bands`: Excel refuses more than 512 merged areas in one call; then the
 *   sheet is asked in bands of rows (each merge belongs to the band holding
 *   its top-left cell), probed, then read (two more syncs).
 * - `none`: the host lacks the API (before ExcelApi 1.13).
 */
export type MergeMode = "areas" | "probe" | "bands" | "none";

/** Rows per band in `bands` mode. */
export const MERGE_BAND_ROWS = 100;

/** The merged-areas part of a sheet read. */
export function queueMerges(sheet: Excel.Worksheet, used: Excel.Range, mode: MergeMode): QueuedSheetRead {
  const merged: Excel.RangeAreas[] = [];
  if (mode === "areas" || mode === "probe") {
    const whole = sheet.getRange().getMergedAreasOrNullObject();
    if (mode === "areas") whole.areas.load("items/address");
    else whole.load("areaCount");
    merged.push(whole);
  }
  let extent: Excel.Range | null = null;
  if (mode === "bands") {
    extent = sheet.getUsedRangeOrNullObject(false);
    extent.load("rowIndex,rowCount");
  }
  const mergeStep = mode === "probe" ? "probe" : mode === "bands" ? "bands" : "done";
  return { sheet, used, merged, extent, mergeStep };
}

/**
 * After a sync: queue the next step of reading merges for every sheet that
 * needs one. Returns true when something was queued (sync again, then call
 * again: at most two rounds).
 */
export function queueMergeFollowUp(reads: Iterable<QueuedSheetRead>): boolean {
  let queued = false;
  for (const read of reads) {
    if (read.mergeStep === "probe") {
      read.mergeStep = "done";
      for (const m of read.merged) {
        if (m.isNullObject) continue;
        m.areas.load("items/address");
        queued = true;
      }
    } else if (read.mergeStep === "bands") {
      read.mergeStep = "probe";
      const extent = read.extent;
      if (extent === null || extent.isNullObject) continue;
      const bottom = extent.rowIndex + extent.rowCount - 1;
      for (let top = 0; top <= bottom; top += MERGE_BAND_ROWS) {
        const end = Math.min(bottom, top + MERGE_BAND_ROWS - 1);
        const band = read.sheet.getRange(`${top + 1}:${end + 1}`).getMergedAreasOrNullObject();
        band.load("areaCount");
        read.merged.push(band);
        queued = true;
      }
    }
  }
  return queued;
}

/** One cell as the engine wants it (after `context.sync()`). */
export function toCellValue(value: unknown, valueType: string): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (valueType === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/**
 * The formula of a cell without its `=`, or null. Excel returns the constant
 * itself in `formulas` for a non-formula cell; text typed as `=…` (a text cell)
 * has the same string in `values`, which tells it from a real formula.
 */
export function toFormula(formula: unknown, value: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=") || formula === value) return null;
  return formula.slice(1);
}

export function mergesOf(merged: readonly Excel.RangeAreas[]): CellRange[] {
  const merges: CellRange[] = [];
  const seen = new Set<string>();
  for (const m of merged) {
    if (m.isNullObject) continue;
    for (const area of m.areas.items) {
      const range = parseRangeAddress(area.address);
      const key = `${range.top},${range.left},${range.bottom},${range.right}`;
      if (seen.has(key)) continue;
      seen.add(key);
      merges.push(range);
    }
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}
