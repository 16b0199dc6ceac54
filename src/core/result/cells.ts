/**
 * The check's readings, kept in its result so that every view projects them
 * instead of reading the sheet again: each value cell's state and base value,
 * and each area's value per line.
 */
import type { RuleContext } from "../rules/context";
import { areaValueReader, buildAreaValues, type AreaValueInput, type AreaValues } from "./areaValues";

export interface CellReadings {
  readonly lineCount: number;
  /** `CELL.*` state of the value cell of area `a` on table line `l`, at `a * lineCount + l`. */
  readonly state: Uint8Array;
  /** Its value in base units (0 unless numeric), same index. */
  readonly base: Float64Array;
}

export interface ResultReadings {
  readonly cells: CellReadings;
  readonly areaValues: AreaValues;
}

export function readingsOf(context: RuleContext): ResultReadings {
  const { lineCount, state, base, table } = context;
  const lowest = context.lineKind.map((kind) => kind === "percent");
  return { cells: { lineCount, state, base }, areaValues: areaValuesOnDemand({ table, lineCount, state, base, lowest }) };
}

/**
 * Each area's value per line, worked out the first time a view reads them
 * (the summary, the pane), once: a check whose only view is its report never
 * does, and is spared an array as large as the table. A view reading them
 * one by one (`areaValue`) has only the groups' and totals' values worked
 * out (`areaValueReader`), the leaves' read from the cells' readings. The
 * readings they are worked out from are never changed after the check.
 */
function areaValuesOnDemand(input: AreaValueInput): AreaValues {
  let values: Float64Array | null = null;
  let reader: ((area: number, line: number) => number) | null = null;
  return {
    lineCount: input.lineCount,
    get values(): Float64Array {
      values ??= buildAreaValues(input).values;
      return values;
    },
    valueAt(area: number, line: number): number {
      reader ??= areaValueReader(input);
      return reader(area, line);
    },
  };
}
