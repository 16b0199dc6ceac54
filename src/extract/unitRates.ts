/**
 * `Mỗi trạm y tế xã tổ chức 02 đợt khám sàng lọc …; toàn huyện 24 đợt`, `Mỗi câu lạc bộ sinh hoạt 04 buổi, tổng số 48
 * buổi`: a figure per unit of something that is no area (an establishment, a group), its whole stated after it in the
 * sentence, is the whole's rate — kept as the whole's quota, no target of its own. (A figure per area, `mỗi xã 01 CLB`,
 * is a quota already; one per unit with no whole after it is read as before.)
 */
import { foldText } from "../core/text/fold";
import { WHOLE_BEFORE, type Quantity } from "./quantities";
import { AREA_WORDS, TIME_WORDS } from "./vocabulary";
import { matchPhrase, wordsOf } from "./words";

/** Verbs (folded) that end the unit's words after `mỗi` (`Mỗi trạm y tế xã | tổ chức 02 đợt`). */
const VERBS = [
  "to chuc", "thanh lap", "xay dung", "duy tri", "co", "thuc hien", "duoc", "dat", "ho tro", "trien khai", "mo", "dao tao",
  "tap huan", "boi duong", "kham", "tiep nhan", "ket nap", "van dong", "tuyen truyen", "phan dau", "cap", "lap", "bo tri",
  "trong", "giup do", "giup", "ra mat", "nhan", "huong dan", "tu van", "sinh hoat", "phat trien", "xay moi", "sua chua",
  "kiem tra", "lay", "thu gom", "xu ly", "dang ky", "tham gia", "dam nhan", "phu trach", "chiu trach nhiem", "it nhat",
  "toi thieu", "khong duoi", "tu",
];

/** The unit's words after the figure's `mỗi` in its clause (`trạm y tế xã`), or null when there is none or it is an area or a time. */
function eachUnitBefore(text: string, q: Pick<Quantity, "start">): string | null {
  const clauseStart = Math.max(...[";", ":", ".", "(", ")", ","].map((c) => text.lastIndexOf(c, q.start - 1))) + 1;
  const clause = text.slice(clauseStart, q.start).normalize("NFC");
  const each = /(?:^|[^\p{L}])mỗi\s+([^\d]+?)\s*$/iu.exec(clause);
  if (each === null) return null;
  const words = wordsOf(each[1]);
  if (words.length === 0 || matchPhrase(words, TIME_WORDS) > 0 || matchPhrase(words, AREA_WORDS) > 0) return null;
  const verb = words.findIndex((_, i) => i > 0 && matchPhrase(words.slice(i), VERBS) > 0);
  const unit = words.slice(0, verb < 0 ? words.length : verb);
  if (unit.length > 5) return null;
  return each[1].slice(unit[0].start, unit[unit.length - 1].end).toLocaleLowerCase("vi");
}

/** Whether `o` is a whole of `q`'s unit stated after it in its sentence (`; toàn huyện 24 đợt`, `, tổng số 48 buổi`). */
function wholeAfter(text: string, q: Quantity, o: Quantity): boolean {
  if (o.start <= q.unitEnd || o.role !== "target" || o.kind !== "count" || foldText(o.unit) !== foldText(q.unit)) return false;
  if (/\.(?:\s|$)/u.test(text.slice(q.unitEnd, o.start))) return false;
  const clauseStart = Math.max(...[";", ",", "("].map((c) => text.lastIndexOf(c, o.start - 1)));
  return clauseStart >= q.unitEnd && WHOLE_BEFORE.test(text.slice(clauseStart, o.start));
}

/** The unit a count target is given per (`trạm y tế xã`) when its whole follows it in the sentence, else null. */
export function rateOfWhole(text: string, q: Quantity, quantities: readonly Quantity[]): string | null {
  if (q.role !== "target" || q.kind !== "count") return null;
  const per = eachUnitBefore(text, q);
  return per !== null && quantities.some((o) => wholeAfter(text, q, o)) ? per : null;
}
