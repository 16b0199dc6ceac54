/**
 * The plan as it stands for one year: each line whose target the plan splits
 * over its years (`yearTargets`) takes that year's figure; a line the plan
 * does not split keeps its target for the whole period.
 */
import type { Plan } from "../model/plan";

export interface PlanForYear {
  readonly plan: Plan;
  /** Codes of the lines that took the year's figure. */
  readonly lines: readonly string[];
}

/** The plan for `year`, or null when no line has a figure for it. */
export function planForYear(plan: Plan, year: number): PlanForYear | null {
  const key = String(year);
  const taken: string[] = [];
  const lines = plan.lines.map((line) => {
    const target = line.yearTargets?.[key];
    if (target === undefined) return line;
    taken.push(line.code);
    return { ...line, target };
  });
  return taken.length === 0 ? null : { plan: { ...plan, lines }, lines: taken };
}
