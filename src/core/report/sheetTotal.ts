/**
 * CONTRACT §3 `sheetTotal`: the figure the sheet's own grand total shows,
 * said only where it differs from what allocheck counts from the leaves (text
 * numbers its SUM skips, a stale typed total). A percent line's total is not a
 * sum, so it is never compared.
 */
import type { IndicatorResult } from "../model/report";
import { standing } from "../rules/compare";

export function differingSheetTotal(result: IndicatorResult): number | undefined {
  if (result.kind === "percent" || result.allocated === null || result.sheetTotal === null) return undefined;
  return standing(result.sheetTotal, result.allocated) === "equal" ? undefined : result.sheetTotal;
}
