/**
 * A sentence that introduces the plan's targets and closes with `như sau:` (`Phấn đấu đến hết năm 2025 trên địa
 * bàn 14 xã đặc biệt khó khăn của huyện đạt được các chỉ tiêu như sau:`, `… phấn đấu trong năm 2024 đạt được các
 * kết quả cụ thể như sau:`), however long, opens a targets part: the list right below it.
 */
import { foldText } from "../core/text/fold";
import { parseMarker, type Marker } from "./markers";
import type { TextLine } from "./normalize";
import type { Section } from "./sections";

/** `… như sau:`, `… sau đây:`: the sentence closes by announcing a list. */
const ANNOUNCES = /\b(?:nhu sau|sau day)\s*:?\s*$/;
/** What the sentence announces are aims to reach, not results already reached or tasks to do. */
const AIMS = /\b(?:chi tieu|muc tieu|phan dau|can dat|dat duoc|ket qua cu the can dat)\b/;
const TASKS = /\b(?:giai phap|nhiem vu|hoat dong|noi dung|bien phap)\b/;
const PAST = /\b(?:ket qua (?:thuc hien|dat duoc) (?:nam|giai doan|trong)|da dat duoc|da thuc hien)\b/;

/** Top-level parts that give no targets: who does what, the money, reports, the situation so far. */
const OTHER_PART = /^(?:to chuc thuc hien|kinh phi|nguon kinh phi|du toan|phan cong|trach nhiem|che do bao cao|bao cao|tinh hinh|ket qua thuc hien|danh gia)\b/;
/** An item that starts with a place's name (`Xã A Lù: 2 tổ`, `Huyện Bát Xát thành lập …`). */
const PLACE_ITEM = /^(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|thôn|bản)\s+\p{Lu}/u;

/** The title of the top-level part (`II. TỔ CHỨC THỰC HIỆN`) the line at `index` stands in, or "". */
function partAbove(body: readonly TextLine[], index: number): string {
  for (let j = index - 1; j >= 0; j--) {
    const m = body[j].cells ? null : parseMarker(body[j].text);
    if (m?.style === "roman") return body[j].text.slice(m.length);
  }
  return "";
}

/** The number of a list label (`1`, `a`), or null for a bullet. */
function ordinal(marker: Marker): number | null {
  if (marker.style === "arabic" && marker.depth === 1) return Number(marker.label);
  if (marker.style === "letter") return marker.label.charCodeAt(0) - 96;
  return null;
}

/** Past the last line of the list that starts at `from`: bullets, or items numbered 1, 2, … (or a, b, …). */
function listEnd(body: readonly TextLine[], from: number): number {
  const first = body[from].cells ? null : parseMarker(body[from].text);
  if (first === null) return from;
  let expected = first.style === "bullet" ? null : ordinal(first);
  if (first.style !== "bullet" && expected !== 1) return from;
  let j = from + 1;
  for (; j < body.length; j++) {
    const m = body[j].cells ? null : parseMarker(body[j].text);
    if (m === null || m.style !== first.style) break;
    if (expected !== null) {
      if (ordinal(m) !== expected + 1) break;
      expected++;
    }
  }
  return j;
}

/** The line at `index` closes with `như sau:` over a list item: it announces that list. */
export function announcesList(body: readonly TextLine[], index: number): boolean {
  const next = body[index + 1];
  return next !== undefined && !next.cells && parseMarker(next.text) !== null && ANNOUNCES.test(foldText(body[index].text));
}

/** `trên địa bàn 14 xã`, `tại 08 xã, thị trấn`: the places a plan covers, counted in the sentence announcing its list. */
export function scopeCount(text: string, count: number, unit: string): boolean {
  const at = foldText(text).search(new RegExp(`\\b(?:tren dia ban|tai|o|thuoc|cua)\\s+(?:(?:ca|cac|toan bo)\\s+)?0*${count}\\s+${foldText(unit).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`));
  return at >= 0;
}

export function introducedLists(body: readonly TextLine[]): Section[] {
  const out: Section[] = [];
  for (let i = 0; i + 1 < body.length; i++) {
    const line = body[i];
    if (line.cells) continue;
    const marker = parseMarker(line.text);
    if (marker?.style === "bullet") continue;
    const folded = foldText(line.text);
    if (!ANNOUNCES.test(folded) || PAST.test(folded)) continue;
    // What the sentence announces are its last words (`… đạt được các chỉ tiêu như sau`), not an aim named on the way
    // (`Để đạt được mục tiêu trên, cần thực hiện các giải pháp như sau:`).
    const announced = folded.replace(ANNOUNCES, "").split(/\s+/).slice(-8).join(" ");
    if (!AIMS.test(folded) || TASKS.test(announced)) continue;
    if (OTHER_PART.test(foldText(partAbove(body, i)))) continue;
    const end = listEnd(body, i + 1);
    // `- Xã A Lù thành lập mới 2 tổ;` …: the aims shared out to places, which the worksheet holds, no targets.
    const items = body.slice(i + 1, end).map((l) => l.text.slice(parseMarker(l.text)?.length ?? 0));
    if (items.some((t) => PLACE_ITEM.test(t.charAt(0).toLocaleLowerCase("vi") + t.slice(1)))) continue;
    if (end > i + 1) out.push({ heading: i, start: i + 1, end, inline: "", inlineOffset: line.text.length });
  }
  return out;
}
