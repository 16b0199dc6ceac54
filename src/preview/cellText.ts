/** How the preview grid shows a cell value: close to Excel's default look, in Vietnamese. */
import { isCellError, type CellValue } from "../core/model/workbook";
import { isPercentFormat, percentPoints } from "../core/cells/numberFormat";
import { formatNumber } from "../core/text/format";

export function cellText(value: CellValue, numFmt?: string): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  if (isPercentFormat(numFmt)) return `${formatNumber(percentPoints(value), "vi", 2)}%`;
  return formatNumber(value, "vi", 3);
}

/** Numbers align right, everything else left, as in Excel. */
export function alignsRight(value: CellValue): boolean {
  return typeof value === "number";
}
