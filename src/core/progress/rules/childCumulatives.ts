/**
 * A parent line's `Lũy kế` that adds up its children's typed `Lũy kế` cells
 * (`= H8 + H9`) carries a wrong child's figure: the child's finding is the one
 * to act on, the parent's is the same cause. And one that is what its
 * children achieved, beside its own period figures that are not (`subtotal`
 * tells those cells), is right.
 */
import { standing } from "../../rules/compare";
import type { ProgressContext } from "../context";

/** True when `typed` (the parent's `Lũy kế`) is the sum of its children's typed ones and at least one of those differs from its periods. */
export function carriesChildCumulatives(context: ProgressContext, code: string, typed: number): boolean {
  const children = context.plan.lines.filter((line) => line.parentCode === code);
  if (children.length === 0) return false;
  let sum = 0;
  let wrongChild = false;
  for (const child of children) {
    const achievement = context.achievements.get(child.code);
    const cumulative = achievement?.results?.cumulative;
    if (achievement === undefined || cumulative == null || cumulative.unchecked === true) return false;
    sum += cumulative.value;
    if (standing(cumulative.value, achievement.achieved) !== "equal") wrongChild = true;
  }
  return wrongChild && standing(typed, sum) === "equal";
}

/** What a parent line's children achieved together, when every child has results; null otherwise (or for a line without children). */
export function childrenAchieved(context: ProgressContext, code: string): number | null {
  const children = context.plan.lines.filter((line) => line.parentCode === code);
  if (children.length === 0) return null;
  let sum = 0;
  for (const child of children) {
    const achievement = context.achievements.get(child.code);
    if (achievement === undefined) return null;
    sum += achievement.achieved;
  }
  return sum;
}
