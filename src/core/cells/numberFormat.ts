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
  return formatFacts(format) === DATE_FORMAT;
}

/** `formatFacts` of a format that shows a date or a time. */
export const DATE_FORMAT = -1;

/**
 * What a format does to the number it shows, each format looked at once:
 * `DATE_FORMAT` when it shows a date or a time, else the divisor its scaling
 * commas apply (`#,##0,,` shows 150000000 as `150`: 1e6; `0.0,` 1e3), 1 for
 * none. Plain or blank: 1.
 */
export function formatFacts(format: string | null | undefined): number {
  if (typeof format !== "string" || format === "") return 1;
  let known = formats.get(format);
  if (known === undefined) {
    known = readsAsDate(format) ? DATE_FORMAT : scalingDivisor(format);
    if (formats.size < 1024) formats.set(format, known);
  }
  return known;
}

/** The divisor a number format's scaling commas apply to the number it shows (1 for none, or for a date). */
export function formatDivisor(format: string | null | undefined): number {
  const facts = formatFacts(format);
  return facts > 1 ? facts : 1;
}

/** A workbook has a few formats and millions of cells: each format is looked at once. */
const formats = new Map<string, number>();

/** Quoted text, escapes, fill and padding marks and bracketed codes: none of them is a code of the format. */
function bareFormat(format: string): string {
  return format.replace(/"[^"]*"|\\.|_.|\*./g, "");
}

function readsAsDate(format: string): boolean {
  const bare = bareFormat(format).replace(/\[(h+|m+|s+)\]/gi, "$1").replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare.replace(/General/gi, ""));
}

/**
 * 1000 per comma that closes the digits of the format's first section (Excel
 * scales the shown number by them: `#,##0,` thousands, `#,##0,,"tr"` millions,
 * `0.0,,` millions); a comma between digit codes (`#,##0`) only groups them.
 */
function scalingDivisor(format: string): number {
  const section = bareFormat(format).replace(/\[[^\]]*\]/g, "").split(";")[0];
  let commas = 0;
  for (const run of section.matchAll(/([0#?.])(,+)(?![,0#?])/g)) commas += run[2].length;
  return commas === 0 ? 1 : 1000 ** Math.min(commas, 4);
}

/** Days from Excel's day 0 (the 1900 date system) to 1970-01-01. */
const EPOCH_SERIAL = 25569;

/**
 * The year a number shows when its format is a date showing the year alone
 * (`yyyy`, `"Năm "yyyy`, `[$-42A]yyyy`): a header typed as a date (1/1/2023)
 * formatted to show `2023`. Null for any other number or format.
 */
export function yearShownByDate(value: number, format: string | null | undefined): number | null {
  if (formatFacts(format) !== DATE_FORMAT || typeof format !== "string") return null;
  const codes = bareFormat(format).replace(/\[[^\]]*\]/g, "").replace(/General/gi, "");
  if (!/^[^dmhs]*y[^dmhs]*$/i.test(codes) || value < 1) return null;
  return new Date(Math.round((value - EPOCH_SERIAL) * 86400000)).getUTCFullYear();
}
