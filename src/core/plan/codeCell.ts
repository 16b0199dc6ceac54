/**
 * A line's code typed as a number (`1.10` stored as 1.1): read as the cell
 * shows it when its number format fixes the decimals (`0.00` shows `1.10`),
 * since that is the code the user sees.
 */
import type { CellValue } from "../model/workbook";
import { readCode } from "./planValues";

/** `0.00`, `#,##0.0`: the number of decimals a plain fixed format shows; null for any other format. */
function fixedDecimals(format: string | undefined): number | null {
  if (format === undefined) return null;
  const match = /^[#,]*0\.(0+)$/.exec(format.split(";")[0].trim());
  return match === null ? null : match[1].length;
}

/** The code as its cell shows it. A whole number keeps its digits (`1` shown `1.0` is still line 1). */
export function codeAsShown(value: CellValue, format: string | undefined): string {
  if (typeof value !== "number" || Number.isInteger(value)) return readCode(value);
  const decimals = fixedDecimals(format);
  if (decimals === null) return readCode(value);
  const shown = value.toFixed(decimals);
  return Number(shown) === value ? shown : readCode(value);
}
