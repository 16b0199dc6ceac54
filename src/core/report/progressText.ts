/**
 * The progress table of the readable report (CONTRACT §7): per plan line with
 * results, the target, each period, the cumulative, % of target, expected by
 * now, forecast and status, in the plan's own unit. Empty without results.
 */
import type { IndicatorResult, Report } from "../model/report";
import type { Lang } from "../model/text";
import { parseUnit } from "../text/units";
import { PROGRESS_STATUS_TEXT, progressStatus } from "../progress/status";
import { carriedFigure } from "../progress/carried";
import { formatMonth, formatNumber, formatValue, type QuantityUnit } from "../text/format";
import { clipText } from "../text/clip";

const WORDS: Record<Lang, { title: (asOf: string, share: string | null) => string; columns: string[]; carried: string }> = {
  vi: {
    carried: "Lũy kế kỳ trước",
    title: (asOf, share) => `Tiến độ thực hiện (đến ${asOf}${share === null ? "" : `, đã qua ${share} thời gian kế hoạch`}):`,
    columns: ["Mã", "Chỉ tiêu", "Kế hoạch", "Lũy kế", "% KH", "Cần đạt đến nay", "Dự báo cuối kỳ", "Trạng thái"],
  },
  en: {
    carried: "Carried forward",
    title: (asOf, share) => `Progress (to ${asOf}${share === null ? "" : `, ${share} of the plan's time elapsed`}):`,
    columns: ["Code", "Line", "Target", "Cumulative", "% of plan", "Expected by now", "Forecast", "Status"],
  },
};

function unitOf(result: IndicatorResult): QuantityUnit {
  return { kind: result.kind, scale: result.kind === "money" ? parseUnit(result.unit).scale : 1, unit: result.unit };
}

/** A base-unit forecast to two decimals of its unit (whole base units for money: `scale` 1e6 for triệu đồng). */
function roundedForecast(value: number, scale: number): number {
  const hundredths = Math.round((value / scale) * 100);
  return scale % 100 === 0 ? hundredths * (scale / 100) : (hundredths / 100) * scale;
}

function width(text: string): number {
  return [...text.normalize("NFC")].length;
}

export function renderProgressTable(report: Report, lang: Lang): string[] {
  const progress = report.progress;
  if (progress === undefined) return [];
  const words = WORDS[lang];
  const share = progress.elapsedShare === undefined ? null : `${formatNumber(Number((progress.elapsedShare * 100).toFixed(1)), lang, 1)}%`;
  const periods = progress.periods;
  const labels = new Map<string, string>();
  for (const indicator of report.indicators) for (const p of indicator.progress?.periods ?? []) if (!labels.has(p.period)) labels.set(p.period, p.label);
  // A column for the figure carried from before the first period (`Lũy kế đến 31/12/2023`), only when some line carries one.
  const carried = new Map(report.indicators.map((indicator) => [indicator.code, carriedFigure(indicator)] as const).filter(([, value]) => value !== null));
  const carriedHeader = carried.size > 0 ? [words.carried] : [];
  const header = [words.columns[0], words.columns[1], words.columns[2], ...carriedHeader, ...periods.map((id) => clipText(labels.get(id) ?? id, 22)), ...words.columns.slice(3)];
  const rows = report.indicators
    .filter((indicator) => indicator.progress !== undefined)
    .map((indicator) => {
      const p = indicator.progress!;
      const unit = unitOf(indicator);
      const value = (v: number | undefined) => (v === undefined ? "—" : formatValue(v, unit, lang));
      const byPeriod = new Map(p.periods.map((entry) => [entry.period, entry.value]));
      const status = progressStatus(indicator);
      return [
        indicator.code,
        clipText(indicator.name, 36),
        formatValue(indicator.target, unit, lang),
        ...(carried.size > 0 ? [value(carried.get(indicator.code) ?? undefined)] : []),
        ...periods.map((id) => value(byPeriod.get(id))),
        formatValue(p.achieved, unit, lang),
        p.achievedPercent === undefined ? "—" : `${formatNumber(p.achievedPercent, lang, 2)}%`,
        value(p.expectedByNow),
        // A forecast is an estimate: two decimals at most in the line's unit (`1.066,67`, not `1.066,666667`).
        value(p.forecast === undefined ? undefined : roundedForecast(p.forecast, unit.scale)),
        status === null ? "" : PROGRESS_STATUS_TEXT[lang][status],
      ];
    });
  const numeric = header.map((_, c) => c >= 2 && c < header.length - 1);
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => width(row[c]))));
  const pad = (text: string, size: number, right: boolean) => {
    const fill = " ".repeat(Math.max(0, size - width(text)));
    return right ? fill + text : text + fill;
  };
  const line = (row: string[]) => row.map((cell, c) => pad(cell, widths[c], numeric[c])).join("  ").trimEnd();
  return [words.title(formatMonth(progress.asOf), share), line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), ""];
}

