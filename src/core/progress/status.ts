/**
 * A line's standing on progress, as the text report, the summary sheet and
 * the pane show it: a count or money line is on track or behind pace (or,
 * for money, over its ceiling); a percent line has no pace and either meets
 * its target or not yet; without the plan's period a count or money line
 * cannot be judged against time.
 */
import type { IndicatorResult } from "../model/report";
import type { Lang } from "../model/text";
import { holds, standing } from "../rules/compare";

export type ProgressStatus = "on-track" | "behind" | "over" | "met" | "not-met" | "no-period" | "incomplete";

export function progressStatus(indicator: IndicatorResult): ProgressStatus | null {
  const progress = indicator.progress;
  if (progress === undefined) return null;
  if (indicator.kind === "percent") return holds(progress.achieved, indicator.rule, indicator.target) ? "met" : "not-met";
  if (indicator.kind === "money" && standing(progress.achieved, indicator.target) === "above") return "over";
  if (progress.incomplete === true) return "incomplete";
  if (progress.expectedByNow === undefined) return "no-period";
  return standing(progress.achieved, progress.expectedByNow) === "below" ? "behind" : "on-track";
}

export const PROGRESS_STATUS_TEXT: Record<Lang, Record<ProgressStatus, string>> = {
  vi: {
    "on-track": "Đúng tiến độ",
    behind: "Chậm tiến độ",
    over: "Vượt trần",
    met: "Đạt",
    "not-met": "Chưa đạt",
    "no-period": "Chưa rõ giai đoạn",
    incomplete: "Thiếu số liệu kỳ",
  },
  en: {
    "on-track": "On track",
    behind: "Behind pace",
    over: "Over the ceiling",
    met: "Met",
    "not-met": "Not met yet",
    "no-period": "Plan period unknown",
    incomplete: "Periods missing",
  },
};
