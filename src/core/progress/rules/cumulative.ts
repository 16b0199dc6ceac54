/**
 * `cumulative`: a typed `Lũy kế` differs from the sum of its periods (a percent line: from the latest period);
 * a `Lũy kế đến 31/12/2023` between the periods, from those up to its date.
 */
import type { Finding } from "../../model/finding";
import { a1 } from "../../model/address";
import { localized, type LocalizedText } from "../../model/text";
import { formatNumber } from "../../text/format";
import { standing, withoutNoise } from "../../rules/compare";
import type { LineAchievement } from "../context";
import { endIndex } from "../periods";
import { amount, progressFinding, type ProgressRule } from "./shared";
import { carriesChildCumulatives, childrenAchieved } from "./childCumulatives";
import { hasReportingGap } from "./pace";

export const cumulativeRule: ProgressRule = {
  id: "cumulative",
  severity: "error",
  description: localized(
    "Lũy kế phải bằng tổng các kỳ (chỉ tiêu tỷ lệ: bằng kỳ gần nhất).",
    "A cumulative figure must equal the sum of its periods (a percent line: the latest period).",
  ),
  evaluate(context) {
    const findings: Finding[] = [];
    const gap = hasReportingGap(context);
    for (const achievement of context.achievements.values()) {
      const results = achievement.results;
      const line = achievement.planLine;
      // Periods that leave out an unusable cell (its `invalid-value` is the one finding): their sum is no measure of a `Lũy kế`.
      if (achievement.unusable === true) continue;
      // The closing `Lũy kế` built on a wrong interim one (`= G7 + H7`): the interim's finding is the one to act on.
      let carried: number | null = null;
      for (const interim of results?.interims ?? []) {
        const upTo = results!.periods.filter((p) => endIndex(p.period) <= interim.end);
        // Checked only where a period ends at its date: one running past the last period to then counts months no column gives.
        if (upTo.length === 0 || endIndex(upTo[upTo.length - 1].period) !== interim.end) continue;
        const expected = line.kind === "percent" ? upTo[upTo.length - 1].value : upTo.reduce((sum, p) => sum + p.value, results!.opening?.value ?? 0);
        if (standing(interim.value, expected) === "equal") continue;
        if (line.kind !== "percent") carried = results!.periods.filter((p) => endIndex(p.period) > interim.end).reduce((sum, p) => sum + p.value, interim.value);
        const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
        findings.push(
          progressFinding({
            rule: "cumulative",
            severity: "error",
            at: interim.at,
            indicator: line.code,
            expected,
            actual: interim.value,
            message: localized(
              `Lũy kế của "${line.name}" đến ${upTo[upTo.length - 1].label} ghi ${f(interim.value, "vi")}, nhưng ${line.kind === "percent" ? "số của kỳ đó là" : "các kỳ đến đó cộng lại"} ${f(expected, "vi")}.`,
              `The cumulative figure of "${line.name}" to ${upTo[upTo.length - 1].period.id} shows ${f(interim.value, "en")}, but ${line.kind === "percent" ? "that period's figure is" : "the periods to then add up to"} ${f(expected, "en")}.`,
            ),
          }),
        );
      }
      findings.push(...yearFindings(achievement));
      const typed = achievement.results?.cumulative;
      if (typed == null || typed.unchecked === true || achievement.results === null || achievement.results.periods.length === 0) continue;
      if (standing(typed.value, achievement.achieved) === "equal" || (carried !== null && standing(typed.value, carried) === "equal")) continue;
      // Months no period reports (`Năm 2022`, `Năm 2024`, no 2023) while the `Lũy kế` counts more than the periods do: it
      // holds those months, and the gap's warning is the one finding.
      if (line.kind !== "percent" && gap && standing(typed.value, achievement.achieved) === "above") continue;
      if (line.kind !== "percent" && carriesChildCumulatives(context, line.code, typed.value)) continue;
      // Added up from the years' `Lũy kế năm …`, one of them wrong: that one's finding is the one to act on.
      if (line.kind !== "percent" && carriesYearCumulatives(achievement, typed.value)) continue;
      // What the children achieved, beside a period figure of its own that is not: `subtotal` tells that cell, the one cause.
      const children = line.kind === "percent" ? null : childrenAchieved(context, line.code);
      if (children !== null && standing(typed.value, children) === "equal") continue;
      const percent = line.kind === "percent";
      const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
      findings.push(
        progressFinding({
          rule: "cumulative",
          severity: "error",
          at: typed.at,
          indicator: line.code,
          expected: achievement.achieved,
          actual: typed.value,
          message: percent
            ? withFractionHint(
                localized(
                  `Lũy kế của "${line.name}" ghi ${f(typed.value, "vi")}, nhưng với chỉ tiêu tỷ lệ lũy kế là số của kỳ gần nhất: ${f(achievement.achieved, "vi")}.`,
                  `The cumulative figure of "${line.name}" shows ${f(typed.value, "en")}, but for a percent line it is the latest period's figure: ${f(achievement.achieved, "en")}.`,
                ),
                achievement,
                typed.value,
              )
            : localized(
                `Lũy kế của "${line.name}" ghi ${f(typed.value, "vi")}, nhưng các kỳ cộng lại ${f(achievement.achieved, "vi")}.`,
                `The cumulative figure of "${line.name}" shows ${f(typed.value, "en")}, but its periods add up to ${f(achievement.achieved, "en")}.`,
              ),
        }),
      );
    }
    return findings;
  },
};

/** A `Lũy kế năm 2024` (a `Lũy kế` that restarts each year) against that year's periods (a percent line: its latest). */
function yearFindings(achievement: LineAchievement): Finding[] {
  const results = achievement.results;
  const line = achievement.planLine;
  const findings: Finding[] = [];
  for (const typed of results?.yearCumulatives ?? []) {
    const inYear = results!.periods.filter((p) => p.period.year === typed.year);
    if (inYear.length === 0) continue;
    const expected = line.kind === "percent" ? inYear[inYear.length - 1].value : withoutNoise(inYear.reduce((sum, p) => sum + p.value, 0));
    if (standing(typed.value, expected) === "equal") continue;
    const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
    findings.push(
      progressFinding({
        rule: "cumulative",
        severity: "error",
        at: typed.at,
        indicator: line.code,
        expected,
        actual: typed.value,
        message: localized(
          `Lũy kế năm ${typed.year} của "${line.name}" ghi ${f(typed.value, "vi")}, nhưng ${line.kind === "percent" ? `số của kỳ gần nhất trong năm là` : `các kỳ của năm ${typed.year} cộng lại`} ${f(expected, "vi")}.`,
          `The ${typed.year} cumulative figure of "${line.name}" shows ${f(typed.value, "en")}, but ${line.kind === "percent" ? "the year's latest period is" : `the periods of ${typed.year} add up to`} ${f(expected, "en")}.`,
        ),
      }),
    );
  }
  return findings;
}

/** True when the typed `Lũy kế` is the sum of the years' typed `Lũy kế năm …` (the other years' periods where none), one of which is wrong. */
function carriesYearCumulatives(achievement: LineAchievement, typed: number): boolean {
  const results = achievement.results;
  const years = results?.yearCumulatives ?? [];
  if (results === null || years.length === 0) return false;
  let sum = results.opening?.value ?? 0;
  let wrong = false;
  for (const period of results.periods) if (!years.some((y) => y.year === period.period.year)) sum += period.value;
  for (const year of years) {
    const own = results.periods.filter((p) => p.period.year === year.year).reduce((total, p) => total + p.value, 0);
    if (standing(own, year.value) !== "equal") wrong = true;
    sum += year.value;
  }
  return wrong && standing(withoutNoise(sum), typed) === "equal";
}

/**
 * A percent line's latest period typed as a fraction (`0,7`) among figures in percentage points (`50`, `60`,
 * a `Lũy kế` of `70`): the line is read in points (decided from the whole line), so the message names that
 * cell as the one most likely to fix.
 */
function withFractionHint(message: LocalizedText, achievement: LineAchievement, typed: number): LocalizedText {
  const latest = achievement.results?.periods.at(-1);
  if (latest === undefined || latest.at.row < 0 || !(latest.value > 0 && latest.value <= 1.5) || standing(withoutNoise(latest.value * 100), typed) !== "equal") return message;
  const cell = a1(latest.at.row, latest.at.col);
  const shown = (lang: "vi" | "en") => formatNumber(latest.value, lang, 4);
  const points = (lang: "vi" | "en") => `${formatNumber(typed, lang, 2)}%`;
  return localized(
    `${message.vi} Ô ${cell} ghi ${shown("vi")} — có vẻ là ${points("vi")} viết dưới dạng phân số, trong khi các ô khác của dòng ghi theo phần trăm; hãy ghi ${formatNumber(typed, "vi", 2)} ở ô ${cell}.`,
    `${message.en} ${cell} holds ${shown("en")} — seemingly ${points("en")} typed as a fraction, while the line's other cells are in percentage points; write ${formatNumber(typed, "en", 2)} in ${cell}.`,
  );
}
