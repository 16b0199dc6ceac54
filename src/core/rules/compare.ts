/**
 * The verdict of a rule: a left side, the plan's operator (`<=`, `=`, `>=`) as
 * data, and a right side give a line's status and the severity of a breach.
 * The rules, the report's line statuses and the summary's status styles all
 * judge here.
 */
import type { Severity } from "../model/finding";
import type { Comparison } from "../model/plan";

/** Where `left` stands against `right`: equal within float noise, below, or above. */
export type Standing = "equal" | "below" | "above";

export function standing(left: number, right: number): Standing {
  const tolerance = Number.isInteger(left) && Number.isInteger(right) ? 0 : 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
  const delta = left - right;
  if (Math.abs(delta) <= tolerance) return "equal";
  return delta < 0 ? "below" : "above";
}

/** `ok`, or the side `left` strays to: `over` (not for a `>=` minimum) or `under` (also a gap below a `<=` ceiling). */
export type Verdict = "ok" | "over" | "under";

export function verdict(left: number, rule: Comparison, right: number): Verdict {
  const where = standing(left, right);
  if (where === "equal") return "ok";
  if (where === "below") return "under";
  return rule === ">=" ? "ok" : "over";
}

/** Severity of a verdict under a rule: none when it is ok, a warning for a gap below a `<=` ceiling, else an error. */
export function breachSeverity(outcome: Verdict, rule: Comparison): Severity | null {
  if (outcome === "ok") return null;
  return outcome === "under" && rule === "<=" ? "warning" : "error";
}

/** True when `left rule right` holds (`<=`: not above; `=`: equal; `>=`: not below). */
export function holds(left: number, rule: Comparison, right: number): boolean {
  return breachSeverity(verdict(left, rule, right), rule) !== "error";
}

/** A sum or difference of decimal values without its float noise (`999999999.9999999` → `1000000000`); whole numbers and NaN as they are. */
export function withoutNoise(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
}

/** `a − b` without float noise for decimal values. */
export function difference(a: number, b: number): number {
  return withoutNoise(a - b);
}
