/** `cumulative`: a typed `Lũy kế` differs from the sum of its periods (a percent line: from the latest period). */
import type { Finding } from "../../model/finding";
import { localized } from "../../model/text";
import { standing } from "../../rules/compare";
import { amount, progressFinding, type ProgressRule } from "./shared";

export const cumulativeRule: ProgressRule = {
  id: "cumulative",
  severity: "error",
  description: localized(
    "Lũy kế phải bằng tổng các kỳ (chỉ tiêu tỷ lệ: bằng kỳ gần nhất).",
    "A cumulative figure must equal the sum of its periods (a percent line: the latest period).",
  ),
  evaluate(context) {
    const findings: Finding[] = [];
    for (const achievement of context.achievements.values()) {
      const typed = achievement.results?.cumulative;
      if (typed == null || typed.unchecked === true || achievement.results === null || achievement.results.periods.length === 0) continue;
      if (standing(typed.value, achievement.achieved) === "equal") continue;
      const line = achievement.planLine;
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
            ? localized(
                `Lũy kế của "${line.name}" ghi ${f(typed.value, "vi")}, nhưng với chỉ tiêu tỷ lệ lũy kế là số của kỳ gần nhất: ${f(achievement.achieved, "vi")}.`,
                `The cumulative figure of line ${line.code} shows ${f(typed.value, "en")}, but for a percent line it is the latest period's figure: ${f(achievement.achieved, "en")}.`,
              )
            : localized(
                `Lũy kế của "${line.name}" ghi ${f(typed.value, "vi")}, nhưng các kỳ cộng lại ${f(achievement.achieved, "vi")}.`,
                `The cumulative figure of line ${line.code} shows ${f(typed.value, "en")}, but its periods add up to ${f(achievement.achieved, "en")}.`,
              ),
        }),
      );
    }
    return findings;
  },
};
