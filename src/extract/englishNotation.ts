/**
 * A plan written in English (a donor's work plan, a results framework) writes
 * its figures in English notation: `,` groups thousands and `.` is the decimal
 * mark (`VND 2,450,000,000`, `2.5 ha`), and a currency code may come before
 * the amount. The reading takes figures in Vietnamese notation, so such a
 * document's figures are rewritten in it (`2.450.000.000 VND`, `2,5 ha`) before
 * anything else is read. A document is English when its words are English and
 * it has next to no Vietnamese letters.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ENGLISH_WORD = /\b(?:the|and|of|to|in|for|by|with|will|be|is|are|at|least|per|each|from)\b/gi;
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;

/** Whether the text is written in English: many English words, few Vietnamese letters. */
export function isEnglishText(text: string): boolean {
  const english = text.match(ENGLISH_WORD)?.length ?? 0;
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  const vietnamese = text.match(VIETNAMESE_LETTER)?.length ?? 0;
  return words >= 30 && english >= words * 0.08 && vietnamese <= words * 0.05;
}

/** `1,250,000.5` → `1.250.000,5`; `2.5` → `2,5`; a figure with no mark, or a year, as it is. */
function toVietnamese(figure: string): string {
  return figure.replace(/[.,]/g, (mark) => (mark === "," ? "." : ","));
}

/**
 * The words that give a budget its shape, in English and as the reading knows them: the budget's part, its
 * total, the split of a total, a table's total row and its name column, a money unit noted in brackets.
 */
const BUDGET_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(\s*(?:[IVX]+\.|\d+\.)?\s*)(?:BUDGET|Budget)(?=\s*(?:\(|:|$))/gmu, "$1KINH PHÍ"],
  [/\bTotal (?:budget|cost|funding)\b/giu, "Tổng kinh phí"],
  [/,?\s*\bof which\b/giu, ", trong đó"],
  [/(^|\|)\s*Total\s*(?=\||$)/gmu, "$1 Tổng cộng "],
  [/(^|\|)\s*Budget (?:line|item)s?\s*(?=\|)/gimu, "$1 Nội dung "],
  [/\((?:in\s+)?(VND|VNĐ)\)/gu, "(Đơn vị tính: đồng)"],
];

/** The words that give a target its shape: its part, its bound, its pace and the places each figure is for. */
const TARGET_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.)?\s*)(?:Specific |Key |Annual )?(?:targets|expected results(?: and targets)?)\b/gimu, "$1Chỉ tiêu"],
  [/\b(?:at least|no less than|not less than|a minimum of)\s+/giu, "ít nhất "],
  [/\b(?:at most|no more than|not more than|not exceeding|a maximum of)\s+/giu, "không quá "],
  [/\s+per (commune|district|village|school)\b/giu, "/$1"],
  [/\/commune\b/gu, "/xã"],
  [/\/district\b/gu, "/huyện"],
  [/\/village\b/gu, "/thôn"],
  [/\/school\b/gu, "/trường"],
  [/\s+per year\b/giu, "/năm"],
  // `Bat Xat district (A Mu Sung, Y Ty)`: a district and its communes, as `huyện Bát Xát (A, B)` names them.
  [/\b((?:[A-Z][a-zà-ỹ]+ ){0,3}[A-Z][a-zà-ỹ]+) district(?= \()/gu, "huyện $1"],
  // `in 4 districts of Ha Giang (Dong Van, Meo Vac)`: districts named in passing, as `tại 04 huyện: A, B` names them.
  [/\bin (\d+) districts(?: of (?:[A-Z][a-zà-ỹ]+ ?)+)? \(([^()]+)\)/gu, "tại $1 huyện: $2;"],
];

/**
 * The text with its figures in Vietnamese notation, `VND 1,000` as `1.000 VND` and its budget's shaping words as
 * the reading knows them, and its dates as `ngày 14 tháng 3 năm 2025`, when it is English; else as it is. A
 * section number (`2.1.`) is no decimal.
 */
export function withVietnameseFigures(text: string): string {
  if (!isEnglishText(text)) return text;
  let out = text
    .replace(/(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\p{N}]|[.,]\d)/gu, (figure, _f, at: number, whole: string) =>
      /^\s*$/.test(whole.slice(whole.lastIndexOf("\n", at) + 1, at)) && !figure.includes(",") ? figure : toVietnamese(figure),
    )
    .replace(/\b(VND|VNĐ)\s+(\d[\d.,]*\d|\d)/gu, "$2 đồng");
  for (const [pattern, replacement] of [...BUDGET_WORDS, ...TARGET_WORDS]) out = out.replace(pattern, replacement);
  // `14 March 2025`, `March 14, 2025`: a date as the reading knows dates.
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  return out
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December),? (\d{4})\b/g, (_m, d: string, m: string, y: string) => `ngày ${d} tháng ${month(m)} năm ${y}`)
    .replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/g, (_m, m: string, d: string, y: string) => `ngày ${d} tháng ${month(m)} năm ${y}`);
}
