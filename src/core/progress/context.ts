/**
 * What the progress rules read, built once: the plan and its period, the
 * gathered results, the elapsed share, and per plan line what was achieved
 * and the cell that answers for it.
 */
import { withoutNoise } from "../rules/compare";
import type { Plan, PlanLine } from "../model/plan";
import type { PeriodResult } from "../model/progress";
import type { RuleContext } from "../rules";
import { elapsedShare } from "./periods";
import type { FoundPlanPeriod } from "./planPeriod";
import type { CellRef, GatheredResults, LineResults } from "./types";

export interface LineAchievement {
  readonly planLine: PlanLine;
  /** Sum of the periods (count, money), the latest period's value (percent). */
  readonly achieved: number;
  /** Per period id, in time order. */
  readonly periods: readonly PeriodResult[];
  /** The line's `Lũy kế` cell, else its latest period's cell (a total cell on a period sheet); null for a parent added up from its children. */
  readonly anchor: CellRef | null;
  readonly results: LineResults | null;
  /**
   * True when the line's periods (or, for a parent added up from its children, a child's) leave out a
   * cell that cannot be used (`#REF!`, text, a negative): `invalid-value` tells that cell, and the sum is
   * not what was achieved, so nothing is judged on it (no `pace`, no `cumulative` against it).
   */
  readonly unusable?: true;
}

export interface ProgressContext {
  readonly plan: Plan;
  readonly planByCode: ReadonlyMap<string, PlanLine>;
  readonly planPeriod: FoundPlanPeriod | null;
  /** Elapsed share of the plan's months, or null without a plan period. */
  readonly share: number | null;
  readonly gathered: GatheredResults;
  /** Achievement of each plan line that has results (or whose children all have), in plan order. */
  readonly achievements: ReadonlyMap<string, LineAchievement>;
  /** The allocation sheet's reading (area allocations). */
  readonly allocation: RuleContext;
}

function sumPeriods(results: LineResults, percent: boolean): number {
  if (percent) return results.periods[results.periods.length - 1].value;
  let sum = results.opening?.value ?? 0;
  for (const value of results.periods) sum += value.value;
  return withoutNoise(sum);
}

function achievementOf(
  plan: Plan,
  line: PlanLine,
  gathered: GatheredResults,
  done: Map<string, LineAchievement>,
  seen: Set<string>,
): LineAchievement | null {
  const known = done.get(line.code);
  if (known) return known;
  const results = gathered.lines.get(line.code) ?? null;
  const percent = line.kind === "percent";
  if (results !== null && results.periods.length > 0) {
    const latest = results.periods[results.periods.length - 1];
    const achievement: LineAchievement = {
      planLine: line,
      achieved: sumPeriods(results, percent),
      periods: results.periods.map((p) => ({ period: p.period.id, label: p.label, value: p.value, ...(p.source !== undefined ? { source: p.source } : {}) })),
      anchor: results.cumulative?.at ?? latest.at,
      results,
      ...(!percent && gathered.unusable?.has(line.code) === true ? { unusable: true as const } : {}),
    };
    done.set(line.code, achievement);
    return achievement;
  }
  // A parent line without its own results: the sum of its children, when every child has results.
  if (percent || seen.has(line.code)) return null;
  seen.add(line.code);
  const children = plan.lines.filter((child) => child.parentCode === line.code);
  if (children.length === 0) return null;
  const parts = children.map((child) => achievementOf(plan, child, gathered, done, seen));
  if (parts.some((part) => part === null)) return null;
  const byPeriod = new Map<string, { period: string; label: string; value: number }>(); // no single source: the summary adds up the children
  for (const part of parts) {
    for (const p of part!.periods) {
      const entry = byPeriod.get(p.period) ?? { period: p.period, label: p.label, value: 0 };
      entry.value += p.value;
      byPeriod.set(p.period, entry);
    }
  }
  const order = gathered.periods.map((p) => p.id);
  const achievement: LineAchievement = {
    planLine: line,
    achieved: parts.reduce((sum, part) => sum + part!.achieved, 0),
    periods: [...byPeriod.values()].sort((a, b) => order.indexOf(a.period) - order.indexOf(b.period)),
    anchor: null,
    results: results,
    ...(parts.some((part) => part!.unusable === true) ? { unusable: true as const } : {}),
  };
  done.set(line.code, achievement);
  return achievement;
}

export function buildProgressContext(
  plan: Plan,
  planPeriod: FoundPlanPeriod | null,
  gathered: GatheredResults,
  allocation: RuleContext,
): ProgressContext {
  const planByCode = new Map<string, PlanLine>();
  for (const line of plan.lines) if (!planByCode.has(line.code)) planByCode.set(line.code, line);
  const achievements = new Map<string, LineAchievement>();
  for (const line of planByCode.values()) achievementOf(plan, line, gathered, achievements, new Set());
  const ordered = new Map<string, LineAchievement>();
  for (const line of planByCode.values()) {
    const achievement = achievements.get(line.code);
    if (achievement) ordered.set(line.code, achievement);
  }
  return {
    plan,
    planByCode,
    planPeriod,
    share: planPeriod === null ? null : elapsedShare(planPeriod, gathered.periods),
    gathered,
    achievements: ordered,
    allocation,
  };
}

/** Target × share in the line's base units: whole đồng for money, two decimals otherwise. */
export function expectedBy(line: PlanLine, share: number): number {
  const value = line.target * share;
  return line.kind === "money" ? Math.round(value) : Number(value.toFixed(2));
}

/** Numbers shown in percentage points, two decimals. */
export function points(value: number): number {
  return Number(value.toFixed(2));
}
