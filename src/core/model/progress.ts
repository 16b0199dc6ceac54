/** Progress over the plan's periods (CONTRACT §7), as the report carries it. */

/** One period's figure of a line, in the line's base units. */
export interface PeriodResult {
  /** Normalised id: `2023`, `2024-H1`, `2024-Q3`, `2024-9M`. */
  readonly period: string;
  /** As the workbook wrote it: `6 tháng đầu năm 2024`, or the period sheet's name. */
  readonly label: string;
  readonly value: number;
}

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
}
