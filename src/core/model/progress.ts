/** Progress over the plan's periods (CONTRACT §7), as the report carries it. */
import type { AllocationTable } from "./table";

/** One period's figure of a line, in the line's base units. */
export interface PeriodResult {
  /** Normalised id: `2023`, `2024-H1`, `2024-Q3`, `2024-9M`. */
  readonly period: string;
  /** As the workbook wrote it: `6 tháng đầu năm 2024`, or the period sheet's name. */
  readonly label: string;
  readonly value: number;
  /** Internal (not in the JSON): where the figure comes from, for the summary sheet's live formulas. */
  readonly source?: PeriodSource;
}

/**
 * A period figure's origin: one cell (a line-level table's cell, a period
 * sheet's total), or the leaf cells of line `line` of the results table read
 * from `sheet` (summed, or the lowest for a percent line) — for a line split
 * by funding source with no total column, the leaf cells of every source's
 * table line (`lines`, `line` among them), summed.
 */
export type PeriodSource =
  | { readonly kind: "cell"; readonly sheet: string; readonly row: number; readonly col: number }
  | { readonly kind: "leaves"; readonly sheet: string; readonly line: number; readonly mode: "sum" | "min"; readonly lines?: readonly number[] };

/** The report's top-level `progress`. */
export interface ProgressSummary {
  /** Period ids in time order. */
  readonly periods: readonly string[];
  /** `2024-06`: the month the latest period ends. */
  readonly asOf: string;
  /** The plan's first and last year, absent without a plan period. */
  readonly planStart?: string;
  readonly planEnd?: string;
  /** Months elapsed over the plan's months (0…1), absent without a plan period. */
  readonly elapsedShare?: number;
  /** Internal (not in the JSON): the tables read from the per-period results sheets. */
  readonly tables?: readonly AllocationTable[];
}

/** What a line gains from the results (absent keys where they do not apply). */
export interface IndicatorProgress {
  /** Sum of the periods (percent: the latest period), same units as `target`. */
  readonly achieved: number;
  /** achieved ÷ target × 100, absent for a zero target. */
  readonly achievedPercent?: number;
  /** target × elapsed share; absent for percent lines and without a plan period. */
  readonly expectedByNow?: number;
  /** achieved ÷ elapsed share; absent for percent lines and without a plan period. */
  readonly forecast?: number;
  readonly periods: readonly PeriodResult[];
  /**
   * Internal (not in the JSON): the line's figures leave out months of the
   * reported periods (a gap between periods, or its sheets stop early), so it
   * is not judged on pace; `expectedByNow` and `forecast` are then absent.
   */
  readonly incomplete?: true;
  /**
   * Internal (not in the JSON): the line's typed `Lũy kế` and its periods'
   * sum disagree, one on pace and the other not, and its `pace` finding was
   * folded into the one that tells the disagreement: its standing on pace
   * hangs on which figure is right.
   */
  readonly paceInDoubt?: true;
}
