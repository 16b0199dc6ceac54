/**
 * `overspend`: money disbursed for a line exceeds its plan ceiling, or money
 * disbursed by a leaf area exceeds that area's allocation. One cause, one
 * finding: when the areas over their allocations alone put the line over its
 * ceiling (each back to its allocation, the line is within it), the line's
 * finding is not told; each area's finding names it.
 */
import type { Finding } from "../../model/finding";
import { localized } from "../../model/text";
import { a1, cellPlace } from "../../model/address";
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
    // Areas over their allocation, by plan line, and what they spent over it together.
    const areasOver = new Map<string, { finding: Finding; area: string }[]>();
    const excess = new Map<string, number>();
    forEachAreaAchievement(context, (area) => {
      if (area.planLine.kind !== "money" || standing(area.achieved, area.allocated) !== "above") return;
      const line = area.planLine;
      const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
      const label = achievementLabel(context, area);
      const finding = progressFinding({
        rule: "overspend",
        severity: "error",
        at: areaCell(context, area),
        indicator: line.code,
        area: label,
        expected: area.allocated,
        actual: area.achieved,
        message: localized(
          `${label} đã giải ngân ${f(area.achieved, "vi")} cho "${line.name}", vượt số được phân bổ ${f(area.allocated, "vi")}.`,
          `${label} disbursed ${f(area.achieved, "en")} for "${line.name}", over its allocation of ${f(area.allocated, "en")}.`,
        ),
      });
      const list = areasOver.get(line.code) ?? [];
      list.push({ finding, area: label });
      areasOver.set(line.code, list);
      excess.set(line.code, (excess.get(line.code) ?? 0) + (area.achieved - area.allocated));
    }, (line) => line.kind === "money");

    const over = new Set<string>();
    for (const achievement of context.achievements.values()) {
      const line = achievement.planLine;
      if (line.kind === "money" && standing(achievement.achieved, line.target) === "above") over.add(line.code);
    }
    // A parent over its ceiling because a child is over its own: the child's finding is the one to act on.
    const childOver = new Set([...over].map((code) => context.planByCode.get(code)?.parentCode).filter((code) => code !== undefined));
    const named = new Map<Finding, Finding>();
    for (const achievement of context.achievements.values()) {
      const line = achievement.planLine;
      if (!over.has(line.code) || childOver.has(line.code)) continue;
      const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
      const said = localized(
        `"${line.name}" đã giải ngân ${f(achievement.achieved, "vi")}, vượt trần kế hoạch ${f(line.target, "vi")}.`,
        `"${line.name}" disbursed ${f(achievement.achieved, "en")}, over the plan's ceiling of ${f(line.target, "en")}.`,
      );
      // One cause, one finding: the areas that spent over their allocation alone put the line over its ceiling
      // (back to their allocations, it is within it): their findings name the line's, which is not told again.
      const areas = areasOver.get(line.code);
      if (areas !== undefined && standing(achievement.achieved - (excess.get(line.code) ?? 0), line.target) !== "above") {
        const where = achievement.anchor === null ? null : cellPlace(achievement.anchor.sheet, a1(achievement.anchor.row, achievement.anchor.col));
        const at = where === null ? { vi: "", en: "" } : { vi: ` (${where})`, en: ` (${where})` };
        const others = areas.length > 1 ? { vi: ` (cùng ${areas.length - 1} địa bàn khác vượt số được phân bổ)`, en: ` (with ${areas.length - 1} other area(s) over their allocation)` } : { vi: "", en: "" };
        for (const { finding } of areas) {
          named.set(
            finding,
            {
              ...finding,
              message: localized(
                `${finding.message.vi} Vì vậy${others.vi} cả dòng cũng vượt trần${at.vi}: ${said.vi} Giải ngân về đúng số được phân bổ thì dòng trở lại trong trần.`,
                `${finding.message.en} So${others.en} the whole line is over its ceiling too${at.en}: ${said.en} Disbursing no more than the allocations puts the line back within it.`,
              ),
            },
          );
        }
        continue;
      }
      findings.push(
        progressFinding({
          rule: "overspend",
          severity: "error",
          at: achievement.anchor,
          indicator: line.code,
          expected: line.target,
          actual: achievement.achieved,
          message: said,
        }),
      );
    }
    for (const list of areasOver.values()) for (const { finding } of list) findings.push(named.get(finding) ?? finding);
    return findings;
  },
};
