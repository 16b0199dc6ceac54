/**
 * An amount written only in words in running text (`Tổng kinh phí: một tỷ hai trăm năm mươi triệu đồng, trong đó …`),
 * read as its figure in đồng: the words are replaced by the digits, padded with spaces to the same length so that
 * every offset of the line stays where it was. An amount in words inside brackets (`(Bằng chữ: …)`, `(Một tỷ …
 * đồng)`) restates the figure before it and is left alone.
 */
import { wordsValue } from "./wordNumbers";

const SCALES: Readonly<Record<string, number>> = { tỷ: 1e9, tỉ: 1e9, triệu: 1e6 };
const NUMBER_WORD = /^(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|lăm|mốt|tư|trăm|lẻ|linh|nghìn|ngàn|tỷ|tỉ|triệu)$/iu;

/** The value in đồng of words such as `một tỷ hai trăm năm mươi triệu`, or null. */
export function spelledValue(words: readonly string[]): number | null {
  let total = 0;
  let group: string[] = [];
  let scaled = false;
  let lastScale = Infinity;
  for (const raw of words) {
    const w = raw.toLocaleLowerCase("vi");
    const scale = SCALES[w];
    if (scale === undefined) {
      group.push(w);
      continue;
    }
    const value = wordsValue(group);
    if (value === null || scale >= lastScale) return null;
    total += value * scale;
    lastScale = scale;
    group = [];
    scaled = true;
  }
  if (!scaled) return null;
  if (group.length > 0) {
    const rest = wordsValue(group);
    if (rest === null) return null;
    total += rest;
  }
  return total;
}

export function digitsForSpelledAmounts(text: string): string {
  if (!/(?:tỷ|tỉ|triệu)\s/iu.test(text) || !/đồng/iu.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])((?:\p{L}+\s+){2,14}?)đồng(?!\p{L})/gu)) {
    const words = m[1].trim().split(/\s+/u);
    // The run of number words right before `đồng`.
    let from = words.length;
    while (from > 0 && NUMBER_WORD.test(words[from - 1])) from--;
    const run = words.slice(from);
    if (run.length < 2 || SCALES[run[0].toLocaleLowerCase("vi")] !== undefined) continue;
    const value = spelledValue(run);
    if (value === null) continue;
    const start = (m.index ?? 0) + m[1].length - (m[1].length - m[1].trimEnd().length) - run.join(" ").length;
    const before = text.slice(0, start);
    // Inside brackets: the figure before it said again in words.
    if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) continue;
    if (/bằng chữ\s*:?\s*$/iu.test(before)) continue;
    const span = text.slice(start, (m.index ?? 0) + m[0].length);
    const digits = digitsFitting(value, span.length);
    if (digits === null || text.slice(start, start + run.join(" ").length) !== run.join(" ")) continue;
    out = out.slice(0, start) + digits.padEnd(span.length, " ") + out.slice(start + span.length);
  }
  return out;
}

/**
 * The amount's digits in đồng (`1.500.000.000 đồng`) when they fit the words' room, else in the largest unit that
 * states it exactly and fits (`năm tỷ đồng` → `5 tỷ đồng`, `một tỷ đồng` → `1 tỷ đồng`); null when none fits.
 */
function digitsFitting(value: number, room: number): string | null {
  const written = [`${value.toLocaleString("de-DE")} đồng`];
  for (const [scale, unit] of [[1e9, "tỷ đồng"], [1e6, "triệu đồng"]] as const) {
    const inUnit = value / scale;
    // Three decimals at most (`1,25 tỷ`), so the figure is exact.
    if (inUnit >= 1 && Math.abs(inUnit * 1000 - Math.round(inUnit * 1000)) < 1e-6)
      written.push(`${inUnit.toLocaleString("de-DE", { maximumFractionDigits: 3 })} ${unit}`);
  }
  return written.find((w) => w.length <= room) ?? null;
}
