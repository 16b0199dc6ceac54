/**
 * A plan line's name shortened for a narrow box (the pane's plan-line choices
 * at task-pane width, the whole name written under the box): its first words
 * up to `max` characters, cut between words with `…`. A quote the cut leaves
 * open is closed after the ellipsis. The summary's area table names each line
 * whole (headerBalance.ts shares its columns' widths out for that).
 */

import { withEllipsis } from "../../../core/text/clip";

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
