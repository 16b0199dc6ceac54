/** The operators of the rules: a plan rule (`<=`, `=`, `>=`) between a left and a right side. */
import type { Comparison } from "../model/plan";

/** Where `left` stands against `right`: equal within float noise, below, or above. */
export type Standing = "equal" | "below" | "above";

export function standing(left: number, right: number): Standing {
  const tolerance = Number.isInteger(left) && Number.isInteger(right) ? 0 : 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
  const delta = left - right;
  if (Math.abs(delta) <= tolerance) return "equal";
  return delta < 0 ? "below" : "above";
}

/** True when `left rule right` holds (`<=`: not above; `=`: equal; `>=`: not below). */
export function holds(left: number, rule: Comparison, right: number): boolean {
  const s = standing(left, right);
  if (rule === "<=") return s !== "above";
  if (rule === ">=") return s !== "below";
  return s === "equal";
}

/** `a − b` without float noise for decimal values. */
export function difference(a: number, b: number): number {
  const d = a - b;
  return Number.isInteger(d) ? d : Number(d.toPrecision(12));
}
