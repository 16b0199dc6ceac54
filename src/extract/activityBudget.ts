/**
 * An activity table with a budget column (`Nhiệm vụ | … | Kinh phí (triệu đồng)`) beside the budget part
 * (`Kinh phí thực hiện: 500 triệu đồng, trong đó …`): the activities' amounts are a split of that budget (or of
 * one of its parts). When they add up to another amount, the document contradicts itself: a `budget-split` issue,
 * to confirm.
 */
import { extractBudget, type Budget } from "./budget";
import { budgetColumnTable } from "./budgetColumns";
import { issue, sourceOf } from "./issues";
import { formatDong, formatInUnit } from "./money";
import type { TextLine } from "./normalize";
import type { Section } from "./sections";
import type { ExtractIssue } from "./types";

export function checkActivityBudget(body: readonly TextLine[], budgetRanges: readonly Section[], budget: Budget): ExtractIssue[] {
  const total = budget.lines.find((l) => l.code === "KP");
  // No one total, or one stated as a bound (`tối đa 500 triệu đồng`): nothing to hold the table to.
  if (total === undefined || total.rule !== undefined) return [];
  const table = budgetColumnTable(body);
  if (table.length === 0) return [];
  const at = body.indexOf(table[0]);
  // A table inside the budget part is that budget, already read.
  if (budgetRanges.some((s) => at >= s.heading && at < s.end)) return [];
  const read = extractBudget(table).lines;
  if (read.length === 0) return [];
  const tableTotal = read.find((l) => l.code === "KP");
  const amount = tableTotal !== undefined ? tableTotal.target : read.filter((l) => /^KP\.\d+$/.test(l.code)).reduce((sum, l) => sum + l.target, 0);
  // Equal to the total, or to one of its parts (the table splits the central budget only): no contradiction.
  if (budget.lines.some((l) => Math.abs(amount - l.target) < 0.5)) return [];
  const line = tableTotal?.line ?? table[0].line;
  const scale = tableTotal?.scale ?? read[0].scale ?? 1;
  const tableText = formatInUnit(amount, scale);
  const stated = formatInUnit(total.target, total.scale ?? 1);
  const gap = formatDong(Math.abs(amount - total.target));
  const how = tableTotal !== undefined ? "ghi tổng" : "cộng lại được";
  const howEn = tableTotal !== undefined ? "totals" : "adds up to";
  return [
    issue(
      "budget-split",
      `Bảng hoạt động (dòng ${line}) có cột kinh phí ${how} ${tableText} nhưng phần kinh phí ghi tổng ${stated} (${total.source.replace("line", "dòng")}); chênh lệch ${gap} đồng, cần xác nhận.`,
      `The activity table (line ${line}) has a budget column that ${howEn} ${tableText} but the budget part states ${stated} (${total.source}); difference ${gap} đồng, to be confirmed.`,
      { source: sourceOf(line), expected: total.target, actual: amount },
    ),
  ];
}
