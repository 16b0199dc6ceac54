/**
 * Progress over the plan's periods (CONTRACT §7): finds the results sheets,
 * reads them (per-period sheets with the allocation layout detection, the
 * line-level table), finds the plan's period, runs the progress rules, and
 * gives per line what was achieved and at the top level what was reported.
 * Null when the workbook has no results sheets: the report then carries no
 * progress keys at all.
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import type { IndicatorProgress, ProgressSummary } from "../model/progress";
import type { SheetData, WorkbookData } from "../model/workbook";
import type { RuleContext } from "../rules";
import { buildProgressContext, expectedBy, points, type ProgressContext } from "./context";
import { gatherResults } from "./gather";
import { asOfMonth } from "./periods";
import { findPlanPeriod } from "./planPeriod";
import { readByContentFinding, resultsByContent } from "./contentJudge";
import { findResultsSheets } from "./resultsSheets";
import { crossedCauses } from "./crossedCause";
import { linesShortByMissing } from "./missingAreas";
import { PROGRESS_RULES } from "./rules";
import { hasReportingGap, laggingLines } from "./rules/pace";

export interface ProgressOptions {
  /** `--period 2022-2025`: the plan's period when its sheet does not say it. */
  readonly period?: string;
}

export interface ProgressResult {
  readonly summary: ProgressSummary;
  /** Per plan code with results. */
  readonly indicators: ReadonlyMap<string, IndicatorProgress>;
  readonly findings: readonly Finding[];
  /** The rules' context, for the summary sheet and the pane (cells, areas). */
  readonly context: ProgressContext;
}

export function checkProgress(
  workbook: WorkbookData,
  plan: Plan,
  planSheet: SheetData | null,
  allocation: RuleContext,
  options: ProgressOptions = {},
): ProgressResult | null {
  const exclude = new Set([allocation.table.sheet, ...(plan.sheet !== undefined ? [plan.sheet] : [])]);
  const sheets = findResultsSheets(workbook, exclude, resultsByContent(plan, allocation));
  if (sheets.periodSheets.length === 0 && sheets.lineTables.length === 0) return null;
  const planPeriod = findPlanPeriod(plan, planSheet, options.period);
  const gathered = gatherResults(sheets, plan, allocation, planPeriod);
  const context = buildProgressContext(plan, planPeriod, gathered, allocation);

  const byContent = readByContentFinding(sheets);
  const ruled: Finding[] = [...gathered.findings, ...(byContent !== null ? [byContent] : [])];
  for (const rule of PROGRESS_RULES) ruled.push(...withoutCopiedPace(gathered.copied, rule.evaluate(context)));
  const { findings, paceInDoubt } = crossedCauses(context, ruled);

  const indicators = new Map<string, IndicatorProgress>();
  const gap = hasReportingGap(context);
  const lagging = laggingLines(context);
  const short = new Set(linesShortByMissing(context));
  for (const [code, achievement] of context.achievements) {
    const line = achievement.planLine;
    const share = context.share;
    const incomplete = line.kind !== "percent" && share !== null && (gap || lagging.has(code) || short.has(code) || achievement.unusable === true);
    const paced = line.kind !== "percent" && share !== null && !incomplete;
    indicators.set(code, {
      achieved: achievement.achieved,
      ...(line.target !== 0 ? { achievedPercent: points((achievement.achieved / line.target) * 100) } : {}),
      ...(paced ? { expectedByNow: expectedBy(line, share) } : {}),
      ...(paced && share > 0 ? { forecast: expectedBy({ ...line, target: achievement.achieved }, 1 / share) } : {}),
      periods: achievement.periods,
      ...(incomplete ? { incomplete: true as const } : {}),
      ...(paced && paceInDoubt.has(code) ? { paceInDoubt: true as const } : {}),
    });
  }

  const summary: ProgressSummary = {
    periods: gathered.periods.map((period) => period.id),
    asOf: asOfMonth(gathered.periods) ?? "",
    ...(planPeriod !== null
      ? { planStart: String(planPeriod.start), planEnd: String(planPeriod.end), elapsedShare: Number((context.share ?? 0).toFixed(4)) }
      : {}),
    tables: gathered.tables,
  };
  return { summary, indicators, findings, context };
}

/**
 * One cause, one finding (CONTRACT §3): where a period sheet holds an earlier
 * period's figures to the last cell (told once, at the sheet), the periods'
 * sum is not what was achieved, and judging it against time tells nothing
 * more: the lines' `pace` and the areas' `area-progress` findings are let go
 * (the plan's period and the reported periods are still told).
 */
function withoutCopiedPace(copied: readonly string[] | undefined, findings: readonly Finding[]): readonly Finding[] {
  if (copied === undefined || copied.length === 0) return findings;
  return findings.filter((finding) => finding.rule !== "area-progress" && !(finding.rule === "pace" && finding.indicator !== null));
}
