/**
 * A `Tổng cộng` (`Tổng`, `Tổng số`, `Cộng`) row closing a progress table is
 * the plan's one money total (`KP` `Tổng kinh phí`) when the table has no row
 * of its own for it: its figures are that line's, checked against its
 * children per period like any parent line's — not a line the plan lacks.
 */
import type { Plan } from "../model/plan";
import { isTotalLabel } from "../layout/labels";

/** The plan line a total row stands for, or null (a label that is no total, no single money root, or one already given a row). */
export function totalRowLine(label: string, code: string, plan: Plan, matched: readonly (string | null)[]): string | null {
  if (code !== "" || !isTotalLabel(label)) return null;
  const parents = new Set(plan.lines.map((line) => line.parentCode).filter((parent): parent is string => parent !== undefined));
  const roots = plan.lines.filter((line) => line.kind === "money" && line.parentCode === undefined && parents.has(line.code));
  if (roots.length !== 1 || plan.lines.some((line) => line.kind === "money" && line.parentCode === undefined && line !== roots[0])) return null;
  return matched.includes(roots[0].code) ? null : roots[0].code;
}
