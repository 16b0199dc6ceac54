/** The result of a check, before it is rendered as text, JSON or a summary sheet. */
import type { Finding, Severity } from "./finding";
import type { Comparison, IndicatorKind } from "./plan";
import type { Orientation } from "./table";
import type { IndicatorProgress, ProgressSummary } from "./progress";

export type LineStatus = "ok" | "under" | "over" | "unmapped";

export interface IndicatorResult {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly kind: IndicatorKind;
  readonly rule: Comparison;
  /** Base units (whole đồng, percentage points, count). */
  readonly target: number;
  /** Sum of leaf cells (lowest leaf value for percent); null when unmapped. */
  readonly allocated: number | null;
  readonly difference: number | null;
  readonly status: LineStatus;
  /** Index into `AllocationTable.lines` of the matched line, or null. */
  readonly lineIndex: number | null;
  /** Cell of the table's grand total for this line (A1), or null if the table has none. */
  readonly totalCell: string | null;
  /** CONTRACT §7: what the results sheets report for this line; absent without results for it. */
  readonly progress?: IndicatorProgress;
}

export interface Report {
  readonly version: 1;
  readonly workbook: string;
  readonly allocationSheet: string;
  readonly orientation: Orientation;
  readonly planSource: string;
  readonly indicators: readonly IndicatorResult[];
  /** Sorted with `compareFindings`. */
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** CONTRACT §7: the periods reported; absent when the workbook has no results sheets. */
  readonly progress?: ProgressSummary;
}
