/**
 * A line's standing on progress, as the text report, the summary sheet and
 * the pane show it: a count or money line is on track or behind pace (or,
 * for money, over its ceiling; a count line whose goal is a number to reach
 * or not pass, above its target); a percent line has no pace and either meets
 * its target or not yet; without the plan's period a count or money line
 * cannot be judged against time, and one whose typed `Lũy kế` and periods'
 * sum disagree on whether it is on pace is said to have figures that disagree.
 */
import type { IndicatorResult } from "../model/report";
import type { Lang } from "../model/text";
import { holds, standing } from "../rules/compare";

export type ProgressStatus = "on-track" | "behind" | "over" | "above-target" | "met" | "not-met" | "no-period" | "incomplete" | "figures-disagree";

export function progressStatus(indicator: IndicatorResult): ProgressStatus | null {
  const progress = indicator.progress;
  if (progress === undefined) return null;
  if (indicator.kind === "percent") return holds(progress.achieved, indicator.rule, indicator.target) ? "met" : "not-met";
  if (indicator.kind === "money" && standing(progress.achieved, indicator.target) === "above") return "over";
  // Past the target already (137,5 % of it): said as such, not merely on pace. Missing periods would only add to it.
  if (indicator.kind === "count" && (indicator.rule === "<=" || indicator.rule === ">=") && standing(progress.achieved, indicator.target) === "above") return "above-target";
  if (progress.incomplete === true) return "incomplete";
  if (progress.expectedByNow === undefined) return "no-period";
  if (progress.paceInDoubt === true) return "figures-disagree";
  return standing(progress.achieved, progress.expectedByNow) === "below" ? "behind" : "on-track";
}

export const PROGRESS_STATUS_TEXT: Record<Lang, Record<ProgressStatus, string>> = {
  vi: {
    "on-track": "Đúng tiến độ",
    behind: "Chậm tiến độ",
    over: "Vượt trần",
    "above-target": "Vượt kế hoạch",
    met: "Đạt",
    "not-met": "Chưa đạt",
    "no-period": "Chưa rõ giai đoạn",
    incomplete: "Thiếu số liệu kỳ",
    "figures-disagree": "Số liệu chưa khớp",
  },
  en: {
    "on-track": "On track",
    behind: "Behind pace",
    over: "Over the ceiling",
    "above-target": "Above target",
    met: "Met",
    "not-met": "Not met yet",
    "no-period": "Plan period unknown",
    incomplete: "Figures missing",
    "figures-disagree": "Figures disagree",
  },
};
