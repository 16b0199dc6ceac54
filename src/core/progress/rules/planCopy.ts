/** `plan-copy`: a `Kế hoạch …` column on a results sheet differs from the plan's target. */
import type { Finding } from "../../model/finding";
import { localized } from "../../model/text";
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
      const copy = achievement.results?.planCopy;
      const line = achievement.planLine;
      if (copy == null || standing(copy.value, line.target) === "equal") continue;
      const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
      findings.push(
        progressFinding({
          rule: "plan-copy",
          severity: "warning",
          at: copy.at,
          indicator: line.code,
          expected: line.target,
          actual: copy.value,
          message: localized(
            `Kế hoạch của "${line.name}" chép sang trang theo dõi là ${f(copy.value, "vi")}, nhưng kế hoạch giao ${f(line.target, "vi")}.`,
            `The plan target of line ${line.code} copied onto the results sheet is ${f(copy.value, "en")}, but the plan sets ${f(line.target, "en")}.`,
          ),
        }),
      );
    }
    return findings;
  },
};
