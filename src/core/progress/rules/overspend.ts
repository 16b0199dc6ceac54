/**
 * `overspend`: money disbursed for a line exceeds its plan ceiling, or money
 * disbursed by a leaf area exceeds that area's allocation.
 */
import type { Finding } from "../../model/finding";
import { localized } from "../../model/text";
import { standing } from "../../rules/compare";
import { achievementLabel, areaCell, forEachAreaAchievement } from "../areas";
import { amount, progressFinding, type ProgressRule } from "./shared";

export const overspendRule: ProgressRule = {
  id: "overspend",
  severity: "error",
  description: localized(
    "Số giải ngân không được vượt trần kinh phí của kế hoạch, hay phần được phân bổ cho từng địa bàn.",
    "Money disbursed may not exceed the plan's ceiling, nor each area's allocation.",
  ),
  evaluate(context) {
    const findings: Finding[] = [];
    const over = new Set<string>();
    for (const achievement of context.achievements.values()) {
      const line = achievement.planLine;
      if (line.kind === "money" && standing(achievement.achieved, line.target) === "above") over.add(line.code);
    }
    // A parent over its ceiling because a child is over its own: the child's finding is the one to act on.
    const childOver = new Set([...over].map((code) => context.planByCode.get(code)?.parentCode).filter((code) => code !== undefined));
    for (const achievement of context.achievements.values()) {
      const line = achievement.planLine;
      if (!over.has(line.code) || childOver.has(line.code)) continue;
      const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
      findings.push(
        progressFinding({
          rule: "overspend",
          severity: "error",
          at: achievement.anchor,
          indicator: line.code,
          expected: line.target,
          actual: achievement.achieved,
          message: localized(
            `"${line.name}" đã giải ngân ${f(achievement.achieved, "vi")}, vượt trần kế hoạch ${f(line.target, "vi")}.`,
            `Line ${line.code}: ${f(achievement.achieved, "en")} disbursed, over the plan's ceiling of ${f(line.target, "en")}.`,
          ),
        }),
      );
    }
    forEachAreaAchievement(context, (area) => {
      if (area.planLine.kind !== "money" || standing(area.achieved, area.allocated) !== "above") return;
      const line = area.planLine;
      const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
      findings.push(
        progressFinding({
          rule: "overspend",
          severity: "error",
          at: areaCell(context, area),
          indicator: line.code,
          area: achievementLabel(context, area),
          expected: area.allocated,
          actual: area.achieved,
          message: localized(
            `${achievementLabel(context, area)} đã giải ngân ${f(area.achieved, "vi")} cho "${line.name}", vượt số được phân bổ ${f(area.allocated, "vi")}.`,
            `${achievementLabel(context, area)} disbursed ${f(area.achieved, "en")} for line ${line.code}, over its allocation of ${f(area.allocated, "en")}.`,
          ),
        }),
      );
    }, (line) => line.kind === "money");
    return findings;
  },
};
