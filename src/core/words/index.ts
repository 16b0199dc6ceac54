/** One word table per language; `statusWord` gives a line's status in words, its plan rule considered. */
import type { Comparison } from "../model/plan";
import type { IndicatorResult, LineStatus } from "../model/report";
import { differingSheetTotal } from "../report/sheetTotal";
import { formatValue } from "../text/format";
import type { Lang } from "../model/text";
import { en } from "./en";
import type { Words } from "./types";
import { vi } from "./vi";

export const WORDS: Readonly<Record<Lang, Words>> = { vi, en };

export function wordsFor(lang: Lang): Words {
  return WORDS[lang];
}

/** `Đạt`, `Vượt kế hoạch`, `Còn thiếu` — or `Không đạt` for a line under its `>=` minimum. */
export function statusWord(status: LineStatus, rule: Comparison, lang: Lang): string {
  const words = WORDS[lang];
  return status === "under" && rule === ">=" ? words.underMinimum : words.status[status];
}

/**
 * CONTRACT §3: where a line's total on the sheet differs from what allocheck
 * counts, both figures in the line's unit (`bảng tính ghi 158, đếm được 170`);
 * undefined where they agree.
 */
export function sheetTotalWords(result: IndicatorResult, lang: Lang): string | undefined {
  const shown = differingSheetTotal(result);
  if (shown === undefined) return undefined;
  const unit = { kind: result.kind, scale: result.scale, unit: result.unit };
  return WORDS[lang].sheetTotal(formatValue(shown, unit, lang), formatValue(result.allocated, unit, lang));
}

/**
 * The same as a note under the line table (the summary, the text report): the
 * line's code and the cell that shows the other figure, then both figures
 * (`Mã 2 (ô D6): bảng tính ghi 158, đếm được 170`); undefined where they agree.
 */
export function sheetTotalNote(result: IndicatorResult, lang: Lang): string | undefined {
  const both = sheetTotalWords(result, lang);
  if (both === undefined) return undefined;
  const cell = result.totalCell === null ? "" : lang === "vi" ? ` (ô ${result.totalCell})` : ` (${result.totalCell})`;
  return `${lang === "vi" ? "Mã" : "Code"} ${result.code}${cell}: ${both}`;
}

export type { Words } from "./types";
