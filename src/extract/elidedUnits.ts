/**
 * `Tổ chức các buổi truyền thông tại 08 thôn, mỗi thôn 01;`: a quota per area whose counted noun is left out, said
 * earlier in the same sentence. The noun is taken only where the sentence names it unmistakably: after a figure
 * (`02 lớp tập huấn …, mỗi xã 01`) or after `các` / `những` (`các buổi truyền thông`), never a verb such as `Tổ chức`.
 */
import { AREA_WORDS, CLASSIFIERS, TIME_WORDS } from "./vocabulary";
import { matchPhrase, wordsOf } from "./words";

/** `mỗi thôn`, `mỗi xã, thị trấn`, `mỗi bản ít nhất`: the area a figure with nothing after it is given for. */
const EACH_AREA_BEFORE = /(?:^|[^\p{L}])mỗi\s+((?:\p{L}+\s*,?\s*){1,4}?)\s*(?::|là|ít nhất|tối thiểu|tối đa|không quá|không dưới|từ)?\s*$/iu;

export interface ElidedUnit {
  /** The counted noun said earlier (`buổi`, `lớp tập huấn`). */
  readonly unit: string;
  /** The area word of the quota (`thôn`). */
  readonly per: string;
}

/**
 * The noun and area of a figure that stands alone after `mỗi <area>` (`before` is the text up to the figure, `after`
 * the text from its end), or null when the figure is followed by a word, the area is none, or the sentence does not
 * name one counted noun for it.
 */
export function elidedQuotaUnit(before: string, after: string): ElidedUnit | null {
  if (!/^\s*(?:[;,.)]|$)/u.test(after)) return null;
  const each = EACH_AREA_BEFORE.exec(before);
  if (each === null) return null;
  const areaWords = wordsOf(each[1]);
  const area = matchPhrase(areaWords, AREA_WORDS);
  if (area === 0) return null;
  const sentence = before.slice(0, each.index);
  const from = Math.max(sentence.lastIndexOf(";"), sentence.lastIndexOf("."), sentence.lastIndexOf(":")) + 1;
  const lead = sentence.slice(from);
  const words = wordsOf(lead);
  const nouns: string[] = [];
  words.forEach((w, i) => {
    if (i === 0) return;
    const previous = words[i - 1];
    const afterFigure = /^\d+$/.test(previous.text) && /^\s+$/.test(lead.slice(previous.end, w.start));
    const afterPlural = previous.folded === "cac" || previous.folded === "nhung";
    if (!afterFigure && !afterPlural) return;
    const rest = words.slice(i);
    const length = matchPhrase(rest, CLASSIFIERS);
    if (length === 0 || matchPhrase(rest, AREA_WORDS) > 0 || matchPhrase(rest, TIME_WORDS) > 0) return;
    nouns.push(rest.slice(0, length).map((x) => (/^\p{Lu}{2,}$/u.test(x.text) ? x.text : x.text.toLocaleLowerCase("vi"))).join(" "));
  });
  // Two different nouns (`02 lớp tập huấn cho các hội viên …, mỗi xã 01`): which one the figure counts is a guess.
  if (nouns.length === 0 || new Set(nouns).size > 1) return null;
  return { unit: nouns[0], per: areaWords.slice(0, area).map((w) => w.text).join(" ") };
}
