/**
 * The words of the pane's `Tiến độ` tab (CONTRACT §7), Vietnamese first,
 * English second. Line statuses come from the engine (`PROGRESS_STATUS_TEXT`)
 * so that the pane, the text report and the summary sheet say the same.
 */
import type { Lang } from "../core/model/text";
import { formatNumber } from "../core/text/format";
import { countOf } from "./plural";
import { TAB_WORDS } from "./tabs";

export interface ProgressStrings {
  readonly tab: string;
  readonly heading: string;
  readonly asOf: (asOf: string, elapsedPercent: string | null) => string;
  readonly noResults: string;
  readonly achieved: string;
  readonly target: string;
  readonly expectedByNow: string;
  readonly forecast: string;
  /** The bar's accessible name: every figure it draws. */
  readonly barLabel: (parts: {
    readonly name: string;
    readonly achieved: string;
    readonly target: string;
    readonly percent: string | null;
    readonly expected: string | null;
    readonly forecast: string | null;
    readonly status: string;
  }) => string;
  /** The header of a line's details, with the number of problems they hold (`Chi tiết (2 vấn đề)`). */
  readonly details: (problems: number) => string;
  readonly areasHeading: string;
  readonly lineFindingsHeading: string;
  readonly noAreasBehind: string;
  readonly noAreaData: string;
  readonly legendAchieved: string;
  readonly legendForecast: string;
  readonly legendPace: string;
}

const vi: ProgressStrings = {
  tab: TAB_WORDS.vi.progressTab,
  heading: TAB_WORDS.vi.progressHeading,
  asOf: (asOf, elapsed) =>
    elapsed === null ? `Số liệu đến ${asOf} (chưa rõ giai đoạn kế hoạch)` : `Số liệu đến ${asOf}, đã qua ${elapsed} thời gian kế hoạch`,
  noResults: "Bảng tính chưa có số liệu kết quả thực hiện hoặc giải ngân.",
  achieved: "Đã đạt",
  target: "Kế hoạch",
  expectedByNow: "Cần đạt đến nay",
  forecast: "Dự báo cuối kỳ",
  barLabel: (p) =>
    [
      `${p.name}: đã đạt ${p.achieved} trên kế hoạch ${p.target}${p.percent === null ? "" : ` (${p.percent})`}`,
      p.expected === null ? null : `cần đạt đến nay ${p.expected}`,
      p.forecast === null ? null : `dự báo cuối kỳ ${p.forecast}`,
      p.status,
    ]
      .filter((s) => s !== null)
      .join("; "),
  details: (n) => (n === 0 ? "Chi tiết (không có vấn đề)" : `Chi tiết (${formatNumber(n, "vi")} vấn đề)`),
  areasHeading: "Địa bàn chậm tiến độ hoặc vượt phân bổ",
  lineFindingsHeading: "Vấn đề của chỉ tiêu",
  noAreasBehind: "Không có địa bàn nào chậm tiến độ hay vượt phân bổ.",
  noAreaData: "Số liệu của chỉ tiêu này chỉ có ở cấp tổng, không có theo từng địa bàn.",
  legendAchieved: "Đã đạt",
  legendForecast: "Dự báo cuối kỳ",
  legendPace: "Vạch: cần đạt đến nay",
};

const en: ProgressStrings = {
  tab: TAB_WORDS.en.progressTab,
  heading: TAB_WORDS.en.progressHeading,
  asOf: (asOf, elapsed) =>
    elapsed === null ? `Results to ${asOf} (plan period unknown)` : `Results to ${asOf}, ${elapsed} of the plan's time elapsed`,
  noResults: "The workbook has no results or disbursement figures.",
  achieved: "Achieved",
  target: "Target",
  expectedByNow: "Expected by now",
  forecast: "Forecast",
  barLabel: (p) =>
    [
      `${p.name}: achieved ${p.achieved} of ${p.target}${p.percent === null ? "" : ` (${p.percent})`}`,
      p.expected === null ? null : `expected by now ${p.expected}`,
      p.forecast === null ? null : `forecast ${p.forecast}`,
      p.status,
    ]
      .filter((s) => s !== null)
      .join("; "),
  details: (n) => (n === 0 ? "Details (no problems)" : `Details (${countOf(n, "problem", "problems")})`),
  areasHeading: "Areas behind pace or over their allocation",
  lineFindingsHeading: "Problems of the line",
  noAreasBehind: "No area is behind pace or over its allocation.",
  noAreaData: "This line's figures are reported as totals only, not per area.",
  legendAchieved: "Achieved",
  legendForecast: "Forecast",
  legendPace: "Mark: expected by now",
};

export const PROGRESS_STRINGS: Readonly<Record<Lang, ProgressStrings>> = { vi, en };
