/**
 * The Report (CONTRACT §5) from a rule context and its findings: one
 * IndicatorResult per plan line in plan order, findings sorted by sheet, row,
 * column, and the counts per severity.
 */
import { a1 } from "../model/address";
import { compareFindings, type Finding, type Severity } from "../model/finding";
import type { PlanLine } from "../model/plan";
import type { IndicatorResult, LineStatus, Report } from "../model/report";
import { allocatedFor, cellPosition, isNumeric, type RuleContext } from "../rules/context";
import { difference, standing, verdict } from "../rules/compare";

export function lineStatus(planLine: PlanLine, allocated: number | null): LineStatus {
  return allocated === null ? "unmapped" : verdict(allocated, planLine.rule, planLine.target);
}

export function indicatorResults(context: RuleContext): IndicatorResult[] {
  return context.plan.lines.map((planLine) => {
    const allocated = allocatedFor(context, planLine.code);
    const lineIndex = context.lineByCode.get(planLine.code) ?? null;
    let totalCell: string | null = null;
    let sheetTotal: number | undefined;
    if (lineIndex !== null && context.grandTotal !== null) {
      const { row, col } = cellPosition(context, context.grandTotal, lineIndex);
      totalCell = a1(row, col);
      sheetTotal = shownTotal(context, context.grandTotal, lineIndex, planLine, allocated);
    }
    return {
      code: planLine.code,
      name: planLine.name,
      unit: planLine.unit,
      kind: planLine.kind,
      rule: planLine.rule,
      scale: planLine.kind === "money" ? planLine.scale : 1,
      cellScale: lineIndex === null ? null : context.scales[lineIndex],
      target: planLine.target,
      allocated,
      difference: allocated === null ? null : difference(allocated, planLine.target),
      status: lineStatus(planLine, allocated),
      ...(sheetTotal !== undefined ? { sheetTotal } : {}),
      lineIndex,
      totalCell,
    };
  });
}

/** The grand total's own figure for a line when it differs from what allocheck counts (CONTRACT §3 `sheetTotal`). */
function shownTotal(context: RuleContext, area: number, line: number, planLine: PlanLine, allocated: number | null): number | undefined {
  if (planLine.kind === "percent" || allocated === null) return undefined;
  const at = area * context.lineCount + line;
  if (!isNumeric(context.state[at])) return undefined;
  const shown = context.base[at];
  return standing(shown, allocated) === "equal" ? undefined : shown;
}

export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export function buildReport(context: RuleContext, findings: readonly Finding[], workbookName: string): Report {
  const sorted = [...findings].sort(compareFindings);
  return {
    version: 1,
    workbook: workbookName,
    allocationSheet: context.table.sheet,
    orientation: context.table.orientation,
    planSource: context.plan.source,
    indicators: indicatorResults(context),
    findings: sorted,
    counts: countFindings(sorted),
  };
}
