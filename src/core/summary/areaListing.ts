/**
 * Which rows the summary's table by area lists, and how each row gets its
 * value, so that every leaf of the allocation table is counted by exactly one
 * "covering" row whatever the table's size:
 *
 * - up to `limit` rows, every area but the grand total, each group next to
 *   its members (before them when its row is above theirs in the sheet, after
 *   them when it is a `Cộng huyện` row below them): leaves are covering rows,
 *   a group's row adds up the rows of its members just beside it;
 * - beyond, the areas down to the deepest level that fits, the deepest level's
 *   groups covering their leaves;
 * - and when even the top level does not fit, runs of top-level areas, one row each.
 *
 * A line's allocated total is then one short formula over the table's column
 * (SUBTOTAL, which skips the group rows' own SUBTOTALs), at any size.
 */
import type { AllocationTable, AreaEntry } from "../model/table";

/** One row of the table by area. */
export interface ListedRow {
  /** The areas this row stands for: one area, or a run of top-level areas (`runOf`). */
  readonly areas: readonly number[];
  /** Depth under the grand total (0: a district, or a commune with no district). */
  readonly depth: number;
  /**
   * For a group whose members are listed: the rows (indexes into the listing)
   * of its members, all of them, contiguous; undefined for a covering row.
   */
  readonly members?: { readonly first: number; readonly last: number };
  /** The leaves this row covers (a covering row), in sheet order; empty for a member-summing group. */
  readonly leaves: readonly AreaEntry[];
}

export interface AreaListing {
  readonly rows: readonly ListedRow[];
  /** Areas (not the grand total) without a row of their own: counted inside a row above them. */
  readonly folded: number;
  /** True when rows stand for runs of top-level areas. */
  readonly runs: boolean;
}

interface Node {
  readonly index: number;
  readonly depth: number;
  readonly children: readonly Node[];
  /** Leaves under this area (itself for a leaf). */
  readonly leafCount: number;
}

// Indexed loops over the areas in this file: a large table has a hundred thousand, each visited several times,
// and `for…of` allocates an iterator for each list (a leaf's empty one too) and a step object for each area
// before the loop is optimised.

function leavesUnder(table: AllocationTable, index: number, out: AreaEntry[]): AreaEntry[] {
  const area = table.areas[index];
  if (area.kind === "leaf") out.push(area);
  else for (let i = 0; i < area.children.length; i++) leavesUnder(table, area.children[i], out);
  return out;
}

/** A leaf's children: none (one list shared by the many leaves of a large table). */
const NO_CHILDREN: readonly Node[] = [];

/** The areas with leaves under them, as a forest under the grand total(s). */
function forest(table: AllocationTable): Node[] {
  const build = (index: number, depth: number, out: Node[]): void => {
    const area = table.areas[index];
    if (area.kind === "total") {
      for (let i = 0; i < area.children.length; i++) build(area.children[i], depth, out);
      return;
    }
    if (area.kind === "leaf") {
      out.push({ index, depth, children: NO_CHILDREN, leafCount: 1 });
      return;
    }
    const children: Node[] = [];
    for (let i = 0; i < area.children.length; i++) build(area.children[i], depth + 1, children);
    let leafCount = 0;
    for (let i = 0; i < children.length; i++) leafCount += children[i].leafCount;
    if (leafCount > 0) out.push({ index, depth, children, leafCount });
  };
  const roots: Node[] = [];
  table.areas.forEach((area, index) => {
    if (area.parent === null) build(index, 0, roots);
  });
  return roots;
}

/** Rows listed when the areas are listed down to `depth` (all of them when it is the deepest). */
function countToDepth(nodes: readonly Node[], depth: number): number {
  let n = nodes.length;
  for (let i = 0; i < nodes.length; i++) if (nodes[i].depth < depth) n += countToDepth(nodes[i].children, depth);
  return n;
}

function maxDepth(nodes: readonly Node[]): number {
  let d = 0;
  for (let i = 0; i < nodes.length; i++) d = Math.max(d, nodes[i].depth, maxDepth(nodes[i].children));
  return d;
}

/** The rows of `limit` at most (but at least one per run of top-level areas). */
export function listAreas(table: AllocationTable, limit: number): AreaListing {
  const roots = forest(table);
  let depth = maxDepth(roots);
  const total = countToDepth(roots, depth);
  const rows: ListedRow[] = [];
  if (roots.length > limit) {
    const size = Math.ceil(roots.length / limit);
    for (let i = 0; i < roots.length; i += size) {
      const run = roots.slice(i, i + size);
      rows.push({ areas: run.map((n) => n.index), depth: 0, leaves: run.flatMap((n) => leavesUnder(table, n.index, [])) });
    }
    return { rows, folded: total - roots.length, runs: size > 1 };
  }
  while (depth > 0 && countToDepth(roots, depth) > limit) depth--;
  const emit = (node: Node): void => {
    const area = table.areas[node.index];
    if (node.children.length === 0 || node.depth >= depth) {
      rows.push({ areas: [node.index], depth: node.depth, leaves: leavesUnder(table, node.index, []) });
      return;
    }
    // A group's row before its members when it stands above them in the sheet, after them otherwise.
    const firstChild = table.areas[node.children[0].index];
    const before = area.index <= firstChild.index;
    const at = rows.length;
    if (before) rows.push({ areas: [node.index], depth: node.depth, leaves: [] });
    const first = rows.length;
    for (let i = 0; i < node.children.length; i++) emit(node.children[i]);
    const members = { first, last: rows.length - 1 };
    if (before) rows[at] = { ...rows[at], members };
    else rows.push({ areas: [node.index], depth: node.depth, members, leaves: [] });
  };
  for (const root of roots) emit(root);
  return { rows, folded: total - rows.length, runs: false };
}
