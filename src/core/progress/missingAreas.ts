/**
 * Allocation leaves that a period's sheets leave out while those sheets
 * report a line the leaf is allocated something on (a commune dropped from
 * `Thực hiện 2023`): that period's results for it are missing, not zero.
 * Worked out once per check; `coverage` tells it, and `area-progress` does
 * not judge such an area behind.
 */
import { CELL } from "../cells/readCell";
import type { ProgressContext } from "./context";

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
