/**
 * A count written out in words before what it counts (`Thành lập mới mười hai tổ truyền thông`, `hai mươi lăm câu lạc
 * bộ`), read as its figure: the words are replaced by the digits, padded with spaces to the same length so that every
 * offset of the line stays where it was. Only before a counting word (`tổ`, `lớp`, `CLB`), and never `một` alone (an
 * article as often as a number) nor a word that is another word's start (`tư vấn`, `năm 2025`).
 */
import { foldText } from "../core/text/fold";
import { CLASSIFIERS } from "./vocabulary";

const DIGITS: Readonly<Record<string, number>> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };
/** Digit words that only follow `mươi` (`hai mươi lăm`, `ba mươi mốt`, `bốn mươi tư`). */
const AFTER_TENS: Readonly<Record<string, number>> = { lăm: 5, mốt: 1, tư: 4 };
const WORD = "(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|lăm|mốt|tư|trăm|lẻ|linh|nghìn|ngàn)";
const RUN = new RegExp(`(?<![\\p{L}\\p{N}])${WORD}(?:\\s+${WORD})*(?=\\s+\\p{L})`, "giu");

/** The value of a run of number words, or null when they make no number. */
export function wordsValue(words: readonly string[]): number | null {
  let total = 0;
  let group = 0;
  let current = 0;
  let last = "";
  for (const raw of words) {
    const w = raw.toLocaleLowerCase("vi");
    if (w in DIGITS && !(last in DIGITS)) current = DIGITS[w];
    else if (w in AFTER_TENS && last === "mươi") current = AFTER_TENS[w];
    else if (w === "mười" && current === 0 && group % 100 === 0 && !(last in DIGITS)) group += 10;
    else if (w === "mươi" && current > 1) {
      group += current * 10;
      current = 0;
    } else if (w === "trăm" && current > 0) {
      group += current * 100;
      current = 0;
    } else if ((w === "lẻ" || w === "linh") && last === "trăm") {
      // `một trăm linh năm`: no tens.
    } else if ((w === "nghìn" || w === "ngàn") && group + current > 0) {
      total += (group + current) * 1000;
      group = 0;
      current = 0;
    } else return null;
    last = w;
  }
  const value = total + group + current;
  return value > 0 ? value : null;
}

/** The folded words a counting word may start with, longest first. */
const COUNTING = [...CLASSIFIERS].sort((a, b) => b.length - a.length);

export function digitsForWords(text: string): string {
  if (!/(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)/iu.test(text)) return text;
  return text.replace(RUN, (run, offset: number) => {
    const words = run.split(/\s+/u);
    // `một` alone is an article; and the rest below.
    // `năm` alone is a year or a time (`trong năm tổ chức …`) as often as five.
    if (words.length === 1 && /^(một|năm|lăm|mốt|tư|mươi|trăm|lẻ|linh|nghìn|ngàn)$/iu.test(words[0])) return run;
    const value = wordsValue(words);
    if (value === null) return run;
    const rest = text.slice(offset + run.length).trimStart();
    // `ở cả hai cấp tỉnh, huyện`: levels, not couples (`cặp`) counted.
    if (/^cấp(?!\p{L})/iu.test(rest)) return run;
    const next = foldText(rest);
    if (!COUNTING.some((c) => next === c || next.startsWith(`${c} `) || next.startsWith(`${c};`) || next.startsWith(`${c},`) || next.startsWith(`${c}.`))) return run;
    const digits = String(value);
    return digits.length <= run.length ? digits.padEnd(run.length, " ") : run;
  });
}
