/**
 * Allocation leaves that a period's sheets leave out while those sheets
 * report a line the leaf is allocated something on (a commune dropped from
 * `Thực hiện 2023`): that period's results for it are missing, not zero.
 * Worked out once per check; `coverage` tells it, and `area-progress` does
 * not judge such an area behind.
 */
import { CELL } from "../cells/readCell";
import { standing } from "../rules/compare";
import { expectedBy, type ProgressContext } from "./context";

const MISSING = new WeakMap<ProgressContext, ReadonlyMap<number, readonly string[]>>();

/** Per allocation leaf left out of some period's sheets (more than one period reported): those sheets, in time order. */
export function areasMissingFromPeriods(context: ProgressContext): ReadonlyMap<number, readonly string[]> {
  let missing = MISSING.get(context);
  if (missing === undefined) {
    missing = findMissing(context);
    MISSING.set(context, missing);
  }
  return missing;
}

/**
 * Count and money lines behind pace by less than what the left-out areas were
 * allocated on them: their missing figures could make up the shortfall, so
 * the line is not judged on pace (the `coverage` warning says so, naming them).
 * In plan order.
 */
export function linesShortByMissing(context: ProgressContext): readonly string[] {
  const missing = areasMissingFromPeriods(context);
  const share = context.share;
  if (missing.size === 0 || share === null) return [];
  const { lineByCode, lineCount, state, base } = context.allocation;
  // What the left-out areas were allocated on a line: its column's, else (a parent with no column) its children's.
  const openFor = (code: string, depth: number): number => {
    const at = lineByCode.get(code);
    if (at === undefined) {
      if (depth > 8) return 0;
      return context.plan.lines.filter((child) => child.parentCode === code).reduce((sum, child) => sum + openFor(child.code, depth + 1), 0);
    }
    let open = 0;
    for (const area of missing.keys()) {
      const cell = area * lineCount + at;
      if (state[cell] === CELL.number || state[cell] === CELL.textNumber) open += base[cell];
    }
    return open;
  };
  const out: string[] = [];
  for (const achievement of context.achievements.values()) {
    const line = achievement.planLine;
    if (line.kind === "percent") continue;
    const expected = expectedBy(line, share);
    if (standing(achievement.achieved, expected) !== "below") continue;
    const open = openFor(line.code, 0);
    if (open > 0 && standing(achievement.achieved + open, expected) !== "below") out.push(line.code);
  }
  return out;
}

function findMissing(context: ProgressContext): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const presence = context.gathered.presence ?? [];
  if (presence.length < 2) return out;
  const allocation = context.allocation;
  const { lineCount, leaves, state, base } = allocation;
  const areas = allocation.table.areas;
  const allocatedOn = (area: number, lines: Uint8Array) => {
    for (let line = 0; line < lineCount; line++) {
      if (lines[line] === 0) continue;
      const at = area * lineCount + line;
      if ((state[at] === CELL.number || state[at] === CELL.textNumber) && base[at] !== 0) return true;
    }
    return false;
  };
  // Per period, the keys of the leaves its sheets have (an area the allocation writes twice is there when either is).
  const keys = presence.map((period) => new Set(leaves.filter((area) => period.areas[area] === 1).map((area) => areas[area].key)));
  for (const area of leaves) {
    presence.forEach((period, p) => {
      if (period.areas[area] === 1 || keys[p].has(areas[area].key) || !allocatedOn(area, period.lines)) return;
      const list = out.get(area) ?? [];
      list.push(...period.sheets);
      out.set(area, list);
    });
  }
  return out;
}
