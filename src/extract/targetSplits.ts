/**
 * Numbered targets with numbered children (`2 | Duy trì tổ nhóm | 170` over `2.1 | … | 100`, `2.2 | … | 60`): the plan
 * holds a parent to the sum of its children (CONTRACT §1, budget-split), so children of one count unit that miss their
 * parent are the document's own contradiction, told here as for budget lines.
 */
import { foldText } from "../core/text/fold";
import { issue } from "./issues";
import type { ExtractedIndicator, ExtractIssue } from "./types";

export function checkTargetSplits(targets: readonly ExtractedIndicator[]): ExtractIssue[] {
  const issues: ExtractIssue[] = [];
  for (const parent of targets) {
    if (parent.kind !== "count") continue;
    const children = targets.filter((t) => t.code.startsWith(`${parent.code}.`) && /^\d+$/.test(t.code.slice(parent.code.length + 1)));
    if (children.length < 2 || !children.every((c) => c.kind === "count" && foldText(c.unit) === foldText(parent.unit))) continue;
    const sum = children.reduce((total, c) => total + c.target, 0);
    if (Math.abs(sum - parent.target) <= 1e-9 * Math.max(1, sum)) continue;
    const parts = children.map((c) => `${c.code}: ${c.target}`).join(" + ");
    issues.push(
      issue(
        "budget-split",
        `Chỉ tiêu ${parent.code} "${parent.name}" là ${parent.target} ${parent.unit} (${parent.source.replace("line", "dòng")}) nhưng các chỉ tiêu con cộng lại ${sum} ${parent.unit} (${parts}).`,
        `Target ${parent.code} "${parent.name}" is ${parent.target} ${parent.unit} (${parent.source}) but its sub-targets add up to ${sum} ${parent.unit} (${parts}).`,
        { source: parent.source, expected: sum, actual: parent.target },
      ),
    );
  }
  return issues;
}
