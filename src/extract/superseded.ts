/**
 * `Sửa đổi chỉ tiêu "Thành lập mới 10 tổ …" thành "Thành lập mới 12 tổ …"`, `Thay thế chỉ tiêu "hỗ trợ 30 hộ" bằng "hỗ trợ
 * 35 hộ"`: an amending plan quotes the wording it replaces and the wording that replaces it; only the new one is a target.
 */

/**
 * A quoted wording with a figure (straight or curly quotes), then `thành`, `bằng`, `được sửa đổi thành`, `như sau:`, then
 * another quoted wording: the first is the old one. The verb that opens the clause (`Sửa đổi chỉ tiêu tại điểm a, khoản
 * 2, Mục I:`) goes with it when nothing ends the clause between. Only between quotes — `từ 10 tổ lên 12 tổ`, `từ 60% lên
 * 70%` are read elsewhere.
 */
const LEAD = /(?:(?<!\p{L})(?:sửa đổi|thay thế|điều chỉnh|thay đổi)(?!\p{L})[^;."“”\n]*?)?/u.source;
const REPLACEMENT =
  /["“](?<old>[^"“”\n]*\d[^"“”\n]*)["”]\s*,?\s*(?:(?:được\s+)?(?:sửa đổi|điều chỉnh|thay thế|thay đổi)?\s*(?:thành|bằng)(?:\s+(?:chỉ tiêu|nội dung))?|như sau)\s*:?\s*["“](?<new>[^"“”\n]*)["”]/u.source;
const REPLACED = new RegExp(LEAD + REPLACEMENT, "giu");
const AMOUNT_REPLACED = new RegExp(REPLACEMENT, "giu");

/** A replacement's match blanked (same length) but for its new wording. */
function keepingNew(whole: string, ...args: unknown[]): string {
  const groups = args[args.length - 1] as { new: string };
  const at = whole.lastIndexOf(groups.new, whole.length - 1);
  return " ".repeat(at) + groups.new + " ".repeat(whole.length - at - groups.new.length);
}

/**
 * `Sửa đổi chỉ tiêu thành lập 10 tổ truyền thông thành 12 tổ`, `Điều chỉnh chỉ tiêu hỗ trợ 30 hộ nghèo thành 35 hộ`: the
 * same, unquoted — the opening verb (with where the target stands, up to a `:`), the words before the old figure (no
 * figure among them, no `từ`: `từ 10 tổ thành 12 tổ` is read elsewhere), the old figure and what it counts, then `thành`
 * or `bằng` and the new figure with no more than the start of what the old one counts, to the clause's end.
 */
const FIGURE = /\d+(?:[.,]\d+)*/u.source;
const UNQUOTED =
  /(?<!\p{L})(?:sửa đổi|thay thế|điều chỉnh|thay đổi)(?:\s+chỉ tiêu)?(?!\p{L})(?:[^;.:"“”\n]*:)?\s*(?<words>[^;.:"“”\n\d]*?)/u.source +
  `(?<!(?<!\\p{L})từ\\s*)(?<old>${FIGURE})(?<counted>[^;.,:"“”\\n\\d]*?)\\s+(?:thành|bằng)\\s+(?<new>${FIGURE})(?<newCounted>[^;.,:"“”\\n\\d]*?)(?=\\s*(?:[;.,]|$))`;
const UNQUOTED_REPLACED = new RegExp(UNQUOTED, "giu");

/** A folded, spaced-out wording: `% `, ` tổ  truyền` → `%`, `tổ truyền`. */
const spaced = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/gu, " ").trim();

/**
 * An unquoted replacement rewritten (same length) as its target said with the new figure: `thành lập 12 tổ truyền
 * thông` at the start of the match, the rest blanked. Left as it is when the new figure's words are not the start of
 * what the old one counts (`… 10 tổ thành 12 câu lạc bộ`: two things).
 */
function withNewFigure(whole: string, ...args: unknown[]): string {
  const g = args[args.length - 1] as { words: string; old: string; counted: string; new: string; newCounted: string };
  if (!spaced(g.counted).startsWith(spaced(g.newCounted))) return whole;
  const said = g.words + g.new + g.counted;
  return said + " ".repeat(whole.length - said.length);
}

/**
 * The text with each quoted replacement's opening words, old wording and quotes blanked (same length): only the new
 * wording is left; an unquoted one said again with its new figure ({@link withNewFigure}).
 */
export function withoutSuperseded(text: string): string {
  return text.replace(REPLACED, keepingNew).replace(UNQUOTED_REPLACED, withNewFigure);
}

/**
 * `Sửa đổi tổng kinh phí "1.200 triệu đồng" thành "1.500 triệu đồng"`: the old amount and the quotes blanked (same length),
 * the opening words kept — they name the line (`tổng kinh phí`).
 */
export function withoutSupersededAmounts(text: string): string {
  return text.replace(AMOUNT_REPLACED, keepingNew);
}
