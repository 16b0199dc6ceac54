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
  /** Per area: for a group or total whose children are all leaves, the index of its sums in `rows`; else negative. */
  readonly at: Int32Array;
  /** The sums of each such group, one per line. */
  readonly rows: readonly Float64Array[];
}

/** Not looked at yet (in `at`). */
const UNKNOWN = -2;

/** The groups met so far while reading the areas in sheet order, and where each of their leaves adds its cells. */
export class LeafChildSlots {
  private readonly at: Int32Array;
  /** Per leaf: the index of its group's sums, or -1. */
  private readonly into: Int32Array;
  private readonly rows: Float64Array[] = [];

  constructor(
    private readonly areas: readonly AreaEntry[],
    private readonly lineCount: number,
  ) {
    this.at = new Int32Array(areas.length).fill(UNKNOWN);
    this.into = new Int32Array(areas.length).fill(-1);
  }

  /**
   * The sums leaf `leaf` adds its cells to, or null. Asked of each leaf in
   * sheet order: the first leaf of a group finds whether the group's children
   * are all leaves, listed in sheet order, with it as their parent (then its
   * leaves, read in that order, add their cells in the order `subtotal` does).
   */
  sumsOf(leaf: number): Float64Array | null {
    const parent = this.areas[leaf].parent;
    if (parent === null) return null;
    if (this.at[parent] === UNKNOWN) this.place(parent);
    const slot = this.into[leaf];
    return slot < 0 ? null : this.rows[slot];
  }

  /** The groups' sums, once every leaf is read. */
  get result(): LeafChildSums {
    return { at: this.at, rows: this.rows };
  }

  private place(group: number): void {
    const areas = this.areas;
    const entry = areas[group];
    const children = entry.children;
    let leavesOnly = (entry.kind === "group" || entry.kind === "total") && children.length > 0;
    for (let k = 0; k < children.length && leavesOnly; k++) {
      const child = areas[children[k]];
      leavesOnly = child.kind === "leaf" && child.parent === group && (k === 0 || children[k] > children[k - 1]);
    }
    if (!leavesOnly) {
      this.at[group] = -1;
      return;
    }
    const slot = this.rows.length;
    this.rows.push(new Float64Array(this.lineCount));
    this.at[group] = slot;
    for (const child of children) this.into[child] = slot;
  }
}
