import type { LocalizedText } from "./text";
import { severityRank } from "./severity";

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "ceiling"
  | "percent"
  | "quota"
  | "subtotal"
  | "budget-split"
  | "invalid-value"
  | "text-number"
  | "no-value"
  | "duplicate"
  | "coverage"
  | "unmapped"
  // Rows or columns of the table that are hidden (by hand or by a filter): counted, and said so.
  | "hidden"
  // A second table below the allocation table on the same sheet: not read, and said so.
  | "second-table"
  // CONTRACT §7: progress over the plan's periods.
  | "cumulative"
  | "rate"
  | "plan-copy"
  | "pace"
  | "overspend"
  | "area-progress";

/**
 * One problem, at the cell a user must look at. Values are in base units
 * (whole đồng for money, percentage points for percent).
 */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string | null;
  /** A1 address without the sheet, or null. */
  readonly cell: string | null;
  /** 0-based position of `cell`, for sorting and highlighting; null when no cell. */
  readonly row: number | null;
  readonly col: number | null;
  /** Plan code of the indicator, or null. */
  readonly indicator: string | null;
  /** Area name as written in the sheet, or null. */
  readonly area: string | null;
  readonly expected: number | null;
  readonly actual: number | null;
  readonly message: LocalizedText;
}

/** CONTRACT §5: findings sorted by sheet, then row, then column (no-cell findings last in their sheet). */
export function compareFindings(a: Finding, b: Finding): number {
  const sheetA = a.sheet ?? "\uffff";
  const sheetB = b.sheet ?? "\uffff";
  if (sheetA !== sheetB) return sheetA < sheetB ? -1 : 1;
  const rowA = a.row ?? Number.MAX_SAFE_INTEGER;
  const rowB = b.row ?? Number.MAX_SAFE_INTEGER;
  if (rowA !== rowB) return rowA - rowB;
  const colA = a.col ?? Number.MAX_SAFE_INTEGER;
  const colB = b.col ?? Number.MAX_SAFE_INTEGER;
  if (colA !== colB) return colA - colB;
  return severityRank(a.severity) - severityRank(b.severity);
}
