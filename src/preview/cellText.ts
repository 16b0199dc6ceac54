/** How the preview grid shows a cell value: close to Excel's default look, in vi-VN. */
import { isCellError, type CellValue } from "../core/model/workbook";

const NUMBER = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 });
const PERCENT = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

export function cellText(value: CellValue, numFmt?: string): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  if (numFmt !== undefined && numFmt.includes("%")) return `${PERCENT.format(value * 100)}%`;
  return NUMBER.format(value);
}

/** Numbers align right, everything else left, as in Excel. */
export function isNumeric(value: CellValue): boolean {
  return typeof value === "number";
}
