/**
 * `Tổng kinh phí: 2.350.500.000 đồng (Bằng chữ: Hai tỷ, ba trăm năm mươi triệu đồng)`: an amount restated in words in
 * the brackets after it. When the words say another amount, the document contradicts itself: told (target-conflict),
 * with both, for the reader to confirm which is meant; the figure stays what is read.
 */
import { formatDong } from "./money";
import { issue, sourceOf } from "./issues";
import { lineAt, type TextLine } from "./normalize";
import { findQuantities } from "./quantities";
import { spelledValue } from "./spelledAmounts";
import type { ExtractIssue } from "./types";

/** `(Bằng chữ: Hai tỷ, ba trăm năm mươi triệu đồng chẵn)`: the words of the bracket right after an amount's unit. */
const WORDS_BRACKET = /^\s*\(\s*(?:bằng chữ\s*:?\s*)?([^()\d]+?)\s*\)/iu;

export function checkSpelledAmounts(body: readonly TextLine[]): ExtractIssue[] {
  const issues: ExtractIssue[] = [];
  for (const line of body) {
    if (line.cells) continue;
    const text = line.text;
    if (!text.includes("(")) continue;
    for (const q of findQuantities(text)) {
      if (q.kind !== "money") continue;
      const bracket = WORDS_BRACKET.exec(text.slice(q.unitEnd));
      if (bracket === null) continue;
      const words = bracket[1]
        .replace(/[,.;]/g, " ")
        .replace(/\s+(?:đồng|VNĐ|VND)(?:\s+chẵn)?\s*$/iu, "")
        .trim()
        .split(/\s+/u);
      const said = spelledValue(words);
      if (said === null || said === q.base) continue;
      const at = lineAt(line, q.start);
      issues.push(
        issue(
          "target-conflict",
          `Số tiền ghi bằng số ${formatDong(q.base)} đồng khác số tiền ghi bằng chữ "${bracket[1].trim()}" (${formatDong(said)} đồng) ở dòng ${at}; cần xác nhận số đúng.`,
          `The amount in figures, ${formatDong(q.base)} đồng, differs from the amount in words "${bracket[1].trim()}" (${formatDong(said)} đồng) on line ${at}; confirm which is right.`,
          { source: sourceOf(at), expected: q.base, actual: said },
        ),
      );
    }
  }
  return issues;
}
