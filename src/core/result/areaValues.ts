/**
 * What each area was allocated on each table line, in base units, worked out
 * once per check from the cell readings, children before parents: a leaf's
 * own cell (blank and unreadable cells count 0), a group's or total's leaves
 * added up — or, on a percent line, the lowest of them, unreadable leaves left
 * out. NaN where there is no value (a group
 * without leaves; a percent line whose leaves are all unreadable). The
 * summary's table by area is a projection of this.
 */
import type { AllocationTable } from "../model/table";
import { isInvalidState } from "../cells/readCell";

export interface AreaValues {
  readonly lineCount: number;
  /** Value of area `a` on line `l` at `a * lineCount + l`; NaN where there is none. */
  readonly values: Float64Array;
}

export interface AreaValueInput {
  readonly table: AllocationTable;
  readonly lineCount: number;
  readonly state: Uint8Array;
  readonly base: Float64Array;
  /** Per table line: true when it takes the lowest leaf (percent) rather than the sum. */
  readonly lowest: readonly boolean[];
}

/** Areas ordered so that every area comes after all of its children (depth first, children in order). */
function childrenFirst(table: AllocationTable): Int32Array {
  const areas = table.areas;
  const order = new Int32Array(areas.length);
  let n = 0;
  // An explicit stack of (area, next child to visit): the same order as visiting recursively.
  const stack: number[] = [];
  const next: number[] = [];
  for (let root = 0; root < areas.length; root++) {
    if (areas[root].parent !== null) continue;
    stack.push(root);
    next.push(0);
    while (stack.length > 0) {
      const top = stack.length - 1;
      const at = stack[top];
      const children = areas[at].children;
      if (next[top] < children.length) {
        const child = children[next[top]++];
        stack.push(child);
        next.push(0);
        continue;
      }
      stack.pop();
      next.pop();
      if (n < order.length) order[n] = at;
      n++;
    }
  }
  return n === order.length ? order : Int32Array.from(childrenFirstList(table));
}

/** The recursive definition of `childrenFirst`, for the trees it does not fit (an area listed under two parents). */
function childrenFirstList(table: AllocationTable): number[] {
  const order: number[] = [];
  const visit = (at: number): void => {
    for (const child of table.areas[at].children) visit(child);
    order.push(at);
  };
  table.areas.forEach((area, index) => {
    if (area.parent === null) visit(index);
  });
  return order;
}

export function buildAreaValues(input: AreaValueInput): AreaValues {
  const { table, lineCount, state, base, lowest } = input;
  const anyLowest = lowest.some((flag) => flag);
  const order = childrenFirst(table);
  // Every leaf's values are its own cells: all copied at once, then the areas the order leaves out
  // made NaN (no value) and the others worked out below, children first.
  const values = new Float64Array(table.areas.length * lineCount);
  if (values.length === base.length) values.set(base);
  else values.fill(Number.NaN);
  const ordered = new Uint8Array(table.areas.length);
  for (let i = 0; i < order.length; i++) ordered[order[i]] = 1;
  for (let a = 0; a < ordered.length; a++) if (ordered[a] === 0) values.fill(Number.NaN, a * lineCount, (a + 1) * lineCount);
  for (let i = 0; i < order.length; i++) {
    const a = order[i];
    const area = table.areas[a];
    const offset = a * lineCount;
    if (area.kind === "leaf") {
      if (values.length !== base.length) for (let l = 0; l < lineCount; l++) values[offset + l] = base[offset + l];
      continue;
    }
    // Child by child, each line in turn: the same additions in the same order per line as line by line,
    // reading the children's values row by row in memory. The area's own cells start NaN (no value yet).
    for (let l = 0; l < lineCount; l++) values[offset + l] = Number.NaN;
    for (const child of area.children) {
      const childOffset = child * lineCount;
      const leafChild = anyLowest && table.areas[child].kind === "leaf";
      for (let l = 0; l < lineCount; l++) {
        const at = childOffset + l;
        const v = values[at];
        // An unreadable leaf has no lowest value: invalid-value reports it.
        if (Number.isNaN(v) || (leafChild && lowest[l] && isInvalidState(state[at]))) continue;
        const value = values[offset + l];
        if (Number.isNaN(value)) values[offset + l] = v;
        else values[offset + l] = lowest[l] ? Math.min(value, v) : value + v;
      }
    }
    for (let l = 0; l < lineCount; l++) {
      const value = values[offset + l];
      if (!Number.isInteger(value) && !Number.isNaN(value)) values[offset + l] = Number(value.toPrecision(15));
    }
  }
  return { lineCount, values };
}

/** The value of area `area` on table line `line`, or null where there is none. */
export function areaValue(values: AreaValues, area: number, line: number): number | null {
  const value = values.values[area * values.lineCount + line];
  return Number.isNaN(value) ? null : value;
}
