/**
 * What the task pane needs from the workbook it runs in. Two implementations:
 * the Office.js adapter (`adapters/office`) inside Excel, and the in-memory
 * adapter (`adapters/memory`) for the browser preview and tests. The pane and
 * the app services know nothing else of either.
 */
import type { WorkbookData } from "../core/model/workbook";
import type { Highlight, SummarySheetModel } from "../core/model/summary";
import type { CorrectionSet } from "../core/model/corrections";
import type { ReadingRole } from "../core/model/reading";

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
}

/**
 * What a marked range stands for in the reading view: the table, its header
 * rows, a plan line's column (or row), an area by its role, an ignored one.
 */
export type ReadingMarkKind = "table" | "header" | "line" | "ignored" | ReadingRole;

export interface ReadingMark {
  /** A1 range on the sheet, without the sheet name (`A7:N7`). */
  readonly range: string;
  readonly kind: ReadingMarkKind;
  /** A short text shown with the band (a plan line's code). */
  readonly label?: string;
}

export interface ClearReport {
  readonly restored: number;
  /** `Sheet!B7` of each cell left as it is. */
  readonly skipped: readonly string[];
  readonly notesLeft: number;
}

/** What `writeSummary` did beyond writing. */
export interface SummaryWritten {
  /** The summary was refreshed while the user had it hidden, and left hidden. */
  readonly hidden: boolean;
  /**
   * It was left VeryHidden: Excel's Unhide dialog does not list such a sheet,
   * only a macro can show it again (Microsoft, "Hide sheets and use the
   * xlVeryHidden constant in a macro",
   * https://learn.microsoft.com/en-us/office/troubleshoot/excel/hide-sheet-and-use-xlveryhidden).
   */
  readonly veryHidden?: boolean;
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
   * The first rows of the sheets named (every visible sheet when omitted; enough to pick the plan and the
   * allocation sheet when the pane opens) and the names of the sheets read
   * whole. Optional: without it the pane reads the visible sheets in full.
   */
  readSheetTops?(sheetNames?: readonly string[]): Promise<{ workbook: WorkbookData; complete: readonly string[] }>;
  /**
   * A cheap fingerprint of a sheet's current values, to tell whether it changed
   * since it was read (the pane re-checks instead of writing stale marks).
   * Inside Excel it reads nothing: Excel's change events tell it.
   */
  sheetFingerprint(sheetName: string): Promise<string>;
  /**
   * Writes or refreshes the summary sheet in place (never delete-and-add) and
   * activates it — unless the user hid it: it is then refreshed and left hidden.
   */
  writeSummary(model: SummarySheetModel): Promise<SummaryWritten | void>;
  /** Colours the cells, keeping each cell's original fill so that it can be restored. */
  applyHighlights(highlights: readonly Highlight[]): Promise<void>;
  /** Restores the original fill of every cell allocheck coloured; returns how many. */
  clearHighlights(): Promise<number>;
  /**
   * The same, saying which cells were left alone because they no longer hold
   * allocheck's colour (rows inserted or deleted since, or re-filled by the
   * user) and how many notes could not be restored. Optional.
   */
  clearHighlightsReport?(): Promise<ClearReport>;
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
  /**
   * The user's corrections saved in the workbook (the add-in's document
   * settings, which Excel stores in the file under `xl/webextensions/`), the
   * empty set when there are none. Optional: without it the pane offers no
   * corrections.
   */
  loadCorrections?(): Promise<CorrectionSet>;
  /** Saves the corrections in the workbook's document settings (an empty set removes the setting). */
  saveCorrections?(set: CorrectionSet): Promise<void>;
  /**
   * Shows how the sheet was read: Excel selects the ranges (the view's marks,
   * all at once where the host can select several areas); the preview draws
   * them on its grid as bands. No marks: stops showing.
   */
  showReading?(sheet: string, marks: readonly ReadingMark[]): Promise<void>;
}
