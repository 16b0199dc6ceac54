/**
 * A money figure among the listed targets (`3. Kinh phí hỗ trợ hoạt động: 937 triệu đồng`) with no budget part in
 * the text is also read as the plan's budget, from the same line: one figure of the document, so one line of the
 * plan — the listed target, which keeps the document's name and number. A budget line with parts of its own
 * (`KP` over `KP.1` …) stays whole.
 */
import type { ExtractedIndicator } from "./types";

export function withoutRestatedBudget(budgetLines: readonly ExtractedIndicator[], targets: readonly ExtractedIndicator[]): ExtractedIndicator[] {
  const restates = (line: ExtractedIndicator) =>
    !budgetLines.some((other) => other.code.startsWith(`${line.code}.`)) &&
    targets.some((t) => t.kind === "money" && t.source === line.source && Math.abs(t.target - line.target) < 0.5);
  return budgetLines.filter((line) => !restates(line));
}
