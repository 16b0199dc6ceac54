/** The result of a check, before it is rendered as text, JSON or a summary sheet. */
import type { Finding, Severity } from "./finding";
import type { Comparison, IndicatorKind } from "./plan";
import type { Reading } from "./reading";
import type { Orientation } from "./table";
import type { IndicatorProgress, ProgressSummary } from "./progress";

export type LineStatus = "ok" | "under" | "over" | "unmapped";

export interface IndicatorResult {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly kind: IndicatorKind;
  readonly rule: Comparison;
  /** Base units per unit the plan writes the line in (1e9 for tỷ đồng, also when the unit is only in the name; 1 otherwise). */
  readonly scale: number;
  /**
   * Base units per unit of the sheet's cells of this line, as the check read
   * them (a money column in triệu đồng: 1e6; a column without a unit of its
   * own is read in the plan's unit); null when the line has no column or row.
   */
  readonly cellScale: number | null;
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
  /**
   * The figure the sheet itself shows in that cell, in base units; null without
   * a total cell or a number in it. CONTRACT §3's `sheetTotal` is this figure
   * where it differs from `allocated` (see `differingSheetTotal`).
   */
  readonly sheetTotal: number | null;
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
  /** How the allocation sheet was read (CONTRACT §5 `reading`); set by `checkWorkbook`. */
  readonly reading?: Reading;
  /** CONTRACT §7: the periods reported; absent when the workbook has no results sheets. */
  readonly progress?: ProgressSummary;
}
