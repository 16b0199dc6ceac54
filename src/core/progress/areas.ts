/**
 * Per leaf area and plan line: what the area was allocated (allocation sheet)
 * against what it achieved over the periods (per-period results sheets), and
 * the area's cell on the latest period's sheet that reports it. Visited one by
 * one from flat arrays: the rules make objects only for their findings.
 */
import { withoutNoise } from "../rules/compare";
import type { PlanLine } from "../model/plan";
import { valuePosition } from "../model/table";
import { CELL } from "../cells/readCell";
import type { ProgressContext } from "./context";
import type { CellRef } from "./types";

export interface AreaAchievement {
  /** Index into the allocation table's areas. */
  readonly area: number;
  readonly planLine: PlanLine;
  /** Base units. */
  readonly allocated: number;
  readonly achieved: number;
}

/**
 * Visits every allocation leaf × mapped plan line that the period sheets
 * report. The achievement handed to `visit` is one object refilled for each
 * visit (millions of them on a big sheet): copy what is kept past the call.
 */
export function forEachAreaAchievement(
  context: ProgressContext,
  visit: (achievement: AreaAchievement) => void,
  /** Only the plan lines this keeps are visited (a rule's lines: money only, …); every one when absent. */
  only?: (planLine: PlanLine) => boolean,
): void {
  const allocation = context.allocation;
  const matrix = context.gathered.areas;
  if (matrix.sheets.length === 0) return;
  const lineCount = allocation.lineCount;
  const plans = allocation.linePlan;
  // Per line: true when it is its plan line's (first) table line.
  const counted = plans.map(
    (planLine, line) => planLine !== null && allocation.lineByCode.get(planLine.code) === line && (only === undefined || only(planLine)),
  );
  const { seen } = matrix;
  const { state: states } = allocation;
  const blank = CELL.blank;
  const number = CELL.number;
  const textNumber = CELL.textNumber;
  let achievement: { -readonly [K in keyof AreaAchievement]: AreaAchievement[K] } | null = null;
  const leaves = allocation.leaves;
  for (let i = 0; i < leaves.length; i++) {
    const area = leaves[i];
    const offset = area * lineCount;
    for (let line = 0; line < lineCount; line++) {
      const at = offset + line;
      if (seen[at] === 0) continue;
      const planLine = plans[line];
      if (planLine === null || !counted[line]) continue;
      const state = states[at];
      if (state !== blank && state !== number && state !== textNumber) continue;
      const sum = matrix.achieved[at];
      const allocated = allocation.base[at];
      const achieved = withoutNoise(sum);
      if (achievement === null) achievement = { area, planLine, allocated, achieved };
      else {
        achievement.area = area;
        achievement.planLine = planLine;
        achievement.allocated = allocated;
        achievement.achieved = achieved;
      }
      visit(achievement);
    }
  }
}

/** The area's label as the allocation sheet writes it. */
export function areaLabel(context: ProgressContext, area: number): string {
  return context.allocation.table.areas[area].label;
}

/** The area's cell on the latest period sheet that reports it on the line. */
export function areaCell(context: ProgressContext, achievement: AreaAchievement): CellRef {
  const matrix = context.gathered.areas;
  const line = context.allocation.lineByCode.get(achievement.planLine.code)!;
  const at = achievement.area * context.allocation.lineCount + line;
  const { sheet, table } = matrix.sheets[matrix.latestSheet[at]];
  const latest = matrix.latestCell(at);
  const position = valuePosition(table, table.areas[latest.area], table.lines[latest.line]);
  return { sheet, ...position };
}

/** The district an area sits under in the allocation sheet, or null. */
export function areaDistrict(context: ProgressContext, area: number): string | null {
  const entry = context.allocation.table.areas[area];
  if (entry.district !== undefined) return entry.district;
  const parent = entry.parent;
  if (parent === null) return null;
  const group = context.allocation.table.areas[parent];
  return group.kind === "group" || group.kind === "heading" ? group.label : null;
}
