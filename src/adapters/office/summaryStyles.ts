/**
 * How each `SummaryStyle` looks in Excel (fills and fonts as `#RRGGBB`).
 * Excel's own "Good / Neutral / Bad" cell-style colours for the statuses, so
 * the sheet reads as an Excel user expects.
 */
import { SUMMARY_BOX_COLOR, type SummaryStyle } from "../../core/model/summary";

export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontalAlignment?: "Left" | "Center" | "Right";
  readonly verticalAlignment?: "Top" | "Center" | "Bottom";
  readonly wrapText?: boolean;
  readonly underline?: boolean;
}

export const SUMMARY_LOOK: Readonly<Record<SummaryStyle, CellLook>> = {
  title: { bold: true, size: 14, fontColor: "#1F3864" },
  subtitle: { italic: true, fontColor: "#404040" },
  header: { bold: true, fill: "#D9E1F2", horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true },
  label: { verticalAlignment: "Top" },
  number: { horizontalAlignment: "Right" },
  percent: { horizontalAlignment: "Right" },
  "status-ok": { fill: "#C6EFCE", fontColor: "#006100" },
  "status-warning": { fill: "#FFEB9C", fontColor: "#9C5700" },
  "status-error": { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
  link: { fontColor: "#0563C1", underline: true },
  note: { italic: true, fontColor: "#595959" },
};

/** A table's lines: thin, in the summary's one box colour (the .xlsx writer draws the same, adapters/xlsx/summaryXml.ts). */
export const BOX_LINE = { style: "Continuous", weight: "Thin", color: SUMMARY_BOX_COLOR } as const;

/** Column width in characters (as the model gives it) → points (Office.js `columnWidth`). */
export function widthInPoints(characters: number): number {
  // Calibri 11: a digit is 7 px wide plus 5 px of padding; 96 dpi → 0.75 pt per px.
  return Math.round((Math.max(0, characters) * 7 + 5) * 0.75 * 100) / 100;
}
