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
  /**
   * `values[area * lineCount + line]` read without `values` made, when given
   * (`areaValueReader`): a leaf's values are its cells' readings, not copied.
   */
  readonly valueAt?: (area: number, line: number) => number;
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

/** Every area's values on every line in one array: what `areaValueReader` reads, area by area. */
export function buildAreaValues(input: AreaValueInput): AreaValues {
  const { table, lineCount } = input;
  const read = areaValueReader(input);
  const values = new Float64Array(table.areas.length * lineCount);
  for (let a = 0; a < table.areas.length; a++) for (let l = 0; l < lineCount; l++) values[a * lineCount + l] = read(a, l);
  return { lineCount, values };
}

/** Where `areaValueReader` finds an area's values: in its cells' readings (a leaf), nowhere (NaN), or at a slot of its own. */
const IN_READINGS = -1;
const NO_VALUES = -2;

/**
 * Each area's value on each line: a leaf's are read from its cells' readings
 * (`base`), not copied (a table of 100 000 leaves × 30 lines would copy 24 MB
 * of them); a group's or total's are worked out the first time one of them
 * is read — its children's first, each added up child by child, line by
 * line — and kept. An area no view reads (the grand total, under a summary's
 * table by area) is never added up.
 */
export function areaValueReader(input: AreaValueInput): (area: number, line: number) => number {
  const { table, lineCount, state, base, lowest } = input;
  const anyLowest = lowest.some((flag) => flag);
  const order = childrenFirst(table);
  const slot = new Int32Array(table.areas.length).fill(NO_VALUES);
  let slots = 0;
  for (let i = 0; i < order.length; i++) {
    const a = order[i];
    if (slot[a] === NO_VALUES) slot[a] = table.areas[a].kind === "leaf" ? IN_READINGS : slots++;
  }
  const own = new Float64Array(slots * lineCount);
  const done = new Uint8Array(slots);
  const read = (area: number, line: number): number => {
    const at = slot[area];
    if (at === IN_READINGS) {
      const cell = area * lineCount + line;
      return cell < base.length ? base[cell] : Number.NaN;
    }
    if (at === NO_VALUES) return Number.NaN;
    if (done[at] === 0) addUp(area, at);
    return own[at * lineCount + line];
  };
  const addUp = (a: number, at: number): void => {
    // Marked before its children are read (the areas make a tree: none is its own ancestor).
    done[at] = 1;
    const area = table.areas[a];
    // Child by child, each line in turn, the area's own values starting NaN (no value yet).
    const offset = at * lineCount;
    for (let l = 0; l < lineCount; l++) own[offset + l] = Number.NaN;
    const children = area.children;
    for (let c = 0; c < children.length; c++) {
      const child = children[c];
      const childOffset = child * lineCount;
      // A leaf's values read where they are (most children: a table's communes), a group's through `read`.
      const inReadings = slot[child] === IN_READINGS;
      const leafChild = anyLowest && table.areas[child].kind === "leaf";
      for (let l = 0; l < lineCount; l++) {
        const v = inReadings ? (childOffset + l < base.length ? base[childOffset + l] : Number.NaN) : read(child, l);
        if (Number.isNaN(v) || (leafChild && lowest[l] && isInvalidState(state[childOffset + l]))) continue;
        const value = own[offset + l];
        if (Number.isNaN(value)) own[offset + l] = v;
        else own[offset + l] = lowest[l] ? Math.min(value, v) : value + v;
      }
    }
    for (let l = 0; l < lineCount; l++) {
      const value = own[offset + l];
      if (!Number.isInteger(value) && !Number.isNaN(value)) own[offset + l] = Number(value.toPrecision(15));
    }
  };
  return read;
}

/** The value of area `area` on table line `line`, or null where there is none. */
export function areaValue(values: AreaValues, area: number, line: number): number | null {
  const value = values.valueAt !== undefined ? values.valueAt(area, line) : values.values[area * values.lineCount + line];
  return Number.isNaN(value) ? null : value;
}
