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
  // A figure merged over several areas on a period sheet: visited once, at its first area, with the areas' allocations and achievements together.
  const joint = matrix.joint;
  const together = joint === undefined ? null : jointSums(joint, matrix.achieved, allocation.base, lineCount);
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
      let sum = matrix.achieved[at];
      let allocated = allocation.base[at];
      // The allocation split by funding source with no total of its own: the area's sources together.
      const sources = allocation.sourceLines?.get(line);
      if (sources !== undefined) {
        allocated = 0;
        for (const source of sources) allocated += allocation.base[offset + source];
      }
      if (joint !== undefined && joint[at] >= 0) {
        if (joint[at] !== area) continue;
        const sums = together!.get(at)!;
        sum = sums.achieved;
        allocated = sums.allocated;
      }
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

/** The achievement's area as the allocation sheet writes it: the areas of a figure merged over several, each named (`Xã Ba Trại, Xã Tản Lĩnh`). */
export function achievementLabel(context: ProgressContext, achievement: AreaAchievement): string {
  const joint = context.gathered.areas.joint;
  const lineCount = context.allocation.lineCount;
  const line = context.allocation.lineByCode.get(achievement.planLine.code);
  if (joint === undefined || line === undefined || joint[achievement.area * lineCount + line] !== achievement.area) return areaLabel(context, achievement.area);
  return context.allocation.leaves
    .filter((leaf) => joint[leaf * lineCount + line] === achievement.area)
    .map((leaf) => areaLabel(context, leaf))
    .join(", ");
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

/** Per first area's entry of a joint figure: the achievements and allocations of its areas together. */
function jointSums(joint: Int32Array, achieved: Float64Array, allocated: Float64Array, lineCount: number): Map<number, { achieved: number; allocated: number }> {
  const sums = new Map<number, { achieved: number; allocated: number }>();
  for (let at = 0; at < joint.length; at++) {
    if (joint[at] < 0) continue;
    // The first area's entry on the same line.
    const head = joint[at] * lineCount + (at % lineCount);
    const sum = sums.get(head) ?? { achieved: 0, allocated: 0 };
    sum.achieved += achieved[at];
    sum.allocated += allocated[at];
    sums.set(head, sum);
  }
  return sums;
}
