/**
 * The plan as it stands for one year: each line whose target the plan splits
 * over its years (`yearTargets`) takes that year's figure; a line the plan
 * does not split keeps its target for the whole period.
 *
 * A line split over its years whose figure for this year is blank takes 0
 * when its other years already add up to its period target (nothing is left
 * for this year); else it keeps the period's target. A line taking the
 * year's figure is read at the year's column of the plan sheet.
 */
import { parseA1, a1 } from "../model/address";
import { columnIndex } from "../model/address";
import type { Plan, PlanLine } from "../model/plan";
import { standing } from "../rules/compare";

export interface PlanForYear {
  readonly plan: Plan;
  /** Codes of the lines that took the year's figure. */
  readonly lines: readonly string[];
}

/** The plan for `year`, or null when the plan does not split its targets into that year. */
export function planForYear(plan: Plan, year: number): PlanForYear | null {
  const key = String(year);
  const column = plan.yearColumns?.[key];
  // A year the plan splits its targets into (a year column, or a figure of any line): only there is a blank 0.
  const split = column !== undefined || plan.lines.some((line) => line.yearTargets?.[key] !== undefined);
  if (!split) return null;
  const taken: string[] = [];
  const lines = plan.lines.map((line): PlanLine => {
    const target = yearFigure(line, key);
    if (target === null) return line;
    taken.push(line.code);
    return { ...line, target, targetYear: year, ...yearQuota(line, target), ...(column !== undefined ? { source: atColumn(line.source, column) } : {}) };
  });
  return taken.length === 0 ? null : { plan: { ...plan, lines }, lines: taken };
}

/**
 * A line the plan gives per area (`tổ/xã` over its years): each area's share
 * of the year's figure, as its quota is of the period's; other quotas (a
 * `Định mức` column) as they are.
 */
function yearQuota(line: PlanLine, target: number): Pick<PlanLine, "quota"> | Record<string, never> {
  if (line.quota === undefined || line.target <= 0 || (line.perArea === undefined && line.perAreaSetAside === undefined)) return {};
  return { quota: Number(((line.quota * target) / line.target).toPrecision(15)) };
}

/** The line's figure for the year; 0 for a blank year when the other years hold the whole period's target; else null. */
function yearFigure(line: PlanLine, key: string): number | null {
  const years = line.yearTargets;
  if (years === undefined) return null;
  const figure = years[key];
  if (figure !== undefined) return figure;
  const others = Object.values(years).reduce((sum, value) => sum + value, 0);
  return line.target > 0 && standing(others, line.target) === "equal" ? 0 : null;
}

/** The line's source moved to the year's column of its row. */
function atColumn(source: PlanLine["source"], column: string): PlanLine["source"] {
  if (source?.cell === undefined) return source;
  try {
    return { ...source, cell: a1(parseA1(source.cell).row, columnIndex(column)) };
  } catch {
    return source;
  }
}
