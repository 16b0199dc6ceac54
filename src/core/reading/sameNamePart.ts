/**
 * A blank commune row over one row of its own name (`1 | Xã Bản Liền`, blank,
 * then `- | Bản Liền` with the figures): the numbering makes the second row
 * the commune's item, so it is read as its part (a village of that name).
 * The same name twice may as well be the commune written again on the row
 * that carries its figures: the reading says which it took, as a guess.
 */
import { columnLetters } from "../model/address";
import type { AllocationTable } from "../model/table";

/** The reason for each blank heading whose one child is a leaf of its own name, read as its part. */
export function sameNamePartReasons(table: AllocationTable): { vi: string; en: string }[] {
  const rows = table.orientation === "areas-as-rows";
  const at = (index: number) => (rows ? { vi: `dòng ${index + 1}`, en: `row ${index + 1}` } : { vi: `cột ${columnLetters(index)}`, en: `column ${columnLetters(index)}` });
  const reasons: { vi: string; en: string }[] = [];
  // An index loop: a `for … of` makes an iterator result per area until the loop is optimised (this runs once over every area).
  for (let h = 0; h < table.areas.length; h++) {
    const head = table.areas[h];
    if (head.kind !== "heading" || head.children.length !== 1) continue;
    const part = table.areas[head.children[0]];
    if (part.kind !== "leaf" || part.key !== head.key || part.key === "") continue;
    const [mine, its] = [at(part.index), at(head.index)];
    reasons.push({
      vi: `"${part.label}" ở ${mine.vi} mang cùng tên với "${head.label}" (${its.vi}, để trống) và được đánh số như một mục của nó, nên được đọc là một phần của ${head.label} (thôn, bản cùng tên); nếu đó chính là số liệu của ${head.label} ghi ở ${rows ? "dòng" : "cột"} thứ hai, hãy chỉnh lại cách đọc.`,
      en: `"${part.label}" in ${mine.en} bears the name of "${head.label}" (${its.en}, left blank) and is numbered as its item, so it was read as a part of ${head.label} (a village of that name); if it is ${head.label}'s own figures written on a second ${rows ? "row" : "column"}, correct the reading.`,
    });
  }
  return reasons;
}
