/**
 * `Giảm từ 5 - 7% số vụ bạo lực gia đình so với năm 2025`: a change is measured against a year, which CONTRACT §6 has no
 * field for; the name carries it in brackets (`Giảm số vụ bạo lực gia đình (so với năm 2025)`), where a reader sees it
 * and the matching of worksheet lines by name leaves it out, as it does `(mỗi năm)`.
 */
import { foldText } from "../core/text/fold";

/** A change's own words: the name says the figure lowers or raises something. */
const CHANGE = /(?:^|\s)(?:giam|tang|nang)(?:\s|$)/u;

/** `so với năm 2025`, `so với cuối năm 2024`, `so với cùng kỳ năm 2025`. */
const AGAINST = /(?<!\p{L})so với\s+((?:cùng kỳ\s+)?(?:(?:cuối|đầu)\s+)?năm\s+(?:19|20)\d{2})(?!\d)/iu;

/** `name` with the year its change is measured against, said after the figure (from `from`) in the same clause of `text`. */
export function withComparison(name: string, text: string, from: number): string {
  if (!CHANGE.test(foldText(name)) || /(?<!\p{L})so với(?!\p{L})/iu.test(name)) return name;
  const rest = text.slice(from);
  const end = rest.search(/;|\.(?:\s|$)/u);
  const found = AGAINST.exec(end < 0 ? rest : rest.slice(0, end));
  // Another figure before it (`giải ngân 100% …, giảm tối thiểu 3,5% … so với cuối năm 2023`) is the one it measures.
  if (found === null || /\d/u.test(rest.slice(0, found.index).replace(/năm\s+(?:19|20)\d{2}/giu, ""))) return name;
  return `${name} (so với ${found[1].replace(/\s+/g, " ")})`;
}
