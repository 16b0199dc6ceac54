/**
 * `area-progress`: a leaf area's achieved is below its allocation × elapsed
 * share (warning), or above its allocation (info; not given where
 * `overspend` already fires, that is for money lines).
 */
import type { Finding } from "../../model/finding";
import { localized } from "../../model/text";
import { standing } from "../../rules/compare";
import { areaAchievements } from "../areas";
import { expectedBy } from "../context";
import { amount, progressFinding, type ProgressRule } from "./shared";

export const areaProgressRule: ProgressRule = {
  id: "area-progress",
  severity: "warning",
  description: localized(
    "Kết quả của mỗi địa bàn phải theo kịp phần được phân bổ nhân phần thời gian đã qua.",
    "Each area's result must keep up with its allocation times the share of the plan's time elapsed.",
  ),
  evaluate(context) {
    const findings: Finding[] = [];
    const share = context.share;
    for (const area of areaAchievements(context)) {
      const line = area.planLine;
      const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
      if (line.kind === "percent") continue;
      if (standing(area.achieved, area.allocated) === "above") {
        if (line.kind === "money") continue; // overspend speaks
        findings.push(
          progressFinding({
            rule: "area-progress",
            severity: "info",
            at: area.at,
            indicator: line.code,
            area: area.label,
            expected: area.allocated,
            actual: area.achieved,
            message: localized(
              `${area.label} đã đạt ${f(area.achieved, "vi")} cho "${line.name}", vượt số được phân bổ ${f(area.allocated, "vi")}.`,
              `This area achieved ${f(area.achieved, "en")} for line ${line.code}, more than its allocation of ${f(area.allocated, "en")}.`,
            ),
          }),
        );
        continue;
      }
      if (share === null) continue;
      const expected = expectedBy({ ...line, target: area.allocated }, share);
      if (standing(area.achieved, expected) !== "below") continue;
      findings.push(
        progressFinding({
          rule: "area-progress",
          severity: "warning",
          at: area.at,
          indicator: line.code,
          area: area.label,
          expected,
          actual: area.achieved,
          message: localized(
            `${area.label} chậm tiến độ "${line.name}": đã đạt ${f(area.achieved, "vi")} trên ${f(area.allocated, "vi")} được phân bổ, cần khoảng ${f(expected, "vi")} đến nay.`,
            `This area is behind on line ${line.code}: ${f(area.achieved, "en")} of the ${f(area.allocated, "en")} allocated, about ${f(expected, "en")} due by now.`,
          ),
        }),
      );
    }
    return findings;
  },
};
