/**
 * A1 address helpers for the Office.js adapter: area lists for
 * `Worksheet.getRanges`, and the addresses Excel returns (`'Kế hoạch'!B2:C3`).
 */
import type { CellRange } from "../../core/model/workbook";
import { a1, parseA1 } from "../../core/model/address";

/** Excel's own limit on an address list is near 8 192 characters; stay well under it. */
export const MAX_AREAS_CHARS = 7900;

/**
 * Joins cell addresses into comma-separated lists for `getRanges`, each under
 * `maxChars` characters.
 */
export function chunkAddresses(addresses: readonly string[], maxChars = MAX_AREAS_CHARS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current === "") current = address;
    else if (current.length + 1 + address.length <= maxChars) current += `,${address}`;
    else {
      chunks.push(current);
      current = address;
    }
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

/** The part after the sheet name: `'It''s'!B2:C3` → `B2:C3`. */
export function localAddress(address: string): string {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          i += 2;
          continue;
        }
        break;
      }
      i++;
    }
    return text.slice(i + 2);
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? text : text.slice(bang + 1);
}

/** `B2:C3` (with or without a sheet part) → 0-based rectangle. */
export function parseRangeAddress(address: string): CellRange {
  const local = localAddress(address).replace(/\$/g, "");
  const [start, end = start] = local.split(":");
  const a = parseA1(start);
  const b = parseA1(end);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** `A1:B2` for a rectangle (`A1` for one cell). */
export function rangeAddress(range: CellRange): string {
  const start = a1(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${a1(range.bottom, range.right)}`;
}

/** A cell address in canonical form (`$b$7` → `B7`). */
export function normalCell(cell: string): string {
  const { row, col } = parseA1(cell);
  return a1(row, col);
}

/** `'Sheet name'!A1`, always quoted: what a hyperlink's documentReference needs. */
export function documentReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${normalCell(cell)}`;
}

/** Column letters of a 0-based column, as an entire-column address (`C:C`). */
export function columnAddress(col: number): string {
  const letters = a1(0, col).replace(/\d+$/, "");
  return `${letters}:${letters}`;
}
