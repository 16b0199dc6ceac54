/**
 * What the task pane needs from the workbook it runs in. Two implementations:
 * the Office.js adapter (`adapters/office`) inside Excel, and the in-memory
 * adapter (`adapters/memory`) for the browser preview and tests. The pane and
 * the app services know nothing else of either.
 */
import type { WorkbookData } from "../core/model/workbook";
import type { Highlight, SummarySheetModel } from "../core/model/summary";

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
}

export interface WorkbookHost {
  /** `excel` inside Excel, `preview` in a plain browser. */
  readonly kind: "excel" | "preview";
  /**
   * The workbook's file name as the user knows it (for the report); optional:
   * the pane falls back to a generic name when a host cannot tell.
   */
  workbookName?(): Promise<string>;
  listSheets(): Promise<SheetInfo[]>;
  /**
   * Reads the sheets named (all visible sheets when omitted) in one round trip:
   * values (cached), formulas, merged areas.
   */
  readWorkbook(sheetNames?: readonly string[]): Promise<WorkbookData>;
  /**
   * A cheap fingerprint of a sheet's current values, to tell whether it changed
   * since it was read (the pane re-checks instead of writing stale marks).
   */
  sheetFingerprint(sheetName: string): Promise<string>;
  /** Writes or refreshes the summary sheet in place (never delete-and-add) and activates it. */
  writeSummary(model: SummarySheetModel): Promise<void>;
  /** Colours the cells, keeping each cell's original fill so that it can be restored. */
  applyHighlights(highlights: readonly Highlight[]): Promise<void>;
  /** Restores the original fill of every cell allocheck coloured; returns how many. */
  clearHighlights(): Promise<number>;
  /**
   * Whether the workbook holds highlights allocheck wrote (so that clearing has
   * something to restore). Optional: a host that cannot tell cheaply leaves it
   * out, and the pane keeps `Xoá tô sáng` available.
   */
  hasHighlights?(): Promise<boolean>;
  /** Selects (and scrolls to) a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Writes a new sheet from rows of values (used for the `Kế hoạch` sheet made
   * from a plan text). Never overwrites an existing sheet: returns the name used.
   */
  writeNewSheet(preferredName: string, rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Promise<string>;
}
