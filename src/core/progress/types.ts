/** What the results sheets say, gathered before the progress rules look at it. */
import type { Finding } from "../model/finding";
import type { Period } from "./periods";
import type { PeriodSource } from "../model/progress";
import type { AllocationTable } from "../model/table";

/** A cell of a results sheet, 0-based. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** A typed figure and where it is. Values in base units (whole đồng, percentage points, counts). */
export interface TypedValue {
  readonly value: number;
  readonly at: CellRef;
}

/** One line's result in one period. */
export interface PeriodValue extends TypedValue {
  readonly period: Period;
  /** The period as the workbook wrote it (`6 tháng đầu năm 2024`, `Thực hiện 2023`). */
  readonly label: string;
  /** Where the figure comes from (one cell, or a line's leaf cells on a period sheet). */
  readonly source: PeriodSource;
}

/** Everything the results sheets report for one plan line. */
export interface LineResults {
  readonly code: string;
  /** Reported periods, in time order. */
  readonly periods: PeriodValue[];
  /** A typed `Lũy kế` cell (line-level table). */
  cumulative: TypedValue | null;
  /** A typed percent of plan (`Tỷ lệ (%)`, `% so với KH`), in percentage points. */
  rate: TypedValue | null;
  /** A `Kế hoạch …` cell copied onto the results sheet. */
  planCopy: TypedValue | null;
}

/** One leaf area's result on one line in one period (per-period sheets). */
export interface AreaPeriodValue extends TypedValue {
  readonly period: Period;
}

/** Results of one allocation leaf area. */
export interface AreaResults {
  /** Index into the allocation table's areas. */
  readonly area: number;
  /** Per plan code, the area's values by period (time order once gathered). */
  readonly lines: Map<string, AreaPeriodValue[]>;
}

export interface GatheredResults {
  /** Every reported period, unique, in time order. */
  readonly periods: readonly Period[];
  /** How the workbook first wrote each period id. */
  readonly labels: ReadonlyMap<string, string>;
  /** Where each period id was first named: its header cell, or (row -1) a period sheet's name. */
  readonly periodSources: ReadonlyMap<string, CellRef>;
  readonly lines: ReadonlyMap<string, LineResults>;
  readonly areas: readonly AreaResults[];
  /** Findings on the results sheets themselves (subtotal, text-number, …; lines and areas not in the plan). */
  readonly findings: readonly Finding[];
  /** The tables read from the per-period sheets. */
  readonly tables: readonly AllocationTable[];
  /** Names of the results sheets read. */
  readonly sheets: readonly string[];
}
