/**
 * Titles in capitals broken over two lines (`THÀNH LẬP VÀ DUY TRÌ` /
 * `3.000 TỔ TIẾT KIỆM VAY VỐN THÔN/BẢN`, `6 CHỈ TIÊU CỦA DỰ ÁN ĐẾN` /
 * `NĂM 2025`) are one title: the wrapping of lines (`normalize.ts`) keeps
 * capital lines apart, since in the header and the signature each stands
 * alone; in the body, a capital line right under another (no blank line
 * between) that starts no item of its own continues it. Read apart, the
 * second half would be a target without its verb, or a topic without its
 * subject.
 */
import { parseMarker } from "./markers";
import type { TextLine } from "./normalize";

/** Most letters in capitals (`THÔN/BẢN`, `NĂM 2025`, `6 CHỈ TIÊU CỦA DỰ ÁN`). */
export function isCapitalLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length >= 0.8;
}

function lastPhysicalLine(line: TextLine): number {
  return line.breaks.length > 0 ? line.breaks[line.breaks.length - 1].line : line.line;
}

/**
 * Whether `next` continues the capital title `title`. `lastNumber`: the
 * number of the last item numbered `1.` / `2` at the top level so far.
 */
function continuesTitle(title: TextLine, next: TextLine, lastNumber: number | null): boolean {
  if (title.cells || next.cells) return false;
  if (!isCapitalLine(title.text) || !isCapitalLine(next.text)) return false;
  // A blank line between: two headings.
  if (next.line !== lastPhysicalLine(title) + 1) return false;
  const nextMarker = parseMarker(next.text);
  if (nextMarker !== null) {
    // `25 TỔ TRUYỀN THÔNG …` under `1. XÂY DỰNG VÀ DUY TRÌ` reads like a heading numbered 25 (`6 CHỈ TIÊU
    // CỦA DỰ ÁN`); out of the numbering's sequence it is the title's count, not the next heading.
    const undotted = nextMarker.style === "arabic" && /^\d+\s/.test(next.text);
    const n = Number(nextMarker.label);
    if (!undotted || lastNumber === null || n === lastNumber + 1 || n === 1) return false;
  }
  if (/[.;:!?]["”»)]*$/.test(title.text.trim())) return false;
  // Two quantities, one on each line: two titles, each with its own target.
  const marker = parseMarker(title.text);
  const own = title.text.slice(marker ? marker.length : 0);
  return !(/\d/.test(own) && /\d/.test(next.text));
}

/** The lines with each capital title broken over lines joined into one line (its physical lines kept). */
export function joinCapitalTitles(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  let lastNumber: number | null = null;
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous !== undefined && continuesTitle(previous, line, lastNumber)) {
      const start = previous.text.length + 1;
      out[out.length - 1] = {
        text: `${previous.text} ${line.text}`,
        line: previous.line,
        breaks: [...previous.breaks, ...line.breaks.map((b) => ({ ...b, offset: b.offset + start }))],
      };
      continue;
    }
    const marker = parseMarker(line.text);
    if (marker !== null && marker.style === "arabic" && marker.depth === 1) lastNumber = Number(marker.label);
    out.push(line);
  }
  return out;
}

/** A word of capitals without a vowel is an abbreviation (`CLB`, `HTX`, `LHPN`): kept as written. */
const VOWEL = /[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u;

/** Text read from a title in capitals, as a name is written: `THÀNH LẬP TỔ TIẾT KIỆM` → `Thành lập tổ tiết kiệm`. */
export function fromCapitals(text: string, capitalizeFirst: boolean): string {
  const lowered = text.replace(/\p{Lu}[\p{L}]*/gu, (word) => (VOWEL.test(word) ? word.toLocaleLowerCase("vi") : word));
  return capitalizeFirst ? lowered.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, first: string) => lead + first.toLocaleUpperCase("vi")) : lowered;
}
