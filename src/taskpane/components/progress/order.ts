/**
 * Which lines the `Tiến độ` tab shows and in what order: every line with
 * results, those behind pace first (then over the ceiling, not yet met), the
 * rest in plan order; and which findings belong under a line.
 */
import type { Finding, RuleId } from "../../../core/model/finding";
import type { IndicatorResult } from "../../../core/model/report";
import { progressStatus, type ProgressStatus } from "../../../core/progress/status";

const STATUS_RANK: Record<ProgressStatus, number> = {
  behind: 0,
  over: 1,
  "not-met": 2,
  "no-period": 3,
  incomplete: 3,
  "figures-disagree": 3,
  "on-track": 4,
  "above-target": 4,
  met: 4,
};

export interface ProgressRow {
  readonly indicator: IndicatorResult;
  readonly status: ProgressStatus;
}

export function progressRows(indicators: readonly IndicatorResult[]): ProgressRow[] {
  const rows: Array<ProgressRow & { readonly index: number }> = [];
  indicators.forEach((indicator, index) => {
    const status = progressStatus(indicator);
    if (status !== null) rows.push({ indicator, status, index });
  });
  rows.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.index - b.index);
  return rows.map(({ indicator, status }) => ({ indicator, status }));
}

const AREA_RULES: ReadonlySet<RuleId> = new Set<RuleId>(["area-progress", "overspend"]);
const LINE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(["pace", "cumulative", "rate", "plan-copy", "overspend"]);

/** The findings of one line: per area (behind pace, over the allocation) and about the line itself. */
export function lineFindings(findings: readonly Finding[], code: string): { areas: Finding[]; line: Finding[] } {
  const areas: Finding[] = [];
  const line: Finding[] = [];
  for (const f of findings) {
    if (f.indicator !== code) continue;
    if (f.area !== null && AREA_RULES.has(f.rule)) areas.push(f);
    else if (f.area === null && LINE_RULES.has(f.rule)) line.push(f);
  }
  return { areas, line };
}

/** Whether the line's results were read per area (period sheets), so that an empty area list means none behind. */
export function hasAreaResults(indicator: IndicatorResult): boolean {
  return indicator.progress?.periods.some((p) => p.source?.kind === "leaves") ?? false;
}
