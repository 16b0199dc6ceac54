/**
 * Money as whole đồng, written the Vietnamese way (`9.490.000.000 đồng`,
 * `9,49 tỷ đồng`): the engine's own formatter (`core/report/format`), which
 * shifts whole đồng by their unit's digits and never divides in floating point.
 */
import { formatValue } from "../core/text/format";
import { moneyUnitName } from "../core/text/units";

/** `9490000000` → `9.490.000.000`. */
export function formatDong(value: number): string {
  return formatInScale(value, 1);
}

/** A whole-đồng amount in a unit: `formatInUnit(9490000000, 1e9)` → `9,49 tỷ đồng`. Exact: no floating tỷ. */
export function formatInUnit(value: number, scale: number): string {
  return `${formatInScale(value, scale)} ${moneyUnitName(scale)}`;
}

/** Rounded to whole đồng, half away from zero. */
function formatInScale(value: number, scale: number): string {
  const dong = Math.sign(value) * Math.round(Math.abs(value));
  return formatValue(dong, { kind: "money", scale }, "vi");
}
