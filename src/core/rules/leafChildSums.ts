/**
 * The sums `subtotal` compares a group with when all the group's parts are
 * leaves (the usual district of communes), added up while the context reads
 * the leaves' rows rather than read again afterwards: per line, in the order
 * of the group's children, a blank as 0, and unknown (NaN) once a part holds
 * a cell that is neither blank nor a number (typed or as text) — exactly the
 * additions `subtotal` would make.
 */
import type { AreaEntry } from "../model/table";

export interface LeafChildSums {
  /** Per area: for a group or total whose children are all its leaves, the offset of its sums in `sums`; else -1. */
  readonly at: Int32Array;
  /** The sums, `lineCount` per such area. */
  readonly sums: Float64Array;
}

/** Where each leaf adds its cells: per area, the offset of its parent's sums, or -1. */
export interface LeafChildSlots {
  readonly into: Int32Array;
  readonly result: LeafChildSums;
}

/**
 * The groups and totals whose children are all leaves, listed in sheet order
 * and with that group as their parent: the areas read in order then add each
 * part in the order `subtotal` does.
 */
export function leafChildSlots(areas: readonly AreaEntry[], lineCount: number): LeafChildSlots {
  const at = new Int32Array(areas.length).fill(-1);
  const into = new Int32Array(areas.length).fill(-1);
  let count = 0;
  for (let area = 0; area < areas.length; area++) {
    const entry = areas[area];
    if ((entry.kind !== "group" && entry.kind !== "total") || entry.children.length === 0) continue;
    const children = entry.children;
    let leavesOnly = true;
    for (let k = 0; k < children.length && leavesOnly; k++) {
      const child = areas[children[k]];
      leavesOnly = child.kind === "leaf" && child.parent === area && (k === 0 || children[k] > children[k - 1]);
    }
    if (!leavesOnly) continue;
    at[area] = count * lineCount;
    for (const child of children) into[child] = count * lineCount;
    count++;
  }
  return { into, result: { at, sums: new Float64Array(count * lineCount) } };
}
