/**
 * The Report (CONTRACT §5) from a rule context and its findings: one
 * IndicatorResult per plan line in plan order, findings sorted by sheet, row,
 * column, and the counts per severity.
 */
import { a1 } from "../model/address";
import { compareFindings, type Finding, type Severity } from "../model/finding";
import type { PlanLine } from "../model/plan";
import type { IndicatorResult, LineStatus, Report } from "../model/report";
import { allocatedFor, cellPosition, type RuleContext } from "../rules/context";
import { isNumericState as isNumeric } from "../cells/readCell";
import { difference, lineVerdict } from "../rules/compare";

function lineStatus(planLine: PlanLine, allocated: number | null): LineStatus {
  return allocated === null ? "unmapped" : lineVerdict(allocated, planLine);
}

function indicatorResults(context: RuleContext): IndicatorResult[] {
  return context.plan.lines.map((planLine) => {
    const allocated = allocatedFor(context, planLine.code);
    const lineIndex = context.lineByCode.get(planLine.code) ?? null;
    let totalCell: string | null = null;
    let sheetTotal: number | null = null;
    if (lineIndex !== null && context.grandTotal !== null) {
      const { row, col } = cellPosition(context, context.grandTotal, lineIndex);
      totalCell = a1(row, col);
      // A line split by funding source shows its total as the sum of its sources' totals.
      let shown = 0;
      for (const line of context.sourceLines?.get(lineIndex) ?? [lineIndex]) {
        const at = context.grandTotal * context.lineCount + line;
        if (!isNumeric(context.state[at])) {
          shown = NaN;
          break;
        }
        shown += context.base[at];
      }
      if (!Number.isNaN(shown)) sheetTotal = shown;
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
      lineIndex,
      totalCell,
      sheetTotal,
    };
  });
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
