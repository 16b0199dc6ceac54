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
  /**
   * A `Lũy kế` not checked against the periods: it runs past the last period
   * column (`Lũy kế đến 30/6/2024`), or it adds a column whose period could not
   * be read (each with a warning of its own).
   */
  readonly unchecked?: true;
  /** A rate in a column of fractions, read ×100 (`0,625` as 62,5): the figure as typed. */
  readonly written?: number;
}

/** One line's result in one period. */
export interface PeriodValue extends TypedValue {
  readonly period: Period;
  /** The period as the workbook wrote it (`6 tháng đầu năm 2024`, `Thực hiện 2023`). */
  readonly label: string;
  /** Where the figure comes from (one cell, or a line's leaf cells on a period sheet); none for a figure that adds up several sheets. */
  readonly source?: PeriodSource;
}

/** A typed cumulative figure with, where the sheet gives one beside it (`Lũy kế đến hết năm 2023` over `Số lượng` | `Tỷ lệ (%)`), its typed percent of plan. */
export interface RatedValue extends TypedValue {
  readonly rate?: TypedValue;
}

/** A `Lũy kế đến 31/12/2023` between the periods: the cumulative figure to the month `end` (year × 12 + month). */
export interface InterimCumulative extends RatedValue {
  readonly end: number;
}

/** A year's target copied onto a results sheet (`KH năm 2024`), in base units. */

export interface YearCopy extends TypedValue {
  readonly year: number;
}

/** Everything the results sheets report for one plan line. */
export interface LineResults {
  readonly code: string;
  /** Reported periods, in time order. */
  readonly periods: PeriodValue[];
  /** A typed `Lũy kế` cell (line-level table). */
  cumulative: TypedValue | null;
  /** A cumulative figure carried from before the first period (`Lũy kế đến 31/12/2023`): added to the periods for count and money lines. */
  opening: RatedValue | null;
  /** `Lũy kế` columns dated between the periods, each checked against the periods up to its date. */
  interims: readonly InterimCumulative[];
  /** A typed percent of plan (`Tỷ lệ (%)`, `% so với KH`), in percentage points. */
  rate: TypedValue | null;
  /** A `Kế hoạch …` cell copied onto the results sheet. */
  planCopy: TypedValue | null;
  /** `KH năm 2024` cells: one year's target copied (`plan-copy` compares it with the plan's figure for that year). */
  readonly yearCopies: YearCopy[];
  /** `Lũy kế năm 2024` cells: the sum of that year's periods alone (a `Lũy kế` that restarts each year). */
  yearCumulatives?: readonly YearCopy[];
}

/**
 * What each allocation leaf area achieved per allocation line, summed over the
 * per-period sheets, in flat arrays (100 000 areas × 30 lines × 4 periods stay
 * a few typed arrays, not millions of objects). Index: area × lineCount + line
 * of the allocation table.
 */
export interface AreaMatrix {
  readonly lineCount: number;
  /** Sum over the periods, base units. */
  readonly achieved: Float64Array;
  /** 1 where some period sheet reports the area on the line. */
  readonly seen: Uint8Array;
  /** The latest period sheet that reports it (index into `sheets`), and its area and line there. */
  readonly latestSheet: Int16Array;
  readonly latestArea: Int32Array;
  readonly latestLine: Int32Array;
  /** `latestArea[at]` and `latestLine[at]`, read without making those arrays (see `areaMatrix.ts`). */
  latestCell(at: number): { readonly area: number; readonly line: number };
  /** Per period sheet (time order): its name and its table, to find a cell. */
  readonly sheets: readonly { readonly sheet: string; readonly table: import("../model/table").AllocationTable }[];
  /** Per entry: the first area of a figure merged over several areas' cells (that area itself too), -1 elsewhere; absent without such a merge. */
  readonly joint?: Int32Array;
  /** Per entry: 1 where some period sheet's cell for it is unusable (text, an error value), so a figure is missing; absent without such a cell. */
  readonly unusable?: Uint8Array;
}

/** Which allocation leaves the period sheets of one period name, and which allocation lines they report. */
export interface PeriodPresence {
  readonly period: Period;
  /** The period's sheets, in workbook order. */
  readonly sheets: readonly string[];
  /** Per allocation area: 1 where one of the sheets has its row (column). */
  readonly areas: Uint8Array;
  /** Per allocation line: 1 where one of the sheets reports it. */
  readonly lines: Uint8Array;
}

export interface GatheredResults {
  /** Every reported period, unique, in time order. */
  readonly periods: readonly Period[];
  /** How the workbook first wrote each period id. */
  readonly labels: ReadonlyMap<string, string>;
  /** Where each period id was first named: its header cell, or (row -1) a period sheet's name. */
  readonly periodSources: ReadonlyMap<string, CellRef>;
  readonly lines: ReadonlyMap<string, LineResults>;
  readonly areas: AreaMatrix;
  /** Findings on the results sheets themselves (subtotal, text-number, …; lines and areas not in the plan). */
  readonly findings: readonly Finding[];
  /** The tables read from the per-period sheets. */
  readonly tables: readonly AllocationTable[];
  /** Names of the results sheets read. */
  readonly sheets: readonly string[];
  /** Per period reported on period sheets (time order): the areas and lines its sheets have. */
  readonly presence?: readonly PeriodPresence[];
  /** Sheets named for a period but not read as results (`TH 2023`, `Năm 2023`). */
  readonly unread?: readonly import("./resultsSheets").UnreadPeriodSheet[];
  /** Period sheets holding an earlier period's figures to the last cell (each told once, see `copiedSheets`). */
  readonly copied?: readonly string[];
  /** Codes of count and money lines whose periods leave out a cell that cannot be used (`#REF!`, text, a negative): each cell's `invalid-value` tells it. */
  readonly unusable?: ReadonlySet<string>;
  /** Period sheets with figures whose table could not be read (each told by its own warning): the months they name are missing, not told again as a gap. */
  readonly unreadable?: readonly { readonly sheet: string; readonly period: Period }[];
}
