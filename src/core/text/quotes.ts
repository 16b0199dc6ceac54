/**
 * Quotation marks as a reader expects them: the engine's messages quote a
 * sheet, a header or a cell's text between straight quotes (`Trang "Phân
 * bổ"`), which stay so in the JSON report and on the command line; what a
 * person reads in the task pane and on the printed summary sheet takes the
 * typographic marks of Vietnamese (and English): “Phân bổ”. A quote that
 * holds quotation marks of its own (a plan line named `Câu lạc bộ “Thủ lĩnh
 * của sự thay đổi”`) has them as single marks inside: “Câu lạc bộ ‘Thủ lĩnh
 * của sự thay đổi’”.
 *
 * A straight mark opens a quote at the start of the text or after a space or
 * an opening bracket, and closes it anywhere else. Apostrophes (`'Phân
 * bổ'!F8` in a formula) are left as they are. One pass over the text.
 */

const OPEN_BEFORE = new Set([" ", "\t", "\n", "(", "[", "{", "/", "–", "—", "\u00a0"]);

/**
 * A sheet name as Excel quotes it (`'Tiến độ "2024"'`, `'Tiến độ "2024"'!H8`) holding
 * double quotes of its own: kept as it is (see sheetInText in model/address.ts). It
 * opens where a quote opens and closes before `!`, a space, punctuation or the end.
 */
const EXCEL_QUOTED_SHEET = /(?<=^|[\s([{/–—])'(?:[^'\n]|'')*"(?:[^'\n]|'')*'(?=$|[!\s.,;:)\]}…])/gu;

export function typographicQuotes(text: string): string {
  if (!text.includes('"')) return text;
  if (!text.includes("'")) return curled(text);
  // The sheet names kept aside (as private-use characters, which no quote opens after), the rest made typographic.
  const kept: string[] = [];
  const marked = text.replace(EXCEL_QUOTED_SHEET, (span) => String.fromCharCode(0xe000 + kept.push(span) - 1));
  if (kept.length === 0) return curled(text);
  return curled(marked).replace(/[\ue000-\uf8ff]/gu, (ch) => kept[ch.charCodeAt(0) - 0xe000] ?? ch);
}

function curled(text: string): string {
  if (!text.includes('"')) return text;
  let out = "";
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const opens = !open && (i === 0 || OPEN_BEFORE.has(text[i - 1]));
      if (opens) {
        open = true;
        out += "“";
      } else if (open) {
        open = false;
        out += "”";
      } else {
        // A mark that neither opens nor closes a quote (an inch sign, a stray mark): kept.
        out += ch;
      }
    } else if (open && ch === "“") out += "‘";
    else if (open && ch === "”") out += "’";
    else out += ch;
  }
  return open ? text : out;
}
