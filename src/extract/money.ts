/** Money as whole đồng, written the Vietnamese way (`9.490.000.000 đồng`, `9,49 tỷ đồng`). */
import { moneyUnitName } from "../core/text/units";

/** `9490000000` → `9.490.000.000` (integer arithmetic on the digits). */
export function formatDong(value: number): string {
  const negative = value < 0;
  const digits = String(Math.round(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (negative ? "-" : "") + grouped;
}

/** A whole-đồng amount in a unit: `formatInUnit(9490000000, 1e9)` → `9,49 tỷ đồng`. Exact: no floating tỷ. */
export function formatInUnit(value: number, scale: number): string {
  const negative = value < 0;
  const digits = String(Math.round(Math.abs(value)));
  const zeros = Math.max(0, Math.round(Math.log10(scale)));
  const padded = digits.padStart(zeros + 1, "0");
  const whole = padded.slice(0, padded.length - zeros);
  const fraction = zeros > 0 ? padded.slice(padded.length - zeros).replace(/0+$/, "") : "";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${fraction ? "," + fraction : ""} ${moneyUnitName(scale)}`;
}
