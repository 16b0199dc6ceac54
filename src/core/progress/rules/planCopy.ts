/**
 * `plan-copy`: a `Kế hoạch …` column on a results sheet differs from the
 * plan's target; a `KH năm 2024` column, from the plan's figure for that year
 * where the plan splits its target by year.
 */
import type { Finding } from "../../model/finding";
import type { PlanLine } from "../../model/plan";
import { a1 } from "../../model/address";
import { localized, type LocalizedText } from "../../model/text";
import type { TypedValue } from "../types";
import { p, rateOnCopiedTarget } from "./rate";
import { standing } from "../../rules/compare";
import { amount, progressFinding, type ProgressRule } from "./shared";

export const planCopyRule: ProgressRule = {
  id: "plan-copy",
  severity: "warning",
  description: localized(
    "Chỉ tiêu kế hoạch chép sang bảng theo dõi phải bằng chỉ tiêu của kế hoạch.",
    "A plan target copied onto a results sheet must equal the plan's target.",
  ),
  evaluate(context) {
    const findings: Finding[] = [];
    for (const achievement of context.achievements.values()) {
      const results = achievement.results;
      const line = achievement.planLine;
      const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
      const copy = results?.planCopy;
      if (copy != null && standing(copy.value, line.target) !== "equal" && !asFraction(line, copy.value, line.target)) {
        findings.push(
          progressFinding({
            rule: "plan-copy",
            severity: "warning",
            at: copy.at,
            indicator: line.code,
            expected: line.target,
            actual: copy.value,
            message: withRate(
              localized(
                `Kế hoạch của "${line.name}" chép sang trang theo dõi là ${f(copy.value, "vi")}, nhưng kế hoạch giao ${f(line.target, "vi")}.`,
                `The plan target of "${line.name}" copied onto the results sheet is ${f(copy.value, "en")}, but the plan sets ${f(line.target, "en")}.`,
              ),
              rateOnCopiedTarget(achievement),
            ),
          }),
        );
      }
      for (const yearCopy of results?.yearCopies ?? []) {
        const target = line.yearTargets?.[String(yearCopy.year)];
        if (target === undefined || standing(yearCopy.value, target) === "equal" || asFraction(line, yearCopy.value, target)) continue;
        findings.push(
          progressFinding({
            rule: "plan-copy",
            severity: "warning",
            at: yearCopy.at,
            indicator: line.code,
            expected: target,
            actual: yearCopy.value,
            message: localized(
              `Kế hoạch năm ${yearCopy.year} của "${line.name}" chép sang trang theo dõi là ${f(yearCopy.value, "vi")}, nhưng kế hoạch giao cho năm ${yearCopy.year} là ${f(target, "vi")}.`,
              `The ${yearCopy.year} target of "${line.name}" copied onto the results sheet is ${f(yearCopy.value, "en")}, but the plan sets ${f(target, "en")} for ${yearCopy.year}.`,
            ),
          }),
        );
      }
    }
    return findings;
  },
};

/** The message, naming the typed rate worked out over the wrong copy (its own `rate` finding is let go). */
function withRate(message: LocalizedText, rate: { readonly typed: TypedValue; readonly computed: number } | null): LocalizedText {
  if (rate === null) return message;
  const cell = a1(rate.typed.at.row, rate.typed.at.col);
  return localized(
    `${message.vi} Tỷ lệ ở ô ${cell} (${p(rate.typed.value, "vi")}) được tính theo số chép này; theo kế hoạch là ${p(rate.computed, "vi")}; khi sửa ô kế hoạch, hãy sửa cả ô tỷ lệ (hoặc dùng công thức).`,
    `${message.en} The percent in ${cell} (${p(rate.typed.value, "en")}) was worked out over this copy; against the plan it is ${p(rate.computed, "en")}: correct it with the target (or let a formula give it).`,
  );
}

/**
 * A percent line's target copied as a fraction in a cell with no percent format (`0,8` for 80 %, as
 * many staff type rates): the same figure, not a wrong copy.
 */
function asFraction(line: PlanLine, copied: number, target: number): boolean {
  return line.kind === "percent" && copied > 0 && copied <= 1.5 && standing(copied * 100, target) === "equal";
}
