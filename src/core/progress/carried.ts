/**
 * The figure a plan line carries from before its first period (a `Lũy kế
 * đến 31/12/2023` column, CONTRACT §7), as the report gives it: what the
 * line achieved beyond the sum of its periods, in the units of `achieved`.
 * The summary sheet and the readable report both show it from here.
 */
import type { IndicatorResult } from "../model/report";

/** The carried figure, or null for a percent line (its latest period is what it achieved) or a line carrying none. */
export function carriedFigure(indicator: IndicatorResult): number | null {
  const p = indicator.progress;
  if (p === undefined || indicator.kind === "percent") return null;
  const periods = p.periods.reduce((sum, entry) => sum + entry.value, 0);
  const carried = p.achieved - periods;
  if (Math.abs(carried) <= 1e-9 * Math.max(1, Math.abs(p.achieved))) return null;
  return carried;
}
