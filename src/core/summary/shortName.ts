/**
 * A plan line's name shortened for a narrow column's header: its first words
 * up to `max` characters, cut between words with `…`. The area table's many
 * line columns each wrapped a whole name (`Đề án Hỗ trợ hoạt động bình đẳng
 * giới vùng dân tộc thiểu số và miền núi`) over ten lines, its header row a
 * third of the page; with the code before it, the short name is enough to
 * tell the column, and table 1 names each code in full. A quote the cut
 * leaves open is closed after the ellipsis.
 */

import { withEllipsis } from "../text/clip";

/** The name's first words within `max` characters (a first word longer than that is kept whole), `…` when cut. */
export function shortName(name: string, max: number): string {
  const text = name.trim().replace(/\s+/g, " ");
  if (text.length <= max) return text;
  const words = text.split(" ");
  let out = words[0];
  for (let i = 1; i < words.length; i++) {
    if (out.length + 1 + words[i].length > max) break;
    out += ` ${words[i]}`;
  }
  // Not ending on a joining word or a dash (`và`, `của`, `-`): the cut would read as if the name went on there.
  const parts = out.split(" ");
  while (parts.length > 1 && /^(và|của|cho|các|những|với|trong|tại|theo|đến|ở|về|để|có|được|-|–|,)$/iu.test(parts[parts.length - 1].replace(/[,;:]$/, ""))) parts.pop();
  // A quote the cut leaves open is closed after the ellipsis (`Câu lạc bộ “Thủ lĩnh…”`).
  return withEllipsis(parts.join(" ").replace(/[,;:]$/, ""));
}
