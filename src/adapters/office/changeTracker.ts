/**
 * What changed in the workbook since allocheck read it, from Excel's own
 * change events (`WorksheetCollection.onChanged`, ExcelApi 1.9, with
 * `WorksheetChangedEventArgs` — address, changeType — of ExcelApi 1.7):
 * no sheet is read again to tell whether it changed.
 *
 * - an edit (`RangeEdited`) marks its rectangle dirty: the next read re-reads
 *   only that rectangle;
 * - rows or columns inserted or deleted mark the whole sheet dirty (every
 *   address below moved);
 * - any change also marks the formula cells of the sheets read dirty (this
 *   sheet's and the others'), as their results may depend on it (Excel raises no change event for a
 *   recalculated cell) — except changes on sheets allocheck itself writes
 *   (its summary), which nothing read depends on.
 *
 * Events arrive asynchronously, shortly after the change; a change made in
 * the instant between a user's edit and the click may be seen one action late.
 */
import type { CellRange } from "../../core/model/workbook";
import { parseRangeAddress } from "./addresses";
import { shiftOf, type Shift } from "./shifts";

/** Past this many edited rectangles a sheet is simply read again in full. */
export const MAX_DIRTY_RECTS = 1000;

export interface ChangeEvent {
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: string;
}

export type Dirty = readonly CellRange[] | "all";

export class ChangeTracker {
  private readonly versions = new Map<string, number>();
  /** Rectangles edited since the last read, or "all" (rows moved, too many edits). */
  private readonly edits = new Map<string, CellRange[] | "all">();
  /** Sheets whose formula cells may have a new result since the last read. */
  private readonly staleFormulas = new Set<string>();
  /** Formula cells of the sheets read, by sheet id (marked dirty by changes elsewhere). */
  private readonly formulaCells = new Map<string, readonly CellRange[]>();
  /** Sheets allocheck writes itself (its summary): their changes move nothing read. */
  private readonly ownSheets = new Set<string>();
  /** Rows and columns inserted or deleted on each sheet, in order; null once cells moved in a way not followed. */
  private readonly shifts = new Map<string, Shift[] | null>();

  readonly handle = (event: ChangeEvent): void => {
    const id = event.worksheetId;
    const shift = shiftOf(event.changeType, event.address);
    if (shift !== undefined) {
      const log = this.shifts.get(id);
      if (log !== null) this.shifts.set(id, shift === null ? null : [...(log ?? []), shift]);
    }
    this.versions.set(id, this.version(id) + 1);
    let rect: CellRange | null = null;
    if (event.changeType === "RangeEdited") {
      try {
        rect = parseRangeAddress(event.address);
      } catch {
        rect = null;
      }
    }
    const current = this.edits.get(id);
    if (rect === null) this.edits.set(id, "all");
    else if (current !== "all") {
      const next = [...(current ?? []), rect];
      this.edits.set(id, next.length > MAX_DIRTY_RECTS ? "all" : next);
    }
    if (this.ownSheets.has(id)) return;
    // Formulas anywhere (this sheet's subtotals included) may have a new result.
    for (const [sheet, cells] of this.formulaCells) {
      if (cells.length === 0) continue;
      if (sheet !== id) this.versions.set(sheet, this.version(sheet) + 1);
      this.staleFormulas.add(sheet);
    }
  };

  version(sheetId: string): number {
    return this.versions.get(sheetId) ?? 0;
  }

  /** What must be read again for a sheet known by its id; undefined when nothing changed. */
  dirtyOf(sheetId: string): Dirty | undefined {
    const edits = this.edits.get(sheetId);
    if (edits === "all") return "all";
    const formulas = this.staleFormulas.has(sheetId) ? (this.formulaCells.get(sheetId) ?? []) : [];
    if (edits === undefined && formulas.length === 0) return this.staleFormulas.has(sheetId) ? [] : undefined;
    return [...(edits ?? []), ...formulas];
  }

  /** The sheet was read (in full or patched) as of now. */
  markRead(sheetId: string, formulaCells: readonly CellRange[]): void {
    this.edits.delete(sheetId);
    this.staleFormulas.delete(sheetId);
    this.formulaCells.set(sheetId, formulaCells);
  }

  forget(sheetId: string): void {
    this.edits.delete(sheetId);
    this.staleFormulas.delete(sheetId);
    this.formulaCells.delete(sheetId);
  }

  markOwn(sheetId: string): void {
    this.ownSheets.add(sheetId);
  }

  /** A mark of the sheet's shifts heard so far (null: not followed any more). */
  shiftMark(sheetId: string): number | null {
    const log = this.shifts.get(sheetId);
    return log === null ? null : (log?.length ?? 0);
  }

  /** The shifts heard since `mark`, or null when they cannot be followed. */
  shiftsSince(sheetId: string, mark: number): readonly Shift[] | null {
    const log = this.shifts.get(sheetId);
    if (log === null) return null;
    return (log ?? []).slice(mark);
  }
}
