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
import { findQuantities } from "./quantities";
import { labelYear } from "./yearShares";

/** Sums of two or more of a few amounts (none when there are too many to try). */
function subsetSums(amounts: readonly number[]): number[] {
  if (amounts.length < 2 || amounts.length > 8) return [];
  const out: number[] = [];
  for (let mask = 1; mask < 1 << amounts.length; mask++) {
    if ((mask & (mask - 1)) === 0) continue;
    let sum = 0;
    for (let i = 0; i < amounts.length; i++) if (mask & (1 << i)) sum += amounts[i];
    out.push(sum);
  }
  return out;
}

/** The amounts a line gives for a year each (`năm 2023: 1.000 triệu đồng; năm 2024: …`), in đồng. */
function yearAmounts(text: string): number[] {
  return findQuantities(text).filter((q) => q.kind === "money" && labelYear(text, q) !== null).map((q) => q.base);
}

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
  // Equal to the total, or to one of its parts (the table splits the central budget only), to some of its parts
  // together (the central and provincial funds, not the funds merged from other programmes), or to the amount of
  // some of its years (`năm 2024: 1.000 triệu đồng`): the table splits that part of the budget, no contradiction.
  const parts = budget.lines.filter((l) => /^KP\.\d+$/.test(l.code)).map((l) => l.target);
  const years = budgetRanges.flatMap((s) => body.slice(s.heading, s.end)).flatMap((l) => yearAmounts(l.text));
  const covered = [...budget.lines.map((l) => l.target), ...subsetSums(parts), ...years, ...subsetSums(years)];
  if (covered.some((x) => Math.abs(amount - x) < 0.5)) return [];
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
