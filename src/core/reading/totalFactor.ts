/**
 * The sheet's grand total off from the areas allocheck read by one same
 * factor on every line (the total shows twice, or half, of what the read
 * areas add up to, on each line): the sign of a misread structure — subtotal
 * rows taken for areas, areas taken for headings — or of a unit read wrong,
 * not of typing slips, which differ from line to line.
 */
import type { IndicatorResult } from "../model/report";

/** Two ratios this close (relative) are the same factor. */
const SAME = 1e-6;

/**
 * The factor `sheet total / allocated` shared by every line that has both
 * (at least two lines, percent lines aside), when it is not 1; else null.
 */
export function uniformTotalFactor(indicators: readonly IndicatorResult[]): { factor: number; lines: number } | null {
  let factor: number | null = null;
  let lines = 0;
  for (const indicator of indicators) {
    const { kind, allocated, sheetTotal } = indicator;
    if (kind === "percent" || allocated === null || sheetTotal === null) continue;
    if (allocated === 0 || sheetTotal === 0) return null;
    const ratio = sheetTotal / allocated;
    if (factor === null) factor = ratio;
    else if (Math.abs(ratio - factor) > SAME * Math.abs(factor)) return null;
    lines++;
  }
  if (factor === null || lines < 2 || Math.abs(factor - 1) <= SAME) return null;
  return { factor, lines };
}

/** A grand total at most this share of what the rows read flat add up to is short of them as no slip makes it. */
const SHORT_SHARE = 0.7;

/**
 * The one line with figures (percent lines aside) whose grand total shows
 * at most `SHORT_SHARE` of what the areas read add up to — on a sheet read
 * as a flat list, the sign of district subtotals read as areas (districts
 * and their communes summed together come to about twice the total), which
 * a single line cannot tell by `uniformTotalFactor`; null otherwise.
 */
export function shortTotalOneLine(indicators: readonly IndicatorResult[]): { code: string; share: number } | null {
  let found: { code: string; share: number } | null = null;
  let lines = 0;
  for (const indicator of indicators) {
    const { kind, allocated, sheetTotal } = indicator;
    if (kind === "percent" || allocated === null || allocated === 0) continue;
    lines++;
    if (sheetTotal === null || sheetTotal <= 0) continue;
    const share = sheetTotal / allocated;
    if (share <= SHORT_SHARE) found = { code: indicator.code, share };
  }
  return lines === 1 ? found : null;
}
