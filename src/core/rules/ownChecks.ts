/**
 * A commune cell's own checks — a figure (not below zero, whole on a count
 * line), its line's quota, the plan's rate (at most 100 %) — as the folds
 * that put a figure back where it belongs (a shifted row, two swapped
 * figures) weigh the `quota`, `percent` and `invalid-value` findings the
 * misplaced figure made: told with the cause when the figure meant passes.
 */
import type { Finding } from "../model/finding";
import type { RuleContext } from "./context";
import { holds, standing } from "./compare";
import { notAFigure } from "./leafCells";
import type { Named } from "./singleCause";

/** The findings of one cell's own checks. */
export const OWN_CHECKS: ReadonlySet<string> = new Set(["quota", "percent", "invalid-value"]);

/** A cell's own check, as a fold's finding names what moving it back puts right. */
export function ownCheckName(finding: Finding, header: string): Named {
  const at = finding.cell !== null ? ` (${finding.cell})` : "";
  if (finding.rule === "quota") return { vi: `định mức ${header}${at}`, en: `the quota of ${header}${at}` };
  return { vi: `mức ${header}${at}`, en: `the level of ${header}${at}` };
}

/** Whether a figure meets its line's checks of one cell: a figure (not below zero, whole on a count line), the quota, the plan's rate (at most 100 %). */
export function passesOwnChecks(context: RuleContext, line: number, meant: number): boolean {
  const kind = context.lineKind[line];
  if (notAFigure(meant, kind === "count")) return false;
  const planLine = context.linePlan[line];
  if (planLine === null) return true;
  if (kind === "percent") return !(meant > 100 && planLine.target <= 100) && holds(meant, planLine.rule, planLine.target);
  return planLine.quota === undefined || standing(meant, planLine.quota) === "equal";
}
