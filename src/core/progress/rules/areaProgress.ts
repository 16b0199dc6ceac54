/**
 * `area-progress`: a leaf area's achieved is below its allocation × elapsed
 * share (warning), or above its allocation (info; not given where
 * `overspend` already fires, that is for money lines).
 */
import type { Finding } from "../../model/finding";
import { localized } from "../../model/text";
import { standing } from "../../rules/compare";
import { achievementLabel, areaCell, forEachAreaAchievement } from "../areas";
import { expectedBy } from "../context";
import { areasMissingFromPeriods } from "../missingAreas";
import { hasReportingGap, laggingLines } from "./pace";
import type { ProgressContext } from "../context";
import { endIndex } from "../periods";
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
    // Months missing between periods: the pace rule says so once; no area is judged behind.
    const share = hasReportingGap(context) ? null : context.share;
    // Lines whose figures stop before the latest period: the pace rule says so once; their areas are not judged behind.
    const lagging = laggingLines(context);
    // Lines whose areas' figures (period sheets) stop before the latest period a line-level table reports: their areas lack that stretch.
    const short = areaFiguresStopShort(context);
    // Areas some period's sheets leave out: `coverage` says so once; they are not judged behind.
    const missing = areasMissingFromPeriods(context);
    // Entries with a period's cell unusable (text, an error value): `invalid-value` tells that cell; the area is not judged behind without its figure.
    const unusable = context.gathered.areas.unusable;
    const { lineCount, lineByCode } = context.allocation;
    const readable = (area: number, code: string) => unusable === undefined || unusable[area * lineCount + (lineByCode.get(code) ?? 0)] === 0;
    forEachAreaAchievement(context, (area) => {
      const line = area.planLine;
      const judged = !lagging.has(line.code) && !short.has(line.code) && !missing.has(area.area) && readable(area.area, line.code);
      const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
      if (line.kind === "percent") return;
      if (standing(area.achieved, area.allocated) === "above") {
        if (line.kind === "money") return; // overspend speaks
        findings.push(
          progressFinding({
            rule: "area-progress",
            severity: "info",
            at: areaCell(context, area),
            indicator: line.code,
            area: achievementLabel(context, area),
            expected: area.allocated,
            actual: area.achieved,
            message: localized(
              `${achievementLabel(context, area)} đã đạt ${f(area.achieved, "vi")} cho "${line.name}", vượt số được phân bổ ${f(area.allocated, "vi")}.`,
              `${achievementLabel(context, area)} achieved ${f(area.achieved, "en")} for "${line.name}", more than its allocation of ${f(area.allocated, "en")}.`,
            ),
          }),
        );
        return;
      }
      if (share === null || !judged) return;
      // Compared unrounded (this runs for every area and line); rounded for the finding only.
      if (standing(area.achieved, area.allocated * share) !== "below") return;
      const expected = expectedBy({ ...line, target: area.allocated }, share);
      findings.push(
        progressFinding({
          rule: "area-progress",
          severity: "warning",
          at: areaCell(context, area),
          indicator: line.code,
          area: achievementLabel(context, area),
          expected,
          actual: area.achieved,
          message: localized(
            `${achievementLabel(context, area)} chậm tiến độ "${line.name}": đã đạt ${f(area.achieved, "vi")} trên ${f(area.allocated, "vi")} được phân bổ, cần khoảng ${f(expected, "vi")} đến nay.`,
            `${achievementLabel(context, area)} is behind on "${line.name}": ${f(area.achieved, "en")} of the ${f(area.allocated, "en")} allocated, about ${f(expected, "en")} due by now.`,
          ),
        }),
      );
    }, (line) => line.kind !== "percent");
    return findings;
  },
};

/**
 * Codes of the lines whose figures per area — read from the period sheets —
 * stop before the latest reported period (a `Tiến độ` table running to
 * `6 tháng đầu năm 2024` beside area sheets for `2022` alone): the areas'
 * sums lack the months after, so no area is judged behind on them.
 */
function areaFiguresStopShort(context: ProgressContext): Set<string> {
  const short = new Set<string>();
  const presence = context.gathered.presence ?? [];
  const periods = context.gathered.periods;
  if (presence.length === 0 || periods.length === 0) return short;
  const latest = endIndex(periods[periods.length - 1]);
  for (const [code, line] of context.allocation.lineByCode) {
    let last = -1;
    for (const period of presence) if (period.lines[line] === 1) last = Math.max(last, endIndex(period.period));
    if (last >= 0 && last < latest) short.add(code);
  }
  return short;
}
