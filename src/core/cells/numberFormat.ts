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
