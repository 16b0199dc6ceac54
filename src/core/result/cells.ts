/**
 * The check's readings, kept in its result so that every view projects them
 * instead of reading the sheet again: each value cell's state and base value,
 * and each area's value per line.
 */
import type { RuleContext } from "../rules/context";
import { buildAreaValues, type AreaValues } from "./areaValues";

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
  return { cells: { lineCount, state, base }, areaValues: buildAreaValues({ table, lineCount, state, base, lowest }) };
}
