/**
 * A sheet name that holds a straight double quote (`Tiến độ "2024"`), named in
 * a message as Excel quotes it: `'Tiến độ "2024"'`. The messages name a sheet
 * between straight quotes (`Trang "Phân bổ"`), which the pane, the summary and
 * the text report turn into typographic ones; around a name with quotes of its
 * own that gave `Trang "Tiến độ "2024""` — four marks, no telling where the
 * name ends — and, made typographic, `“Tiến độ ”2024""`. Excel's quoting keeps
 * the name's own marks as they are (typographicQuotes leaves such a span
 * alone), so the name can be found in the sheet tabs and typed in Go To.
 * Names without a double quote are left as the messages write them.
 */
import { quoteSheetName } from "../model/address";
import { InputError } from "../model/errors";
import type { Report } from "../model/report";
import type { LocalizedText } from "../model/text";

/** A sheet name in a message: between straight quotes, or as Excel quotes it when it holds one. */
export function sheetInText(name: string): string {
  return name.includes('"') ? quoteSheetName(name) : `"${name}"`;
}

/** The names among `names` that need Excel's quoting in a message, longest first. */
function quotedNames(names: readonly string[]): string[] {
  return [...new Set(names.filter((name) => name.includes('"')))].sort((a, b) => b.length - a.length);
}

function requoted(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) out = out.split(`"${name}"`).join(quoteSheetName(name));
  return out;
}

function requotedText(text: LocalizedText, names: readonly string[]): LocalizedText {
  return { ...text, vi: requoted(text.vi, names), en: requoted(text.en, names) };
}

/** The report with the sheets `names` (a workbook's) named as Excel quotes them in its findings and reading reasons. */
export function withSheetNamesQuoted(report: Report, names: readonly string[]): Report {
  const odd = quotedNames(names);
  if (odd.length === 0) return report;
  const reading = report.reading;
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, message: requotedText(f.message, odd) })),
    ...(reading !== undefined
      ? { reading: { ...reading, confidence: { ...reading.confidence, reasons: reading.confidence.reasons.map((r) => requotedText(r, odd)) } } }
      : {}),
  };
}

/** `error` with the sheets `names` named as Excel quotes them, when it is an input error naming one; else `error`. */
export function withSheetNamesQuotedError(error: unknown, names: readonly string[]): unknown {
  const odd = quotedNames(names);
  // A plain input error only (a subclass carries more than its text).
  if (odd.length === 0 || !(error instanceof InputError) || error.constructor !== InputError) return error;
  const text = requotedText(error.text, odd);
  if (text.vi === error.text.vi && text.en === error.text.en) return error;
  return new InputError(error.code, text, error.option);
}
