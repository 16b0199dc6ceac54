/**
 * The readable report of `allocheck check` (Vietnamese by default, or
 * English): what was checked, one aligned table of the plan lines with
 * numbers in the plan's own unit, the findings by severity at their cells
 * with their rule's name,
 * the counts and a one-line verdict.
 */
import { planYearText } from "../words/planYear";
import { cellPlace, quoteSheetName, sheetInText } from "../model/address";
import type { Finding } from "../model/finding";
import type { IndicatorResult, Report } from "../model/report";
import type { Orientation } from "../model/table";
import type { Lang } from "../model/text";
import { formatFigure, formatNumber, unitLabel, type QuantityUnit } from "../text/format";
import { countOf } from "../text/plural";
import { sheetTotalNote, statusWord, wordsFor } from "../words";
import { confidenceLines } from "./readingText";
import { renderProgressTable } from "./progressText";
import { typographicQuotes } from "../text/quotes";
import { clipText } from "../text/clip";

interface Words {
  title: string;
  workbook: string;
  sheet: string;
  plan: string;
  orientation: Record<Orientation, string>;
  planSource: (source: string) => string;
  indicators: string;
  columns: [string, string, string, string, string, string, string, string];
  noFindings: string;
  counts: (error: number, warning: number, info: number) => string;
  /** The one-line verdict: errors to fix, else warnings to review, else all clear. */
  verdict: { errors: (count: number) => string; warnings: (count: number) => string; clean: string };
  code: string;
}

const WORDS: Record<Lang, Words> = {
  vi: {
    title: "allocheck — Kết quả đối chiếu biểu phân bổ với kế hoạch",
    workbook: "Tệp",
    sheet: "Trang phân bổ",
    plan: "Kế hoạch",
    orientation: { "areas-as-rows": "địa bàn theo dòng", "indicators-as-rows": "chỉ tiêu theo dòng" },
    planSource: (source) => describeSource(source, "trang", "tệp"),
    indicators: "Chỉ tiêu",
    columns: ["Mã", "Chỉ tiêu", "ĐVT", "So sánh", "Kế hoạch", "Phân bổ", "Chênh lệch", "Trạng thái"],
    noFindings: "Không có phát hiện nào.",
    counts: (e, w, i) => `Tổng số: ${formatNumber(e, "vi")} lỗi, ${formatNumber(w, "vi")} cảnh báo, ${formatNumber(i, "vi")} thông tin.`,
    verdict: {
      errors: (n) => `Kết luận: CHƯA ĐẠT — có ${formatNumber(n, "vi")} lỗi cần sửa.`,
      warnings: (n) => `Kết luận: không có lỗi; ${formatNumber(n, "vi")} cảnh báo cần xem lại.`,
      clean: "Kết luận: ĐẠT — biểu phân bổ khớp kế hoạch.",
    },
    code: "mã",
  },
  en: {
    title: "allocheck — allocation sheet checked against the plan",
    workbook: "Workbook",
    sheet: "Allocation sheet",
    plan: "Plan",
    orientation: { "areas-as-rows": "areas as rows", "indicators-as-rows": "indicators as rows" },
    planSource: (source) => describeSource(source, "sheet", "file"),
    indicators: "Plan lines",
    columns: ["Code", "Line", "Unit", "Rule", "Plan", "Allocated", "Difference", "Status"],
    noFindings: "No findings.",
    counts: (e, w, i) => `Totals: ${countOf(e, "error", "errors")}, ${countOf(w, "warning", "warnings")}, ${formatNumber(i, "en")} info.`,
    verdict: {
      errors: (n) => `Verdict: NOT OK — ${countOf(n, "error", "errors")} to fix.`,
      warnings: (n) => `Verdict: no errors; ${countOf(n, "warning", "warnings")} to review.`,
      clean: "Verdict: OK — the allocation matches the plan.",
    },
    code: "code",
  },
};

function verdict(report: Report, words: Words): string {
  const { error, warning } = report.counts;
  if (error > 0) return words.verdict.errors(error);
  if (warning > 0) return words.verdict.warnings(warning);
  return words.verdict.clean;
}

function describeSource(source: string, sheetWord: string, fileWord: string): string {
  if (source.startsWith("sheet:")) return `${sheetWord} ${sheetInText(source.slice(6))}`;
  if (source.startsWith("file:")) return `${fileWord} ${source.slice(5)}`;
  return source;
}

/** Display width of a text (NFC code points). */
function width(text: string): number {
  return [...text.normalize("NFC")].length;
}

function pad(text: string, size: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
}

function unitOf(result: IndicatorResult): QuantityUnit {
  return { kind: result.kind, scale: result.scale, unit: result.unit };
}

function indicatorTable(report: Report, lang: Lang, words: Words): string[] {
  const rows = report.indicators.map((result) => {
    const unit = unitOf(result);
    return [
      result.code,
      clipText(result.name, 44),
      unitLabel(unit, lang),
      result.rule,
      formatFigure(result.target, unit, lang),
      formatFigure(result.allocated, unit, lang),
      formatFigure(result.difference, unit, lang, true),
      statusWord(result.status, result.rule, lang),
    ];
  });
  const numeric = [false, false, false, false, true, true, true, false];
  const all = [words.columns as string[], ...rows];
  const widths = words.columns.map((_, c) => Math.max(...all.map((row) => width(row[c]))));
  const line = (row: string[]) => row.map((cell, c) => pad(cell, widths[c], numeric[c])).join("  ").trimEnd();
  return [line(words.columns), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/** CONTRACT §3: where the sheet's own total shows another figure than allocheck counts, both are said. */
function sheetTotalNotes(report: Report, lang: Lang): string[] {
  return report.indicators.flatMap((result) => {
    const note = sheetTotalNote(result, lang);
    return note === undefined ? [] : [`  * ${note}.`];
  });
}

function findingLine(finding: Finding, lang: Lang, words: Words): string {
  // A finding on a whole sheet names it as one at a cell does (`'Phân bổ'`, as Excel quotes it), never bare.
  const where = finding.sheet === null ? "—" : finding.cell === null ? quoteSheetName(finding.sheet) : cellPlace(finding.sheet, finding.cell);
  const about = [finding.indicator !== null ? `${words.code} ${finding.indicator}` : null, finding.area].filter((part) => part !== null);
  const tag = about.length > 0 ? ` (${about.join(", ")})` : "";
  // The rule by its name in the report's language (`[Cộng gộp sai]`, as the pane and the summary name it; the JSON
  // report keeps its id), and the message as a person reads it (typographic quotes; the JSON keeps the engine's text).
  return `  ${where}  [${wordsFor(lang).rules[finding.rule]}]${tag} ${typographicQuotes(finding.message[lang])}`;
}

export function renderTextReport(report: Report, lang: Lang = "vi"): string {
  const words = WORDS[lang];
  const out: string[] = [
    words.title,
    `${words.workbook}: ${report.workbook}`,
    `${words.sheet}: ${report.allocationSheet} (${words.orientation[report.orientation]})`,
    // With typographic quotes, as the findings below quote.
    typographicQuotes(`${words.plan}: ${words.planSource(report.planSource)}${report.reading?.planYear !== undefined ? ` — ${planYearText(report.reading.planYear, report.indicators.length)[lang]}` : ""}`),
    "",
    // A weak reading is said before the figures and the findings (CONTRACT §5 `reading`).
    ...(report.reading !== undefined && report.reading.confidence.level === "low" ? [...confidenceLines(report.reading, lang), ""] : []),
    `${words.indicators}:`,
    ...indicatorTable(report, lang, words),
    ...sheetTotalNotes(report, lang),
    "",
    ...renderProgressTable(report, lang),
  ];
  if (report.findings.length === 0) out.push(words.noFindings, "");
  for (const severity of ["error", "warning", "info"] as const) {
    const group = report.findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    out.push(`${wordsFor(lang).severities[severity]} (${formatNumber(group.length, lang)}):`, ...group.map((finding) => findingLine(finding, lang, words)), "");
  }
  out.push(words.counts(report.counts.error, report.counts.warning, report.counts.info), verdict(report, words));
  return out.join("\n");
}
