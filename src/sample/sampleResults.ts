/**
 * The sample's results over its first periods (CONTRACT §7), as pure data:
 * the count lines' results by period on a line-level `Tiến độ` sheet, and
 * what each commune disbursed for each budget line in 2022, 2023 and the
 * first half of 2024. Planted mistakes are listed in `plantedMistakes.ts`.
 *
 * Each commune disburses 25 % of its allocation in 2022, 30 % in 2023 and
 * 15 % in the first half of 2024 — 70 %, ahead of the 62,5 % of the plan's
 * time (30 of its 48 months) — except where a mistake is planted.
 */
import type { SampleLeafValue } from "./kh257Data";

export const RESULT_PERIODS = [
  { id: "2022", sheetLabel: "2022", header: "Năm 2022", share: 0.25 },
  { id: "2023", sheetLabel: "2023", header: "Năm 2023", share: 0.3 },
  { id: "2024-H1", sheetLabel: "6 tháng đầu năm 2024", header: "6 tháng đầu năm 2024", share: 0.15 },
] as const;

/** Name of the disbursement sheet of a period: `Giải ngân 2022`, `Giải ngân 6 tháng đầu năm 2024`. */
export function disbursementSheetName(period: (typeof RESULT_PERIODS)[number]): string {
  return `Giải ngân ${period.sheetLabel}`;
}

export const PROGRESS_SHEET = "Tiến độ";

/** The count lines' results per period (2022, 2023, 2024-H1), and what the sheet types where it is not a formula. */
export interface SampleLineProgress {
  readonly code: string;
  readonly values: readonly [number, number, number];
  /** A typed `Lũy kế` in place of the SUM formula (a planted mistake). */
  readonly typedCumulative?: number;
  /** A typed percent of plan in place of the formula (a planted mistake), in percentage points. */
  readonly typedRate?: number;
}

export const SAMPLE_LINE_PROGRESS: readonly SampleLineProgress[] = [
  { code: "1", values: [2, 5, 3] },
  { code: "2", values: [30, 60, 25] },
  { code: "3", values: [2, 5, 2] },
  // Behind pace: 5 of 14 when 8,75 are due.
  { code: "4", values: [1, 3, 1] },
  // The Lũy kế was typed over its formula and left behind: 44 while the periods add up to 42.
  { code: "5", values: [10, 20, 12], typedCumulative: 44, typedRate: 70.97 },
  // The percent was computed against the wrong base (20 / 25 instead of 20 / 30).
  { code: "6", values: [5, 10, 5], typedRate: 80 },
  { code: "7", values: [2, 5, 3] },
];

/**
 * Money a commune disbursed in a period for a budget line, in triệu đồng, or
 * null for no disbursement. Xã Trần Phú disbursed 105 triệu đồng for KP.2,
 * over its allocation of 90 (a planted mistake).
 */
export function sampleDisbursement(commune: string, code: string, allocated: SampleLeafValue, periodIndex: number): number | null {
  if (commune === "Xã Trần Phú" && code === "KP.2") return [30, 50, 25][periodIndex];
  if (typeof allocated !== "number" || allocated === 0) return null;
  return Math.round(allocated * RESULT_PERIODS[periodIndex].share * 1000) / 1000;
}
