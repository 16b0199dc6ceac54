/** Percent targets typed as plain fractions (`0.85` for 85 %): read as points when the plan types them all so. */
import type { PlanLine } from "../model/plan";
import { percentPoints } from "../cells/numberFormat";

/**
 * Percent targets typed as numbers in a plain format (`0.85` in a `%` row
 * for 85 %): when none is above 1 and one is below, they are fractions and
 * read as points (×100), their years' targets too. A plan that types one
 * percent target as points (`70`) types them all so: its `0.5` stays half a
 * point. (Text such as `85%` or `0,5` is read as written.)
 */
export function withPercentFractions(lines: PlanLine[], plain: readonly number[]): PlanLine[] {
  if (plain.length === 0) return lines;
  if (plain.some((i) => lines[i].target > 1) || !plain.some((i) => lines[i].target < 1)) return lines;
  const out = lines.slice();
  for (const i of plain) {
    const line = lines[i];
    const years = line.yearTargets === undefined ? undefined : Object.fromEntries(Object.entries(line.yearTargets).map(([year, value]) => [year, value <= 1 ? percentPoints(value) : value]));
    out[i] = {
      ...line,
      target: percentPoints(line.target),
      ...(line.quota !== undefined && line.quota <= 1 ? { quota: percentPoints(line.quota) } : {}),
      ...(years !== undefined ? { yearTargets: years } : {}),
    };
  }
  return out;
}
