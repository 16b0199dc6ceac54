import type { PlanLine } from "../model/plan";

/**
 * A per-area line's year figures (`tổ/xã` over `2026 | 2027 | Tổng`) are per
 * area too, as its figure is: the line's years times `factor` (the areas when
 * it is sized, their inverse when it is read as the whole after all).
 */
export function scaledYears(line: PlanLine, factor: number): Pick<PlanLine, "yearTargets"> {
  const years = line.yearTargets;
  if (years === undefined || !Number.isFinite(factor) || factor <= 0 || factor === 1) return years === undefined ? {} : { yearTargets: years };
  return { yearTargets: Object.fromEntries(Object.entries(years).map(([year, value]) => [year, Number((value * factor).toPrecision(15))])) };
}
