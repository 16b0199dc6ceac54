/**
 * `pace`: a count or money line's achieved is below target × elapsed share
 * (warning). Also the plan's period itself: without one, a single info
 * finding says so (and no line is judged on pace); a reported period outside
 * the plan's years is a warning at the period's header (its figures still count).
 */
import type { Finding } from "../../model/finding";
import { localized, type LocalizedText } from "../../model/text";
import { formatNumber } from "../../text/format";
import { difference, standing } from "../../rules/compare";
import { endIndex, monthText, reportingGaps, startIndex, withinPlan, type Period, type ReportingGap } from "../periods";
import { expectedBy, type LineAchievement, type ProgressContext } from "../context";
import { amount, progressFinding, type ProgressRule } from "./shared";
import type { CellRef } from "../types";
import { sheetInText } from "../../model/address";
import { linesShortByMissing } from "../missingAreas";

function missingPeriod(context: ProgressContext): Finding {
  return progressFinding({
    rule: "pace",
    severity: "info",
    at: null,
    sheet: context.plan.sheet ?? null,
    indicator: null,
    expected: null,
    actual: null,
    message: localized(
      'Không thấy giai đoạn của kế hoạch (như "giai đoạn 2022 - 2025" trong tiêu đề, hoặc ô "Giai đoạn"), nên chưa đánh giá được tiến độ so với thời gian. Ghi giai đoạn vào trang kế hoạch (trên dòng lệnh: tùy chọn --period 2022-2025).',
      'The plan\'s period was not found (such as "giai đoạn 2022 - 2025" in its title, or a "Giai đoạn" cell), so progress cannot be judged against time. Write the period on the plan sheet (on the command line: option --period 2022-2025).',
    ),
  });
}

/** A `pace` warning about a period as a whole, at its header cell (when the period has one). */
function atPeriodHeader(at: CellRef | undefined, message: LocalizedText): Finding {
  return progressFinding({
    rule: "pace",
    severity: "warning",
    at: at === undefined || at.row < 0 ? null : at,
    sheet: at?.sheet ?? null,
    indicator: null,
    expected: null,
    actual: null,
    message,
  });
}

function outsidePlan(context: ProgressContext): Finding[] {
  const plan = context.planPeriod;
  if (plan === null) return [];
  const findings: Finding[] = [];
  for (const period of context.gathered.periods) {
    if (withinPlan(plan, period)) continue;
    const at = context.gathered.periodSources.get(period.id);
    const label = context.gathered.labels.get(period.id) ?? period.id;
    const span = plan.start === plan.end ? String(plan.start) : `${plan.start} - ${plan.end}`;
    findings.push(
      atPeriodHeader(
        at,
        localized(
          `Kỳ "${label}" (${period.id}) nằm ngoài giai đoạn của kế hoạch (${span}). Số liệu của kỳ vẫn được cộng vào lũy kế; hãy kiểm tra lại năm của kỳ.`,
          `The period ${period.id} lies outside the plan's period (${span}). Its figures still count in the cumulative totals; check the period's year.`,
        ),
      ),
    );
  }
  return findings;
}

/** `2023-01` → months since January of year 0 (see `endIndex`). */
function monthIndex(month: string): number {
  const [year, m] = month.split("-");
  return Number(year) * 12 + Number(m);
}

/** `2024-03` → `31/03/2024`: the month's last day. */
function lastDay(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return `${new Date(Date.UTC(year, m, 0)).getUTCDate()}/${String(m).padStart(2, "0")}/${year}`;
}

/** `2023-01` → `01/2023`. */
function monthLabel(month: string): string {
  const [year, m] = month.split("-");
  return `${m}/${year}`;
}

/**
 * A stretch of months between two reported periods that no period covers
 * (`Năm 2022`, then `6 tháng đầu năm 2024`): one warning at the later period's
 * header. The cumulative figures then lack those months, so no line or area is
 * judged on pace.
 */
function gapFindings(context: ProgressContext): Finding[] {
  return gapsWithinPlan(context)
    .filter((gap) => !toldUnreadable(context, gap))
    .map((gap) => {
    const at = context.gathered.periodSources.get(gap.after.id);
    const label = (period: Period) => context.gathered.labels.get(period.id) ?? period.id;
    const span = gap.from === gap.to ? monthLabel(gap.from) : `${monthLabel(gap.from)} - ${monthLabel(gap.to)}`;
    const where =
      gap.before === null
        ? { vi: `từ đầu kế hoạch đến trước "${label(gap.after)}"`, en: `from the plan's start to "${label(gap.after)}"` }
        : { vi: `giữa "${label(gap.before)}" và "${label(gap.after)}"`, en: `between "${label(gap.before)}" and "${label(gap.after)}"` };
    // A sheet named for the missing months but not read (`TH 2023`, `Năm 2023`) is most likely those results.
    const unread = context.gathered.unread?.find((entry) => monthIndex(gap.from) <= endIndex(entry.period) && startIndex(entry.period) <= monthIndex(gap.to));
    if (unread !== undefined) {
      return atPeriodHeader(
        { sheet: unread.sheet, row: -1, col: -1 },
        localized(
          `Trang ${sheetInText(unread.sheet)} mang tên kỳ ${unread.period.id}, nằm ${where.vi}, nhưng không được đọc là trang kết quả (tên trang kết quả bắt đầu bằng "Thực hiện", "Kết quả", "KQ" hoặc "Giải ngân", như "Thực hiện ${unread.period.id}"). Lũy kế thiếu ${span}, nên chưa đánh giá tiến độ so với thời gian; nếu đây là kết quả của kỳ đó, hãy đổi tên trang.`,
          `Sheet ${sheetInText(unread.sheet)} is named for period ${unread.period.id}, ${where.en}, but is not read as a results sheet (results sheet names start with "Thực hiện", "Kết quả", "KQ" or "Giải ngân", like "Thực hiện ${unread.period.id}"). The cumulative totals lack ${span}, so pace is not judged; if it holds that period's results, rename it.`,
        ),
      );
    }
    return atPeriodHeader(
      at,
      gap.before === null
        ? localized(
            `Không có kết quả nào cho ${span} (${where.vi}; kế hoạch bắt đầu từ năm ${gap.from.slice(0, 4)}): lũy kế thiếu khoảng này, nên chưa đánh giá tiến độ so với thời gian. Hãy bổ sung kỳ còn thiếu, hoặc cột "Lũy kế đến ${lastDay(gap.to)}" trên bảng tiến độ.`,
            `No results cover ${span} (${where.en}; the plan starts in ${gap.from.slice(0, 4)}): the cumulative totals lack those months, so pace is not judged. Add the missing period, or a "Lũy kế đến ${lastDay(gap.to)}" column on the progress table.`,
          )
        : localized(
            `Không có kết quả nào cho ${span} (${where.vi}): lũy kế thiếu khoảng này, nên chưa đánh giá tiến độ so với thời gian. Hãy bổ sung kỳ còn thiếu.`,
            `No results cover ${span} (${where.en}): the cumulative totals lack those months, so pace is not judged. Add the missing period.`,
          ),
    );
    });
}

/**
 * True when period sheets whose tables could not be read (each told by its own warning) name every month of
 * the gap: that warning is the one cause; the gap still keeps the lines from being judged on pace.
 */
function toldUnreadable(context: ProgressContext, gap: Gap): boolean {
  const unreadable = context.gathered.unreadable;
  if (unreadable === undefined) return false;
  for (let month = monthIndex(gap.from); month <= monthIndex(gap.to); month++) {
    if (!unreadable.some((entry) => startIndex(entry.period) <= month && month <= endIndex(entry.period))) return false;
  }
  return true;
}

/** True when the reported periods leave months out between them, or before them (pace cannot then be judged). */
export function hasReportingGap(context: ProgressContext): boolean {
  return gapsWithinPlan(context).length > 0;
}

type Gap = Omit<ReportingGap, "before"> & { readonly before: Period | null };

/** Gaps among the periods within the plan's years, the leading one first: a period outside them (a mistyped year) has its own finding. */
function gapsWithinPlan(context: ProgressContext): Gap[] {
  const plan = context.planPeriod;
  const within = plan === null ? context.gathered.periods : context.gathered.periods.filter((period) => withinPlan(plan, period));
  // A period before the plan's years (`Năm 2021` under 2022 - 2025) is most likely the first year mistyped: told on its own.
  const before = plan !== null && context.gathered.periods.some((period) => startIndex(period) <= plan.start * 12);
  const leading = before ? null : leadingGap(context, within);
  const gaps: Gap[] = reportingGaps(within);
  return leading === null ? gaps : [leading, ...gaps];
}

/**
 * The plan's first whole year (and any after it) before the first reported
 * period (`Thực hiện 2023`, `Thực hiện 2024` under a plan of 2022 - 2025):
 * the cumulative totals lack it just as they lack a year between periods.
 * Not a gap where the plan says it starts late in its first year (`cuối năm
 * 2022 - 2025`), where a figure is carried from before the first period
 * (`Lũy kế đến 31/12/2022`), nor where a period lies before the plan's years (a mistyped first
 * year, told on its own). A sheet or column of those months left blank is a gap as one between
 * periods is (its info says it is not counted). Only whole years count for a
 * plan over several years (approved during its first year, it may report from
 * mid-year); a plan of one year counts its months (results from `Quý II` lack its first quarter).
 */
function leadingGap(context: ProgressContext, within: readonly Period[]): Gap | null {
  const plan = context.planPeriod;
  if (plan === null || plan.lateStart === true || within.length === 0) return null;
  const first = within[0];
  // A plan of one year (`Kế hoạch năm 2024`) is judged over its months: results from `Quý II` lack its first quarter.
  const firstYearEnd = plan.start === plan.end ? plan.start * 12 + 1 : plan.start * 12 + 12;
  if (startIndex(first) <= firstYearEnd) return null;
  for (const achievement of context.achievements.values()) if (achievement.results?.opening != null) return null;
  const from = plan.start * 12 + 1;
  const to = startIndex(first) - 1;
  return { before: null, after: first, from: monthText(from), to: monthText(to) };
}

/**
 * Count and money lines whose figures stop before the latest reported period
 * (`Giải ngân 2023` while results run to `6 tháng đầu năm 2024`): by code, the
 * period the line's figures stop at. They lack that stretch, so they are not
 * judged on pace; one warning per such stop says so.
 */
export function laggingLines(context: ProgressContext): Map<string, string> {
  const lagging = new Map<string, string>();
  const periods = context.gathered.periods;
  if (periods.length < 2) return lagging;
  const latest = periods[periods.length - 1].id;
  // A line-level table's column covers every line of it (a blank cell there is zero): only lines
  // that no line-level table reports (those on period sheets alone) can stop short.
  const periodSheetNames = new Set(context.gathered.tables.map((table) => table.sheet));
  const onLineTable = (achievement: LineAchievement) => achievement.results?.periods.some((value) => !periodSheetNames.has(value.at.sheet)) ?? false;
  for (const achievement of context.achievements.values()) {
    if (achievement.planLine.kind === "percent" || achievement.periods.length === 0 || onLineTable(achievement)) continue;
    const last = achievement.periods[achievement.periods.length - 1].period;
    if (last !== latest) lagging.set(achievement.planLine.code, last);
  }
  return lagging;
}

/**
 * The header cell, on the period sheet `sheet`, of the first of `codes` it
 * has a column (row) for: where the lines' figures stop, for a user to look
 * at. Else the first one's last figure cell there; null when there is none.
 */
function lineHeaderOn(context: ProgressContext, sheet: string | null, codes: readonly string[]): CellRef | null {
  if (sheet === null) return null;
  const table = context.gathered.tables.find((t) => t.sheet === sheet);
  for (const code of codes) {
    const line = table?.lines.find((entry) => entry.planCode === code);
    if (line !== undefined) return { sheet, row: line.headerRow, col: line.headerCol };
  }
  for (const code of codes) {
    const last = context.achievements.get(code)?.results?.periods.at(-1)?.at;
    if (last !== undefined && last.sheet === sheet && last.row >= 0) return last;
  }
  return null;
}

function lagFindings(context: ProgressContext, lagging: ReadonlyMap<string, string>): Finding[] {
  const byStop = new Map<string, string[]>();
  for (const [code, stop] of lagging) byStop.set(stop, [...(byStop.get(stop) ?? []), code]);
  const periods = context.gathered.periods;
  const latest = periods[periods.length - 1];
  const label = (id: string) => context.gathered.labels.get(id) ?? id;
  return [...byStop].map(([stop, codes]) => {
    const at = context.gathered.periodSources.get(stop);
    // The sheet the lines' figures stop on (a period may have several sheets: results and disbursement).
    const stopSheet = codes.map((code) => context.achievements.get(code)?.results?.periods.at(-1)?.at.sheet).find((name) => name !== undefined);
    const sheetName = stopSheet ?? at?.sheet ?? null;
    const cell = at !== undefined && at.row >= 0 && at.sheet === sheetName ? at : lineHeaderOn(context, sheetName, codes);
    return progressFinding({
      rule: "pace",
      severity: "warning",
      at: cell,
      sheet: sheetName,
      indicator: null,
      expected: null,
      actual: null,
      message: localized(
        `Chỉ tiêu ${codes.join(", ")} chỉ có số liệu đến "${label(stop)}", chưa có kỳ "${label(latest.id)}" như các chỉ tiêu khác; tiến độ của ${codes.length > 1 ? "các chỉ tiêu này" : "chỉ tiêu này"} chưa được đánh giá. Hãy bổ sung số liệu kỳ còn thiếu.`,
        `Line${codes.length > 1 ? "s" : ""} ${codes.join(", ")} ha${codes.length > 1 ? "ve" : "s"} figures only up to ${stop}, not for ${latest.id} as the other lines; ${codes.length > 1 ? "their" : "its"} pace is not judged. Add the missing period's figures.`,
      ),
    });
  });
}

export const paceRule: ProgressRule = {
  id: "pace",
  severity: "warning",
  description: localized(
    "Kết quả lũy kế phải theo kịp chỉ tiêu nhân phần thời gian đã qua của kế hoạch.",
    "The cumulative result must keep up with the target times the share of the plan's time elapsed.",
  ),
  evaluate(context) {
    if (context.share === null) return [missingPeriod(context)];
    const share = context.share;
    const findings = outsidePlan(context);
    // A gap keeps every line from being judged on pace, told or not (a sheet that could not be read has its own warning).
    if (hasReportingGap(context)) return [...findings, ...gapFindings(context)];
    const lagging = laggingLines(context);
    findings.push(...lagFindings(context, lagging));
    // Lines whose shortfall the areas left out of a period's sheet could make up: `coverage` tells it, once.
    const short = new Set(linesShortByMissing(context));
    const behind = new Set<string>();
    for (const achievement of context.achievements.values()) {
      const line = achievement.planLine;
      // A sum that leaves out an unusable cell (told by its `invalid-value`) says nothing of the pace.
      if (lagging.has(line.code) || achievement.unusable === true || short.has(line.code)) continue;
      if (line.kind !== "percent" && standing(achievement.achieved, expectedBy(line, share)) === "below") behind.add(line.code);
    }
    // A parent behind because a child is: the child's finding is the one to act on.
    const childBehind = new Set([...behind].map((code) => context.plan.lines.find((line) => line.code === code)?.parentCode).filter((code) => code !== undefined));
    for (const achievement of context.achievements.values()) {
      const line = achievement.planLine;
      if (!behind.has(line.code) || childBehind.has(line.code)) continue;
      const expected = expectedBy(line, share);
      const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
      const shareText = (lang: "vi" | "en") => `${formatNumber(Number((share * 100).toFixed(1)), lang, 1)}%`;
      findings.push(
        progressFinding({
          rule: "pace",
          severity: "warning",
          at: achievement.anchor,
          sheet: achievement.results?.periods[0]?.at.sheet ?? null,
          indicator: line.code,
          expected,
          actual: achievement.achieved,
          // The plan's whole time reported (`Năm 2025` of 2021 - 2025): not behind a pace, short of the target.
          message: share >= 1
            ? localized(
                `"${line.name}" chưa đạt chỉ tiêu khi kế hoạch đã hết thời gian: đã đạt ${f(achievement.achieved, "vi")} trên chỉ tiêu ${f(line.target, "vi")} (còn thiếu ${f(difference(expected, achievement.achieved), "vi")}).`,
                `"${line.name}" falls short of its target with the plan's time over: ${f(achievement.achieved, "en")} achieved of the ${f(line.target, "en")} target (${f(difference(expected, achievement.achieved), "en")} short).`,
              )
            : localized(
                `"${line.name}" chậm tiến độ: đã đạt ${f(achievement.achieved, "vi")}, trong khi đã qua ${shareText("vi")} thời gian kế hoạch nên cần khoảng ${f(expected, "vi")} (chỉ tiêu ${f(line.target, "vi")}).`,
                `"${line.name}" is behind pace: ${f(achievement.achieved, "en")} achieved, while ${shareText("en")} of the plan's time has passed, which calls for about ${f(expected, "en")} (target ${f(line.target, "en")}).`,
              ),
        }),
      );
    }
    return findings;
  },
};
