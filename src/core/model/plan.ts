/** The plan (Kế hoạch): indicators and budget lines with their targets, and areas. */
import type { LocalizedText } from "./text";

export type IndicatorKind = "count" | "percent" | "money";
export type Comparison = "<=" | "=" | ">=";

/** Where something was read: a sheet cell, a file, or a line of a text. */
export interface SourceRef {
  readonly sheet?: string;
  /** A1 address without the sheet. */
  readonly cell?: string;
  /** Free text such as `line 31` or `plan.json`. */
  readonly note?: string;
}

export interface PlanLine {
  /** Hierarchical code: `KP.3` and `4.1` are children of `KP` and `4`. */
  readonly code: string;
  readonly name: string;
  /** The unit as written (`tổ`, `triệu đồng`, `%`). */
  readonly unit: string;
  readonly kind: IndicatorKind;
  /**
   * Target in base units: whole đồng for money, percentage points for percent
   * (15 means 15 %), plain count otherwise.
   */
  readonly target: number;
  readonly rule: Comparison;
  /** Per-leaf-area value every leaf area must meet, in base units. */
  readonly quota?: number;
  /**
   * The plan gives the target per area (`01 tổ/xã` in its target cell): the
   * figure is `quota`, and `target` is quota × the plan's communes (or
   * districts), else × the allocation table's leaf areas (groups).
   */
  readonly perArea?: "commune" | "district";
  /**
   * The per-area reading came from the unit cell alone (`tổ/xã` beside 5), not
   * from the target (`01 tổ/xã`): what the plan's reading says of it, one of
   * the plan's `doubts`. The sheet checked may show the figure was the whole.
   */
  readonly perAreaByUnit?: LocalizedText;
  /**
   * Read as the whole although its unit cell says per area, its figure a
   * multiple of the areas (`12` under `tổ/xã`, six communes): the per-area
   * reading set aside (the figure for each, its whole, its note), taken back
   * when the sheet checked adds up to that whole. `note` is the per-area
   * reading's note, `said` the one of the plan's `doubts` that says the whole.
   */
  readonly perAreaSetAside?: { readonly perArea: "commune" | "district"; readonly quota: number; readonly target: number; readonly note: LocalizedText; readonly said: LocalizedText };
  /** For money: đồng per unit the plan writes in (1e6 for `triệu đồng`); 1 otherwise. */
  readonly scale: number;
  /** Code of the parent line, if the plan has one. */
  readonly parentCode?: string;
  readonly source?: SourceRef;
  /**
   * The target split over the plan's years (`Năm 2024` columns), in base
   * units, by year; absent when the plan gives none. An allocation made for
   * one year is checked against that year's figure.
   */
  readonly yearTargets?: Readonly<Record<string, number>>;
  /** The year whose figure `target` holds, when the plan is taken for one year; absent when it is the period's. */
  readonly targetYear?: number;
}

export interface PlanArea {
  readonly district: string;
  readonly commune?: string;
  readonly source?: SourceRef;
}

export interface Plan {
  readonly title?: string;
  /** Document number such as `257/KH-UBND`. */
  readonly number?: string;
  /** ISO date `2022-10-03`. */
  readonly date?: string;
  readonly lines: readonly PlanLine[];
  readonly areas: readonly PlanArea[];
  /** `sheet:Kế hoạch` or `file:plan.json`, as the JSON report's `planSource`. */
  readonly source: string;
  /** Name of the plan sheet when the plan was read from the workbook. */
  readonly sheet?: string;
  /** The plan sheet's column of each year's targets (`{ "2024": "G" }`), when it splits them by year. */
  readonly yearColumns?: Readonly<Record<string, string>>;
  /**
   * What the plan sheet left to a choice, said with the reading's confidence
   * (CONTRACT §5 `reading`): a line's unit against the table's unit note or
   * target header, the adjusted target column taken. Absent when none.
   */
  readonly doubts?: readonly LocalizedText[];
}
