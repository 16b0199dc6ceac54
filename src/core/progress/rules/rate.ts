/**
 * `rate`: a typed percent of plan differs by more than 0.5 percentage point
 * from (the typed `Lũy kế` where there is one, else achieved) ÷ target × 100 —
 * so one wrong `Lũy kế` gives one finding, not two. A rate that agrees with
 * what the periods add up to, beside a `Lũy kế` that does not, is not told
 * either: the `Lũy kế` (or the text cell its SUM skips) is the one cause;
 * nor a parent line's rate that agrees with what its children achieved,
 * beside its own period figures that do not (`subtotal` tells those). A
 * rate typed in points among fractions is told as such, once.
 */
import type { Finding } from "../../model/finding";
import { localized, type LocalizedText } from "../../model/text";
import { formatNumber } from "../../text/format";
import { points, type LineAchievement } from "../context";
import { endIndex } from "../periods";
import type { TypedValue } from "../types";
import { progressFinding, type ProgressRule } from "./shared";
import { childrenAchieved } from "./childCumulatives";

/** Percentage points a typed rate may differ by (rounding in the sheet). */
export const RATE_TOLERANCE = 0.5;

/** A figure's percent of the plan target, in percentage points (as typed rates are read). */
export function percentOfTarget(figure: number, target: number): number {
  return points((figure / target) * 100);
}

/**
 * True when a typed rate agrees, within the tolerance, with one of the figures
 * it may stand on (the typed `Lũy kế`, what the periods add up to, …): one
 * wrong figure beneath a rate is that figure's mistake, told once. Null
 * figures (none to stand on) are passed over.
 */
export function rateAgrees(typed: number, target: number, ...figures: readonly (number | null)[]): boolean {
  return figures.some((figure) => figure !== null && Math.abs(typed - percentOfTarget(figure, target)) <= RATE_TOLERANCE);
}

/**
 * The line's typed rate where it was worked out over a plan target copied
 * wrong onto the sheet (`Kế hoạch` 6 where the plan sets 8, the rate 3 ÷ 6):
 * the copy is the one cause, and `plan-copy` tells it with the rate. Null
 * where there is no such rate.
 */
export function rateOnCopiedTarget(achievement: LineAchievement): { readonly typed: TypedValue; readonly computed: number } | null {
  const results = achievement.results;
  const line = achievement.planLine;
  const typed = results?.rate;
  const copy = results?.planCopy;
  if (typed == null || copy == null || copy.value <= 0 || line.target === 0 || Math.abs(copy.value - line.target) <= 1e-9 * Math.abs(line.target)) return null;
  const base = results!.cumulative?.value ?? achievement.achieved;
  if (rateAgrees(typed.value, line.target, base, achievement.achieved)) return null;
  return rateAgrees(typed.value, copy.value, base, achievement.achieved) ? { typed, computed: percentOfTarget(base, line.target) } : null;
}

export const rateRule: ProgressRule = {
  id: "rate",
  severity: "error",
  description: localized(
    "Tỷ lệ % so với kế hoạch phải bằng lũy kế chia chỉ tiêu kế hoạch, nhân 100.",
    "The percent of plan must equal the cumulative figure divided by the plan target, times 100.",
  ),
  evaluate(context) {
    const findings: Finding[] = [];
    for (const achievement of context.achievements.values()) findings.push(...datedRates(achievement));
    for (const achievement of context.achievements.values()) {
      const typed = achievement.results?.rate;
      const line = achievement.planLine;
      if (typed == null || line.target === 0) continue;
      // Without a typed `Lũy kế`, periods that leave out an unusable cell give no cumulative figure to measure the rate by.
      if (achievement.results?.cumulative == null && achievement.unusable === true) continue;
      const base = achievement.results?.cumulative?.value ?? achievement.achieved;
      const computed = percentOfTarget(base, line.target);
      // Right by the periods beside a `Lũy kế` that is not (mistyped, or a SUM that skips text): that cell is the one to fix, told once;
      // right by the line's children where its own period figures disagree with theirs: `subtotal` tells those cells, the one cause.
      if (rateAgrees(typed.value, line.target, base, achievement.achieved, childrenAchieved(context, line.code))) continue;
      // Worked out over a plan target copied wrong: `plan-copy` tells it, with this rate.
      if (rateOnCopiedTarget(achievement) !== null) continue;
      // `0,5` in a column of percentage points (the others `75`, `55`): the right rate typed as a fraction, said as typed and as meant.
      const fraction = typed.value > 0 && typed.value <= 1.5 && Math.abs(typed.value * 100 - computed) <= RATE_TOLERANCE;
      // `65` in a column of fractions (the others `0,625`, `0,875`): the right rate typed in points, told as typed.
      if (typed.written !== undefined && rateAgrees(typed.written, line.target, base, achievement.achieved)) {
        findings.push(pointsAmongFractions(line.code, line.name, typed, typed.written, computed));
        continue;
      }
      const message = fraction
        ? localized(
            `Tỷ lệ so với kế hoạch của "${line.name}" ghi ${formatNumber(typed.value, "vi", 4)} — có vẻ là ${p(computed, "vi")} viết dưới dạng phân số, trong khi cột ghi theo phần trăm (lũy kế chia chỉ tiêu kế hoạch là ${p(computed, "vi")}); hãy ghi ${formatNumber(computed, "vi", 2)}.`,
            `The percent of plan of "${line.name}" shows ${formatNumber(typed.value, "en", 4)} — seemingly ${p(computed, "en")} typed as a fraction in a column of percentages (the cumulative figure over the plan target is ${p(computed, "en")}); write ${formatNumber(computed, "en", 2)}.`,
          )
        : localized(
            `Tỷ lệ so với kế hoạch của "${line.name}" ghi ${shownRate(typed, "vi")}, nhưng lũy kế chia chỉ tiêu kế hoạch là ${p(computed, "vi")}.`,
            `The percent of plan of "${line.name}" shows ${shownRate(typed, "en")}, but the cumulative figure over the plan target is ${p(computed, "en")}.`,
          );
      findings.push(rateFinding(line.code, typed, computed, message));
    }
    return findings;
  },
};

/**
 * The rate beside a `Lũy kế` dated before the last period (`Lũy kế đến hết
 * năm 2023` over `Số lượng` | `Tỷ lệ (%)`, or the opening one): that figure ÷
 * target × 100 — not the line's achievement to date, nor one year's rate. A
 * rate that agrees with what the periods to that date add up to, beside a
 * figure that does not, is the figure's mistake (`cumulative` tells it).
 */
function datedRates(achievement: LineAchievement): Finding[] {
  const results = achievement.results;
  const line = achievement.planLine;
  if (results === null || line.target === 0) return [];
  const dated = [
    ...(results.opening?.rate !== undefined ? [{ figure: results.opening, end: null }] : []),
    ...results.interims.filter((interim) => interim.rate !== undefined).map((interim) => ({ figure: interim, end: interim.end })),
  ];
  const findings: Finding[] = [];
  for (const { figure, end } of dated) {
    const typed = figure.rate!;
    const computed = percentOfTarget(figure.value, line.target);
    const upTo = end === null ? [] : results.periods.filter((p) => endIndex(p.period) <= end);
    const periods = upTo.length === 0 ? null : line.kind === "percent" ? upTo[upTo.length - 1].value : upTo.reduce((total, p) => total + p.value, results.opening?.value ?? 0);
    if (rateAgrees(typed.value, line.target, figure.value, periods)) continue;
    findings.push(
      rateFinding(
        line.code,
        typed,
        computed,
        localized(
          `Tỷ lệ so với kế hoạch của "${line.name}" bên cột lũy kế ghi ${typedPercent(typed.value, "vi")}, nhưng lũy kế đó chia chỉ tiêu kế hoạch là ${p(computed, "vi")}.`,
          `The percent of plan of "${line.name}" beside its cumulative figure shows ${typedPercent(typed.value, "en")}, but that cumulative figure over the plan target is ${p(computed, "en")}.`,
        ),
      ),
    );
  }
  return findings;
}

/** A percentage as the findings write it (`62,5%`). */
export function p(value: number, lang: "vi" | "en"): string {
  return `${formatNumber(value, lang, 2)}%`;
}

/**
 * A typed percent as the cell holds it: a small one (`0,875`) to its last
 * digits, which two decimals would round to another figure (`0,88%`).
 */
function typedPercent(value: number, lang: "vi" | "en"): string {
  return Math.abs(value) <= 1.5 ? `${formatNumber(value, lang, 4)}%` : p(value, lang);
}

/** A typed rate as the cell shows it: in a column of fractions, the fraction and the percent it reads as (`0,7 (70%)`). */
function shownRate(typed: TypedValue, lang: "vi" | "en"): string {
  return typed.written === undefined ? typedPercent(typed.value, lang) : `${formatNumber(typed.written, lang, 4)} (${p(typed.value, lang)})`;
}

/** A rate typed in points (`65`) in a column of fractions: as typed, and as the column writes it. */
function pointsAmongFractions(code: string, name: string, typed: TypedValue, written: number, computed: number): Finding {
  const message = localized(
    `Tỷ lệ so với kế hoạch của "${name}" ghi ${formatNumber(written, "vi", 4)} — có vẻ là ${p(computed, "vi")} viết theo phần trăm, trong khi cột ghi dưới dạng phân số (đọc là ${p(typed.value, "vi")}); hãy ghi ${formatNumber(computed / 100, "vi", 4)}.`,
    `The percent of plan of "${name}" shows ${formatNumber(written, "en", 4)} — seemingly ${p(computed, "en")} typed in percentage points in a column of fractions (read as ${p(typed.value, "en")}); write ${formatNumber(computed / 100, "en", 4)}.`,
  );
  return progressFinding({ rule: "rate", severity: "error", at: typed.at, indicator: code, expected: computed, actual: written, message });
}

/** The one `rate` finding: at the typed percent, against the one computed. */
function rateFinding(code: string, typed: TypedValue, computed: number, message: LocalizedText): Finding {
  return progressFinding({ rule: "rate", severity: "error", at: typed.at, indicator: code, expected: computed, actual: typed.value, message });
}
