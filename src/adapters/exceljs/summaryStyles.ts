/** How each summary style looks in the .xlsx copy, and the highlight fills. */
import type ExcelJS from "exceljs";
import type { SummaryStyle } from "../../core/model/summary";
import { HIGHLIGHT_FILL } from "../../core/model/summary";
import type { Severity } from "../../core/model/finding";

const solid = (rgb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb}` } });
const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF9CA3AF" } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export interface CellLook {
  readonly font?: Partial<ExcelJS.Font>;
  readonly fill?: ExcelJS.Fill;
  readonly alignment?: Partial<ExcelJS.Alignment>;
  readonly border?: Partial<ExcelJS.Borders>;
}

export const SUMMARY_LOOK: Readonly<Record<SummaryStyle, CellLook>> = {
  title: { font: { bold: true, size: 14 }, alignment: { horizontal: "center", vertical: "middle" } },
  subtitle: { font: { bold: true, size: 12 } },
  header: { font: { bold: true }, fill: solid("DCE6F1"), alignment: { horizontal: "center", vertical: "middle", wrapText: true }, border: box },
  label: { font: { bold: true }, alignment: { vertical: "top", wrapText: true } },
  number: { alignment: { horizontal: "right" }, border: box },
  percent: { alignment: { horizontal: "right" }, border: box },
  "status-ok": { font: { color: { argb: "FF006100" } }, fill: solid("C6EFCE"), border: box },
  "status-warning": { font: { color: { argb: "FF9C5700" } }, fill: solid("FFEB9C"), border: box },
  "status-error": { font: { color: { argb: "FF9C0006" } }, fill: solid("FFC7CE"), border: box },
  link: { font: { color: { argb: "FF0563C1" }, underline: true } },
  note: { font: { italic: true, color: { argb: "FF6B7280" } } },
};

export function highlightFill(severity: Severity): ExcelJS.Fill {
  return solid(HIGHLIGHT_FILL[severity].replace(/^#/, "").toUpperCase());
}
