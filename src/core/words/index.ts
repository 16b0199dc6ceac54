/** One word table per language; `statusWord` gives a line's status in words, its plan rule considered. */
import type { Comparison } from "../model/plan";
import type { LineStatus } from "../model/report";
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

export type { Words } from "./types";
