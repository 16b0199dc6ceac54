/**
 * The summary sheet (`Tổng hợp`) and the highlights, as plain data. One model,
 * two writers: the ExcelJS writer (`allocheck summary`) and the Office.js
 * writer (the add-in). Built by `core/summary` from a check result.
 */
import type { CellRange } from "./workbook";
import type { Severity } from "./finding";

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
  /** Wrap the text on several lines (set by the print layout when it is wider than its column). */
  readonly wrap?: boolean;
  /** A thin border all round: every cell of a table, text and figures alike (set by the print layout, summary/tableBoxes.ts). */
  readonly boxed?: boolean;
}

/** An inclusive 0-based span of rows or columns. */
export interface SummarySpan {
  readonly first: number;
  readonly last: number;
}

/** How the sheet prints: A4 (landscape for the summary), decided by `core/summary/printLayout.ts`. */
export interface SummaryPrint {
  readonly paper: "A4";
  readonly orientation: "landscape" | "portrait";
  /** One page wide, as many pages down as needed: only while the text stays at 8 pt or more. */
  readonly fitToWidth: boolean;
  /** Print scale in percent when not fitted to the width (the sheet then spans pages across). */
  readonly scale?: number;
  /** Rows printed at the top of every page (the header of the findings table, else of the area table). */
  readonly titleRows?: SummarySpan;
  /** Columns printed at the left of every page when the sheet spans pages across. */
  readonly titleColumns?: SummarySpan;
  /** Rows that start a new printed page (a table that would otherwise start at the foot of one). */
  readonly rowBreaks?: readonly number[];
  /**
   * The footer centred on every page, in the spreadsheet's header/footer codes
   * (`&P` the page, `&N` the pages), read alike by the .xlsx format and Office.js:
   * `Trang &P / &N`.
   */
  readonly footer?: string;
  /** Page margins in inches. */
  readonly margins?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
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
  readonly print: SummaryPrint;
  /** Row heights in points, index = row (set by the print layout, so that wrapped text shows whole). */
  readonly rowHeights?: readonly number[];
  /** Row and column count the model covers (the writer clears the rest of an old summary). */
  readonly rowCount: number;
  readonly columnCount: number;
  /** The progress chart, when the workbook has results (CONTRACT §7). */
  readonly chart?: SummaryChart;
  /** Each table's box, header to last row (set by the print layout, summary/tableBoxes.ts): its cells are `boxed`. */
  readonly boxes?: readonly CellRange[];
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
  /** Per category, the mark drawn there: a percent line's target rate, else the pace (null without one); absent when every line's is the pace. */
  readonly paces?: readonly (number | null)[];
  /** The pace drawn as a mark on each bar, not a line across them: a percent line's is its target rate, another line's the elapsed share. */
  readonly paceMarks?: true;
  readonly paceCol: number | null;
  readonly paceName: string;
  /** Where it sits: top-left cell and size in cells. */
  readonly anchor: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };
}

/**
 * Points of the chart's labels (bar values, line codes, legend, axis) and of
 * its title: the sizes its layout is measured at. 9.5 pt prints at 8 pt or
 * more on a sheet fitted to the page's width (LibreOffice printed 9 pt at 7.8).
 */
export const CHART_TEXT_SIZE = 9.5;
export const CHART_TITLE_SIZE = 11;

/** One reversible highlight: a fill and a note on a cell of a user sheet. */
export interface Highlight {
  readonly sheet: string;
  /** A1 address without the sheet. */
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  /** The worst severity among the findings at this cell. */
  readonly severity: Severity;
  /** The cell's note: every message at this cell in the user's language, one a line. */
  readonly note: string;
}

/**
 * The colour of a table's lines on the summary sheet (thin, grey: every cell
 * of a table boxed, core/summary/tableBoxes.ts), as `#RRGGBB`: the one value
 * both writers draw (Office.js as it is, the .xlsx styles as `FFRRGGBB`).
 */
export const SUMMARY_BOX_COLOR = "#9CA3AF";

/**
 * How one `SummaryStyle` looks: its font, fill and alignment, colours as
 * `#RRGGBB`. The one definition both writers draw (Office.js as it is, the
 * .xlsx styles with `FF` before the colour) and the print layout measures
 * (size and weight, core/summary/printLayout.ts).
 */
export interface SummaryLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Points; 11 (the sheet's default) when absent. */
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
}

/**
 * The summary's looks. Excel's own "Good / Neutral / Bad" cell-style colours
 * for the statuses, its "Blue, Accent 1, lighter 80%" for the headers and
 * "Text 1, lighter 35%" for notes, so the sheet reads as an Excel user expects.
 */
export const SUMMARY_LOOK: Readonly<Record<SummaryStyle, SummaryLook>> = {
  title: { bold: true, size: 14, fontColor: "#1F3864", horizontal: "center", vertical: "center" },
  subtitle: { bold: true, size: 12, fontColor: "#1F3864", vertical: "top" },
  header: { bold: true, fill: "#D9E1F2", horizontal: "center", vertical: "center", wrap: true },
  label: { bold: true, vertical: "top", wrap: true },
  number: { horizontal: "right", vertical: "top" },
  percent: { horizontal: "right", vertical: "top" },
  "status-ok": { fill: "#C6EFCE", fontColor: "#006100", vertical: "top" },
  "status-warning": { fill: "#FFEB9C", fontColor: "#9C5700", vertical: "top" },
  "status-error": { bold: true, fill: "#FFC7CE", fontColor: "#9C0006", vertical: "top" },
  link: { underline: true, fontColor: "#0563C1", vertical: "top" },
  note: { italic: true, fontColor: "#595959", vertical: "top" },
};

/** Fill colours (ARGB without alpha for Office.js as `#RRGGBB`). */
export const HIGHLIGHT_FILL: Readonly<Record<Severity, string>> = {
  error: "#F8B4B4",
  warning: "#FFE08A",
  info: "#BFDBFE",
};
