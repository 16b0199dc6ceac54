/**
 * A count stated per year (`mỗi năm thành lập mới 05 tổ`, `Hằng năm tổ chức …`, `… 02 lớp mỗi năm`): the year's
 * figure, whose total over the plan's years the text leaves to the reader — unless the whole period is said after the
 * pace (`Mỗi năm … 03 tổ, cả giai đoạn … 15 tổ`).
 */

/** `mỗi năm`, `hằng năm`, `hàng năm`. */
export const YEARLY_PACE = /(?:^|[^\p{L}])(?:mỗi năm|hằng năm|hàng năm)(?!\p{L})/iu;
/** `cả giai đoạn`, `giai đoạn 2026 - 2030`, `đến năm 2030`: the plan's whole period, not one year of it. */
export const WHOLE_PERIOD = /(?:^|[^\p{L}])(?:(?:cả|toàn|tổng|trong)\s+giai đoạn|giai đoạn\s+(?:19|20)\d{2}|(?:đến|tới|hết)\s+năm\s+(?:19|20)\d{2})(?!\p{L})/iu;

/**
 * Whether the figure at `start` in `text` is paced per year: a pace in its clause before it (from the last `;` or
 * `.`) with no whole period after that pace, or a pace between its unit's end and `spanEnd`.
 */
export function pacedPerYear(text: string, start: number, unitEnd: number, spanEnd: number): boolean {
  const clauseStart = Math.max(text.lastIndexOf(";", start), text.lastIndexOf(".", start - 2), 0);
  const clauseLead = text.slice(clauseStart, start);
  const paceAt = [...clauseLead.matchAll(new RegExp(YEARLY_PACE.source, "giu"))].pop();
  const paced = paceAt !== undefined && !WHOLE_PERIOD.test(clauseLead.slice((paceAt.index ?? 0) + paceAt[0].length));
  return paced || YEARLY_PACE.test(text.slice(unitEnd, spanEnd));
}

/** A yearly figure's name: `/năm` dropped, `(mỗi năm)` added unless the name says the pace. */
export function yearlyName(name: string): string {
  const bare = name.replace(/\s*\/\s*năm(?!\p{L})/u, "");
  return /mỗi năm|hằng năm|hàng năm/iu.test(bare) ? bare : `${bare} (mỗi năm)`;
}
