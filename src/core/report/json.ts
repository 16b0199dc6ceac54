/**
 * The JSON report of `allocheck check --json`, exactly as CONTRACT §5 writes
 * it: these keys in this order, internal fields (row, col, lineIndex,
 * totalCell) left out, messages in one language.
 */
import type { Finding, RuleId, Severity } from "../model/finding";
import type { Comparison, IndicatorKind } from "../model/plan";
import type { IndicatorResult, LineStatus, Report } from "../model/report";
import type { Reading } from "../model/reading";
import { differingSheetTotal } from "./sheetTotal";
import type { Orientation } from "../model/table";
import type { Lang } from "../model/text";
import type { PeriodResult, ProgressSummary } from "../model/progress";

export interface JsonIndicator {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly kind: IndicatorKind;
  readonly rule: Comparison;
  readonly target: number;
  readonly allocated: number | null;
  readonly difference: number | null;
  readonly status: LineStatus;
  /** CONTRACT §3: the figure the sheet's grand total shows, only when it differs from `allocated`. */
  readonly sheetTotal?: number;
  // CONTRACT §7, present only where the results report the line:
  readonly achieved?: number;
  readonly achievedPercent?: number;
  readonly expectedByNow?: number;
  readonly forecast?: number;
  readonly periods?: readonly PeriodResult[];
}

export interface JsonFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly indicator: string | null;
  readonly area: string | null;
  readonly expected: number | null;
  readonly actual: number | null;
  readonly message: string;
}

export interface JsonReport {
  readonly version: 1;
  readonly workbook: string;
  readonly allocationSheet: string;
  readonly orientation: Orientation;
  readonly planSource: string;
  readonly indicators: readonly JsonIndicator[];
  readonly findings: readonly JsonFinding[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  /** CONTRACT §5: how the sheet was read; the confidence's reasons in the report's language. */
  readonly reading?: JsonReading;
  /** CONTRACT §7: absent without results sheets. */
  readonly progress?: ProgressSummary;
}

export type JsonReading = Omit<Reading, "confidence"> & {
  readonly confidence: { readonly level: "high" | "low"; readonly reasons: readonly string[] };
};

function jsonReading(reading: Reading, lang: Lang): JsonReading {
  return { ...reading, confidence: { level: reading.confidence.level, reasons: reading.confidence.reasons.map((reason) => reason[lang]) } };
}

/**
 * A money figure in whole đồng (CONTRACT §5): cells split by formulas hold
 * fractions of a đồng (`=1000/6` triệu đồng), which the engine keeps so that
 * its sums are Excel's; the report gives them to the đồng.
 */
function figure(kind: IndicatorKind | undefined, value: number): number;
function figure(kind: IndicatorKind | undefined, value: number | null): number | null;
function figure(kind: IndicatorKind | undefined, value: number | null): number | null {
  return kind === "money" && value !== null && !Number.isInteger(value) ? Math.round(value) : value;
}

function jsonIndicator(result: IndicatorResult): JsonIndicator {
  const sheetTotal = differingSheetTotal(result);
  return {
    code: result.code,
    name: result.name,
    unit: result.unit,
    kind: result.kind,
    rule: result.rule,
    target: figure(result.kind, result.target),
    allocated: figure(result.kind, result.allocated),
    difference: figure(result.kind, result.difference),
    status: result.status,
    ...(sheetTotal !== undefined ? { sheetTotal: figure(result.kind, sheetTotal) } : {}),
    ...(result.progress !== undefined
      ? {
          achieved: result.progress.achieved,
          ...(result.progress.achievedPercent !== undefined ? { achievedPercent: result.progress.achievedPercent } : {}),
          ...(result.progress.expectedByNow !== undefined ? { expectedByNow: result.progress.expectedByNow } : {}),
          ...(result.progress.forecast !== undefined ? { forecast: result.progress.forecast } : {}),
          periods: result.progress.periods.map((p) => ({ period: p.period, label: p.label, value: p.value })),
        }
      : {}),
  };
}

/** Rules whose `expected` / `actual` are figures of the line itself (CONTRACT §5), in đồng on a money line. */
const LINE_FIGURES: ReadonlySet<RuleId> = new Set<RuleId>(["ceiling", "subtotal", "quota", "budget-split"]);

function jsonFinding(finding: Finding, lang: Lang, kinds: ReadonlyMap<string, IndicatorKind>): JsonFinding {
  const kind = finding.indicator === null || !LINE_FIGURES.has(finding.rule) ? undefined : kinds.get(finding.indicator);
  return {
    rule: finding.rule,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    indicator: finding.indicator,
    area: finding.area,
    expected: figure(kind, finding.expected),
    actual: figure(kind, finding.actual),
    message: finding.message[lang],
  };
}

function jsonProgress(progress: ProgressSummary): ProgressSummary {
  return {
    periods: progress.periods,
    asOf: progress.asOf,
    ...(progress.planStart !== undefined ? { planStart: progress.planStart } : {}),
    ...(progress.planEnd !== undefined ? { planEnd: progress.planEnd } : {}),
    ...(progress.elapsedShare !== undefined ? { elapsedShare: progress.elapsedShare } : {}),
  };
}

export function toJsonReport(report: Report, lang: Lang = "vi"): JsonReport {
  const kinds = new Map(report.indicators.map((result) => [result.code, result.kind]));
  return {
    version: report.version,
    workbook: report.workbook,
    allocationSheet: report.allocationSheet,
    orientation: report.orientation,
    planSource: report.planSource,
    indicators: report.indicators.map(jsonIndicator),
    findings: report.findings.map((finding) => jsonFinding(finding, lang, kinds)),
    counts: { error: report.counts.error, warning: report.counts.warning, info: report.counts.info },
    ...(report.reading !== undefined ? { reading: jsonReading(report.reading, lang) } : {}),
    ...(report.progress !== undefined ? { progress: jsonProgress(report.progress) } : {}),
  };
}
