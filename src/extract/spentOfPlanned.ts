/**
 * `Kinh phí đã giải ngân: 850 triệu đồng/1.250 triệu đồng`, `Đã thực hiện 320/400 lao động`: what was spent or done
 * over what was planned. The plan's figure is the one after `/`; the one before is a result, never a target nor a
 * ceiling. The result and its slash are blanked (same length, so every position stays) before the lines are read.
 */

/** Words saying the figure before `/` is what was spent or done: `đã giải ngân`, `đã thực hiện`, `đã chi`. */
const DONE_WORDS = /(?:^|[^\p{L}])(?:(?:đã\s+)?giải ngân|đã\s+(?:thực hiện|chi|sử dụng)|lũy kế|thực hiện\s*\/\s*kế hoạch)(?!\p{L})/iu;

/** `850 triệu đồng/1.250 triệu đồng`, `850/1.250 triệu đồng`, `320 lao động/400 lao động`. */
const PAIR = /(?<![\p{L}\p{N}.,/])(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)((?:\s+\p{L}+){0,3}?)\s*\/\s*(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)(?![\p{N}.,]*\d)/gu;

const valueOf = (figure: string) => Number(figure.replace(/\./g, "").replace(",", "."));

/** The text with each spent-or-done figure before its planned one blanked out; the text itself when there is none. */
export function plannedAfterSlash(text: string): string {
  if (!text.includes("/") || !DONE_WORDS.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(PAIR)) {
    const start = m.index ?? 0;
    const clauseStart = Math.max(text.lastIndexOf(";", start), text.lastIndexOf(".", start - 2), text.lastIndexOf("\n", start)) + 1;
    if (!DONE_WORDS.test(text.slice(clauseStart, start))) continue;
    // The unit before `/` is the one after the planned figure (`850 triệu đồng/1.250 triệu đồng`), or there is none.
    const unit = m[2].trim();
    const afterPlanned = text.slice(start + m[0].length).trimStart();
    if (unit !== "" && !afterPlanned.toLocaleLowerCase("vi").startsWith(unit.toLocaleLowerCase("vi"))) continue;
    if (unit === "" && !/^\p{L}/u.test(afterPlanned)) continue;
    if (valueOf(m[1]) > valueOf(m[3])) continue;
    const blankEnd = start + m[0].length - m[3].length;
    out = out.slice(0, start) + " ".repeat(blankEnd - start) + out.slice(blankEnd);
  }
  return out;
}
