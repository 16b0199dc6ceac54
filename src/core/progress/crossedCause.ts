/**
 * One cause, one finding (CONTRACT §3) where a line's `Lũy kế` and the
 * figures it stands on disagree on a line-level table:
 *
 * - a child line's period cell typed wrong (a `0` for a real figure) breaks
 *   both its line's `Lũy kế` (`cumulative`) and its parent line's figure for
 *   that period (`subtotal`) by the same amount. The two checks cross at that
 *   one cell, so it is the cell to fix: one `subtotal` finding there names
 *   both, and the line's `pace`, which came only from the wrong cell, is let go;
 * - with the `Lũy kế` alone to witness it, which of the two is wrong cannot be
 *   told: the `cumulative` finding stays at the `Lũy kế` and names the one
 *   period cell typed `0` that would make it agree; and where the typed
 *   `Lũy kế` is on pace while the periods' sum is not, the line's `pace` is
 *   not a second cause: the `cumulative` finding says the pace hangs on which
 *   figure is right. Where a typed percent of plan agrees with the periods'
 *   sum and not with the `Lũy kế`, the periods are right: the findings stay.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { difference, standing } from "../rules/compare";
import { expectedBy, type LineAchievement, type ProgressContext } from "./context";
import { rateAgrees } from "./rules/rate";
import { amount, progressFinding } from "./rules/shared";
import type { PeriodValue } from "./types";

export interface CrossedCauses {
  readonly findings: Finding[];
  /**
   * The lines whose `pace` was let go here: their figures disagree and the
   * pace hangs on which is right, so their status says that, not "behind".
   */
  readonly paceInDoubt: ReadonlySet<string>;
}

export function crossedCauses(context: ProgressContext, findings: readonly Finding[]): CrossedCauses {
  const dropped = new Set<Finding>();
  const added: Finding[] = [];
  const replaced = new Map<Finding, Finding>();
  const paceOf = (code: string) => findings.find((f) => f.rule === "pace" && f.indicator === code && !dropped.has(f));
  for (const cumulative of findings) {
    if (cumulative.rule !== "cumulative" || cumulative.indicator === null || cumulative.expected === null || cumulative.actual === null) continue;
    const achievement = context.achievements.get(cumulative.indicator);
    const results = achievement?.results;
    if (achievement === undefined || results == null || achievement.planLine.kind === "percent") continue;
    // Only the closing `Lũy kế` (an interim one has its own periods).
    if (results.cumulative == null || results.cumulative.at.row !== cumulative.row || results.cumulative.at.col !== cumulative.col || results.cumulative.at.sheet !== cumulative.sheet) continue;
    const gap = difference(cumulative.actual, cumulative.expected);
    if (standing(gap, 0) === "equal") continue;
    const crossed = parentCrossing(context, achievement, findings, gap, dropped);
    if (crossed !== null) {
      dropped.add(cumulative);
      dropped.add(crossed.subtotal);
      const pace = paceOf(cumulative.indicator);
      const share = context.share;
      if (pace !== undefined && share !== null && standing(achievement.achieved + gap, expectedBy(achievement.planLine, share)) !== "below") dropped.add(pace);
      added.push(crossedFinding(context, achievement, crossed.cell, gap, crossed.subtotal, cumulative));
      continue;
    }
    // A typed percent of plan that agrees with the periods' sum, not with the `Lũy kế`: the periods are right, the `Lũy kế` is the one to fix.
    const rate = results.rate;
    const line0 = achievement.planLine;
    if (rate != null && line0.target !== 0 && rateAgrees(rate.value, line0.target, achievement.achieved) && !rateAgrees(rate.value, line0.target, cumulative.actual)) continue;
    const zero = lonelyZero(results.periods, gap);
    const pace = paceOf(cumulative.indicator);
    const share = context.share;
    const typedOnPace = pace !== undefined && share !== null && standing(cumulative.actual, expectedBy(achievement.planLine, share)) !== "below";
    if (zero === null && !typedOnPace) continue;
    const line = achievement.planLine;
    const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
    let vi = cumulative.message.vi;
    let en = cumulative.message.en;
    if (zero !== null) {
      const cell = a1(zero.at.row, zero.at.col);
      vi += ` Ô ${cell} (${zero.label}) ghi 0: nếu số của kỳ này là ${f(gap, "vi")} thì lũy kế khớp; hãy kiểm tra ô đó hoặc ô lũy kế.`;
      en += ` ${cell} (${zero.period.id}) shows 0: were that period's figure ${f(gap, "en")}, the cumulative figure would agree; check that cell or the cumulative one.`;
    }
    if (typedOnPace) {
      dropped.add(pace);
      vi += ` Tiến độ tùy số nào đúng: theo lũy kế ghi trên bảng thì đạt tiến độ, theo các kỳ cộng lại thì chậm (cần khoảng ${f(pace.expected ?? 0, "vi")} đến nay).`;
      en += ` The pace hangs on which is right: by the typed cumulative figure the line is on pace, by its periods' sum it is behind (about ${f(pace.expected ?? 0, "en")} due by now).`;
    }
    replaced.set(cumulative, { ...cumulative, message: localized(vi, en) });
  }
  const paceInDoubt = new Set([...dropped].filter((f) => f.rule === "pace" && f.indicator !== null).map((f) => f.indicator!));
  if (dropped.size === 0 && replaced.size === 0) return { findings: [...findings], paceInDoubt };
  return { findings: [...findings.filter((f) => !dropped.has(f)).map((f) => replaced.get(f) ?? f), ...added], paceInDoubt };
}

/**
 * The parent line's `subtotal` finding for one period that the line's period
 * cell explains with its `Lũy kế`: both typed totals over the cell by the same
 * gap. Null unless exactly one period does.
 */
function parentCrossing(
  context: ProgressContext,
  achievement: LineAchievement,
  findings: readonly Finding[],
  gap: number,
  dropped: ReadonlySet<Finding>,
): { subtotal: Finding; cell: PeriodValue } | null {
  const parent = achievement.planLine.parentCode;
  const periods = achievement.results?.periods ?? [];
  if (parent === undefined) return null;
  let found: { subtotal: Finding; cell: PeriodValue } | null = null;
  for (const finding of findings) {
    if (finding.rule !== "subtotal" || finding.indicator !== parent || dropped.has(finding) || finding.expected === null || finding.actual === null) continue;
    if (standing(difference(finding.actual, finding.expected), gap) !== "equal") continue;
    const cell = periods.find((p) => p.at.sheet === finding.sheet && p.at.col === finding.col && p.at.row !== finding.row);
    if (cell === undefined) continue;
    if (found !== null) return null;
    found = { subtotal: finding, cell };
  }
  // The corrected figure must be one a user could have meant (no negative count or amount).
  if (found !== null && found.cell.value + gap < 0) return null;
  return found;
}

/** The one period cell typed `0` among figures that are not, when the `Lũy kế` is above the periods' sum. */
function lonelyZero(periods: readonly PeriodValue[], gap: number): PeriodValue | null {
  if (gap <= 0 || periods.length < 2) return null;
  const zeros = periods.filter((p) => p.value === 0 && p.at.row >= 0);
  return zeros.length === 1 ? zeros[0] : null;
}

function crossedFinding(context: ProgressContext, achievement: LineAchievement, cell: PeriodValue, gap: number, subtotal: Finding, cumulative: Finding): Finding {
  const line = achievement.planLine;
  const parent = context.planByCode.get(line.parentCode ?? "");
  const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
  const expected = cell.value + gap;
  const parentName = parent?.name ?? line.parentCode ?? "";
  return progressFinding({
    rule: "subtotal",
    severity: "error",
    at: cell.at,
    indicator: line.code,
    expected,
    actual: cell.value,
    message: localized(
      `"${line.name}" ${cell.label} ghi ${f(cell.value, "vi")}, nhưng "${parentName}" ${cell.label} (ô ${subtotal.cell}) và lũy kế của dòng (ô ${cumulative.cell}) chỉ khớp khi ô này là ${f(expected, "vi")} (lệch ${f(Math.abs(gap), "vi")}). Sửa ô này thì cả hai cùng khớp.`,
      `"${line.name}" for ${cell.period.id} shows ${f(cell.value, "en")}, but "${parentName}" for that period (${subtotal.cell}) and the line's cumulative figure (${cumulative.cell}) add up only when it is ${f(expected, "en")} (off by ${f(Math.abs(gap), "en")}). Correcting this cell puts both right.`,
    ),
  });
}
