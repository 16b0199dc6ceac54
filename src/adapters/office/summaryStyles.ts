/**
 * The summary's looks as Office.js writes them: `SUMMARY_LOOK` of the core
 * model (the one definition the .xlsx writer draws too), alignments in
 * Excel's words.
 */
import { SUMMARY_BOX_COLOR, SUMMARY_LOOK, type SummaryLook, type SummaryStyle } from "../../core/model/summary";
import { printedColumnPoints } from "../../core/summary/printLayout";

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

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function officeLook(look: SummaryLook): CellLook {
  return {
    bold: look.bold,
    italic: look.italic,
    size: look.size,
    fontColor: look.fontColor,
    fill: look.fill,
    horizontalAlignment: look.horizontal === undefined ? undefined : HORIZONTAL[look.horizontal],
    verticalAlignment: look.vertical === undefined ? undefined : VERTICAL[look.vertical],
    wrapText: look.wrap,
    underline: look.underline,
  };
}

export const OFFICE_LOOK: Readonly<Record<SummaryStyle, CellLook>> = Object.fromEntries(
  Object.entries(SUMMARY_LOOK).map(([style, look]) => [style, officeLook(look)]),
) as Record<SummaryStyle, CellLook>;

/** A table's lines: thin, in the summary's one box colour (the .xlsx writer draws the same, adapters/xlsx/summaryXml.ts). */
export const BOX_LINE = { style: "Continuous", weight: "Thin", color: SUMMARY_BOX_COLOR } as const;

/** Column width in characters (as the model gives it) → points (Office.js `columnWidth`). */
export function widthInPoints(characters: number): number {
  // Calibri 11: a digit is 7 px wide plus 5 px of padding; 96 dpi → 0.75 pt per px.
  return Math.round((Math.max(0, characters) * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * The points the add-in sets a summary column to (`RangeFormat.columnWidth`
 * is in points, https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member).
 * Fitted one page wide, Excel's own width for the characters
 * (`widthInPoints`): Excel scales the sheet to its page itself. Spanning pages
 * across, the sheet prints at the model's one scale, which fits the first
 * page's columns as LibreOffice measures them (its unit is the wider,
 * core/summary/printLayout.ts `printedColumnPoints`): at Excel's narrower
 * widths they would fill only about 70 % of the page, so they are set as wide
 * as that, in whole pixels rounded down (never wider than the scale allows).
 */
export function summaryColumnPoints(characters: number, fitToWidth: boolean): number {
  if (fitToWidth) return widthInPoints(characters);
  return Math.floor(printedColumnPoints(characters) / 0.75) * 0.75;
}
