/**
 * The budget's lines in a text with no budget part (a decision's `Điều 1`, a Công văn): each line that names money
 * (`kinh phí`, `ngân sách`, `dự toán`, `tổng vốn`), and the list or table it opens (`…, chi tiết như sau:`, or a
 * `Chi tiết như sau:` line right after it): its items, table rows and unit note, up to the next line that is none
 * of those (the next `Điều`, a paragraph).
 */
import { foldText } from "../core/text/fold";
import { parseMarker } from "./markers";
import type { TextLine } from "./normalize";

const MONEY_WORDS = /\b(kinh phi|ngan sach|du toan|tong von)\b/;
/** `Chi tiết như sau:`, `Cụ thể:`, `Chi tiết theo từng huyện như sau:`: a short line that opens the list below. */
const OPENER = /^(?:chi tiet|cu the|phan bo|gom|bao gom)\b.{0,40}:\s*$/;
const UNIT_NOTE = /^\s*\(?\s*(?:dvt|don vi tinh|don vi)\s*:/;
const ARTICLE = /^dieu\s+\d/;

export function budgetMentions(body: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < body.length; i++) {
    const folded = foldText(body[i].text).trim();
    if (!MONEY_WORDS.test(folded)) continue;
    out.push(body[i]);
    let j = i + 1;
    let opens = /:\s*$/.test(folded);
    if (!opens && j < body.length && OPENER.test(foldText(body[j].text).trim())) {
      out.push(body[j]);
      opens = true;
      j++;
    }
    if (!opens) continue;
    for (; j < body.length; j++) {
      const line = body[j];
      const text = foldText(line.text).trim();
      if (ARTICLE.test(text)) break;
      if (!line.cells && !UNIT_NOTE.test(text) && parseMarker(line.text) === null) break;
      out.push(line);
    }
    i = j - 1;
  }
  return out;
}
