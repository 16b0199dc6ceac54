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

/** Areas ordered so that every area comes after all of its children. */
function childrenFirst(table: AllocationTable): number[] {
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
  const values = new Float64Array(table.areas.length * lineCount).fill(Number.NaN);
  for (const a of childrenFirst(table)) {
    const area = table.areas[a];
    const offset = a * lineCount;
    if (area.kind === "leaf") {
      for (let l = 0; l < lineCount; l++) values[offset + l] = base[offset + l];
      continue;
    }
    for (let l = 0; l < lineCount; l++) {
      let value = Number.NaN;
      for (const child of area.children) {
        const at = child * lineCount + l;
        const v = values[at];
        // An unreadable leaf has no lowest value: invalid-value reports it.
        if (Number.isNaN(v) || (lowest[l] && table.areas[child].kind === "leaf" && isInvalidState(state[at]))) continue;
        if (Number.isNaN(value)) value = v;
        else value = lowest[l] ? Math.min(value, v) : value + v;
      }
      values[offset + l] = Number.isInteger(value) || Number.isNaN(value) ? value : Number(value.toPrecision(15));
    }
  }
  return { lineCount, values };
}

/** The value of area `area` on table line `line`, or null where there is none. */
export function areaValue(values: AreaValues, area: number, line: number): number | null {
  const value = values.values[area * values.lineCount + line];
  return Number.isNaN(value) ? null : value;
}
