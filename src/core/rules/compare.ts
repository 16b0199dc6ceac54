/**
 * The verdict of a rule: a left side, the plan's operator (`<=`, `=`, `>=`) as
 * data, and a right side give a line's status and the severity of a breach.
 * The rules, the report's line statuses and the summary's status styles all
 * judge here.
 */
import type { Severity } from "../model/finding";
import type { Comparison, PlanLine } from "../model/plan";

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

/**
 * A line's allocated total against its plan target, at the precision the plan states: a money target with three
 * decimals or more in its unit (`33,333` triệu đồng, a third of 100 rounded) is a figure rounded to its last digit,
 * so an allocation within half that digit of it (33.333.333 đồng) meets it. Otherwise as `verdict`.
 */
export function lineVerdict(allocated: number, planLine: Pick<PlanLine, "kind" | "rule" | "target" | "scale">): Verdict {
  const where = verdict(allocated, planLine.rule, planLine.target);
  if (where === "ok" || planLine.kind !== "money" || !(planLine.scale > 1)) return where;
  const decimals = statedPrecision(planLine);
  if (decimals === null) return where;
  const half = (0.5 * planLine.scale) / 10 ** decimals;
  return Math.abs(allocated - planLine.target) < half ? "ok" : where;
}

/** The decimals of its unit a money target is stated to when they are three or more (`33,333` triệu đồng → 3), else null. */
export function statedPrecision(planLine: Pick<PlanLine, "kind" | "target" | "scale">): number | null {
  if (planLine.kind !== "money" || !(planLine.scale > 1)) return null;
  const decimals = statedDecimals(planLine.target / planLine.scale);
  return decimals >= 3 ? decimals : null;
}

/** How many decimals a figure shows, without float noise (`33.333` → 3). */
function statedDecimals(value: number): number {
  const text = String(Number(value.toPrecision(12)));
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("e") ? 0 : text.length - dot - 1;
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
