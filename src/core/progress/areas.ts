/**
 * Per leaf area and plan line: what the area was allocated (allocation sheet)
 * against what it achieved over the periods (per-period results sheets), and
 * the area's cell on the latest period's sheet that reports it.
 */
import type { PlanLine } from "../model/plan";
import { CELL } from "../rules";
import type { ProgressContext } from "./context";
import type { CellRef } from "./types";

export interface AreaAchievement {
  /** Index into the allocation table's areas. */
  readonly area: number;
  /** The area's label as the allocation sheet writes it. */
  readonly label: string;
  readonly district: string | null;
  readonly planLine: PlanLine;
  /** Base units. */
  readonly allocated: number;
  readonly achieved: number;
  readonly at: CellRef;
}

const CACHE = new WeakMap<ProgressContext, readonly AreaAchievement[]>();

export function areaAchievements(context: ProgressContext): readonly AreaAchievement[] {
  const cached = CACHE.get(context);
  if (cached) return cached;
  const allocation = context.allocation;
  const out: AreaAchievement[] = [];
  for (const results of context.gathered.areas) {
    const entry = allocation.table.areas[results.area];
    for (const [code, values] of results.lines) {
      const planLine = context.planByCode.get(code);
      const line = allocation.lineByCode.get(code);
      if (planLine === undefined || line === undefined || values.length === 0) continue;
      const index = results.area * allocation.lineCount + line;
      const state = allocation.state[index];
      if (state !== CELL.blank && state !== CELL.number && state !== CELL.textNumber) continue;
      let achieved = 0;
      for (const value of values) achieved += value.value;
      if (!Number.isInteger(achieved)) achieved = Number(achieved.toPrecision(12));
      out.push({
        area: results.area,
        label: entry.label,
        district: entry.district ?? districtOf(context, results.area),
        planLine,
        allocated: allocation.base[index],
        achieved,
        at: values[values.length - 1].at,
      });
    }
  }
  CACHE.set(context, out);
  return out;
}

function districtOf(context: ProgressContext, area: number): string | null {
  const parent = context.allocation.table.areas[area].parent;
  if (parent === null) return null;
  const entry = context.allocation.table.areas[parent];
  return entry.kind === "group" || entry.kind === "heading" ? entry.label : null;
}
