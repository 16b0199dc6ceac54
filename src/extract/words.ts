/** Word-level helpers that keep offsets into the original text (folding changes lengths). */
import { foldText } from "../core/text/fold";

export interface Word {
  readonly text: string;
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

/** Letter/digit words of a text with their offsets; `/`, `%` and punctuation are not words. */
export function wordsOf(text: string, from = 0): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{M}\p{N}]+(?:[.'’][\p{L}\p{M}]+)*/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: m[0], folded: foldText(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Folded words of a text without offsets. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0);
}

/**
 * Length (in words) of the longest phrase of `phrases` (folded, space
 * separated) that `words` start with, or 0.
 */
export function matchPhrase(words: readonly Word[], phrases: readonly string[]): number {
  let best = 0;
  for (const phrase of phrases) {
    const parts = phrase.split(" ");
    if (parts.length <= best || parts.length > words.length) continue;
    if (parts.every((p, i) => words[i].folded === p)) best = parts.length;
  }
  return best;
}

/** Whether the folded text before an offset ends with one of the phrases, as whole words. */
export function endsWithPhrase(textBefore: string, phrases: readonly string[]): string | null {
  const tail = foldedWords(textBefore.slice(-60));
  for (const phrase of phrases) {
    const parts = phrase.split(" ");
    if (parts.length > tail.length) continue;
    const offset = tail.length - parts.length;
    if (parts.every((p, i) => tail[offset + i] === p)) return phrase;
  }
  return null;
}
