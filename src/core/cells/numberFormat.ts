/**
 * What a cell's number format says about its value. Only a `%` outside quotes,
 * brackets and escapes makes Excel show the value ×100 (`0%`, `0.0%`); a
 * literal `%` (`0"%"`, `0\%`) is just a sign after the value as written.
 */

/** True when Excel shows a number in `format` as a percentage (0.15 as 15 %). */
export function isPercentFormat(format: string | null | undefined): boolean {
  return typeof format === "string" && /%/.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
}

/** A fraction as percentage points without float noise (0.155 → 15.5, not 15.500000000000002). */
export function percentPoints(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

/**
 * True when Excel shows a number in `format` as a date or a time (`dd/mm/yyyy`,
 * `mm-dd-yy`, `h:mm`, `[$-42A]d/m/yyyy`): a day, month, year, hour or second
 * code outside quotes, escapes, fill and padding marks and bracketed
 * locale/colour codes (elapsed `[h]`, `[mm]`, `[ss]` count too).
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (typeof format !== "string" || format === "") return false;
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = readsAsDate(format);
    if (dateFormats.size < 1024) dateFormats.set(format, known);
  }
  return known;
}

/** A workbook has a few formats and millions of cells: each format is looked at once. */
const dateFormats = new Map<string, boolean>();

function readsAsDate(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|_.|\*./g, "").replace(/\[(h+|m+|s+)\]/gi, "$1").replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare.replace(/General/gi, ""));
}
