/**
 * The summary sheet (`Tổng hợp`) and the highlights, as plain data. One model,
 * two writers: the ExcelJS writer (`allocheck summary`) and the Office.js
 * writer (the add-in). Built by `core/summary` from a check result.
 */
import type { CellRange } from "./workbook";
import type { Severity } from "./finding";
import type { LocalizedText } from "./text";

export type SummaryStyle =
  | "title"
  | "subtitle"
  | "header"
  | "label"
  | "number"
  | "percent"
  | "status-ok"
  | "status-warning"
  | "status-error"
  | "link"
  | "note";

export interface SummaryCell {
  /** 0-based position on the summary sheet. */
  readonly row: number;
  readonly col: number;
  /**
   * A constant. Strings are always written as text, never as formulas, even
   * when they start with `=`, `+`, `-` or `@` (they may come from user sheets).
   */
  readonly value?: string | number | null;
  /** An en-US (invariant) formula without the leading `=`; `value` is its expected result. */
  readonly formula?: string;
  readonly numFmt?: string;
  readonly style?: SummaryStyle;
  /** Internal hyperlink target (sheet and A1 cell). */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

export interface SummarySheetModel {
  /** Sheet name to write (`Tổng hợp`, or `Tổng hợp (2)` if a user sheet has the name). */
  readonly name: string;
  readonly cells: readonly SummaryCell[];
  readonly merges: readonly CellRange[];
  /** Column widths in characters, index = column. */
  readonly columnWidths: readonly number[];
  /** Rows frozen at the top (the header of the first table). */
  readonly frozenRows: number;
  readonly print: {
    readonly paper: "A4";
    readonly orientation: "landscape";
    readonly fitToWidth: true;
  };
  /** Row and column count the model covers (the writer clears the rest of an old summary). */
  readonly rowCount: number;
  readonly columnCount: number;
  /** The progress chart, when the workbook has results (CONTRACT §7). */
  readonly chart?: SummaryChart;
}

/**
 * A chart on the summary sheet (CONTRACT §7: % achieved per line against the
 * pace): a bar per category over live cells of the sheet, and the pace as a
 * line at the elapsed share. Rows and columns 0-based on the summary sheet.
 */
export interface SummaryChart {
  readonly title: string;
  /** Category labels (line codes) and bar values (fractions, 0.5 = 50 %): one column each, rows first…last. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly categoryCol: number;
  readonly valueCol: number;
  readonly valueName: string;
  /** The cached labels and values, for programs that do not recalculate. */
  readonly categories: readonly string[];
  readonly values: readonly number[];
  /** The elapsed share (0…1) drawn as the pace line, or null without a plan period; its column of live cells. */
  readonly pace: number | null;
  readonly paceCol: number | null;
  readonly paceName: string;
  /** Where it sits: top-left cell and size in cells. */
  readonly anchor: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };
}

/** One reversible highlight: a fill and a note on a cell of a user sheet. */
export interface Highlight {
  readonly sheet: string;
  /** A1 address without the sheet. */
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  /** The worst severity among the findings at this cell. */
  readonly severity: Severity;
  /** All messages at this cell, joined. */
  readonly message: LocalizedText;
}

/** Fill colours (ARGB without alpha for Office.js as `#RRGGBB`). */
export const HIGHLIGHT_FILL: Readonly<Record<Severity, string>> = {
  error: "#F8B4B4",
  warning: "#FFE08A",
  info: "#BFDBFE",
};
