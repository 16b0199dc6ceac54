/** The rule a plan line takes when none is written: by its kind. */
import type { Comparison, PlanLine } from "../model/plan";

export function defaultRule(kind: PlanLine["kind"]): Comparison {
  return kind === "percent" ? ">=" : "<=";
}
