/**
 * A clause that sets a target of none (`Không để xảy ra vụ ngộ độc thực phẩm trên 30 người mắc`, `Không có trường hợp
 * tử vong …`, `Không để phát sinh mới các trường hợp …`): how it opens, and whether a figure stands inside it. A figure
 * there says which cases are meant (`trên 30 người mắc`), it is no target of its own.
 */

/** `Không để xảy ra`, `không để phát sinh (mới)`, `Không có`, `không để tái diễn`: the verbs of a none, with what may follow them. */
export const NONE_OPENING =
  "không\\s+(?:để\\s+(?:xảy\\s+ra|phát\\s+sinh|có|tái\\s+diễn|còn)|có|xảy\\s+ra|phát\\s+sinh)(?:\\s+mới)?(?:\\s+(?:bất\\s+kỳ|một|các|những))?(?!\\p{L})";

/**
 * The opening at the head of a clause: the text's start, a list mark or punctuation before it, and at most a word of
 * striving (`Phấn đấu`, `Bảo đảm`) — not `Số hộ không có nhà tiêu …`, where `không có` is part of a name.
 */
const CLAUSE_HEAD = "(?:^|[^\\p{L}\\p{N}\\s]\\s*|^\\s*\\d+(?:\\.\\d+)*[.)]?\\s*)(?:(?:phấn\\s+đấu|bảo\\s+đảm|đảm\\s+bảo|kiên\\s+quyết)\\s+)?";

/** A none's opening at its clause's head, then its words up to the figure, with no clause break between. */
const NONE_BEFORE = new RegExp(`${CLAUSE_HEAD}${NONE_OPENING}[^;:.,!?]*$`, "iu");

/** Whether the figure at `at` stands in a clause that sets a target of none (read from the clause's head, near the figure). */
export function insideNone(text: string, at: number): boolean {
  const head = Math.max(...[";", ":", ".", ",", "!", "?"].map((c) => text.lastIndexOf(c, at - 1)));
  // A clause too long to be one none's: none.
  if (at - head > 240) return false;
  return NONE_BEFORE.test(text.slice(Math.max(0, head - 12), at).normalize("NFC"));
}
