/**
 * Rows that end a table: notes, signatures, dates and places under it
 * (`Ghi chú`, `Người lập biểu`, `Thủ trưởng đơn vị`, `Hà Nội, ngày … tháng … năm …`, `Ngày 15/3/2024`),
 * the amount in words (`(Bằng chữ: …)`), the unit (`Đơn vị tính: triệu đồng`), a count
 * of the areas (`Tổng số xã: 4`).
 */
import { foldText, wordKey } from "../text/fold";

/** Words that open a signature title (`Người lập biểu`, `Thủ trưởng đơn vị`, `TM. BAN THƯỜNG VỤ`). */
const SIGNATURE_STARTS = [
  "nguoi lap",
  "nguoi ky",
  "can bo lap",
  "thu truong",
  "ke toan",
  "xac nhan",
  "lanh dao",
  "chu tich",
  "pho chu tich",
  "giam doc",
  "truong phong",
  "truong ban",
  "tm ",
  "kt ",
  "ttl ",
  "prepared by",
  "approved by",
];

const TRAILER_STARTS = ["ghi chu", "chu thich", "noi nhan", "kem theo", "note", "notes", ...SIGNATURE_STARTS];

function startsWithAny(key: string, starts: readonly string[]): boolean {
  return starts.some((start) => key === start.trim() || key.startsWith(start.endsWith(" ") ? start : start + " "));
}

/** True for the first text of a row that closes a table (notes, signatures, place and date). */
export function isTrailerText(text: string): boolean {
  const trimmed = text.trim();
  if (/^\(?\*/.test(trimmed)) return true;
  const folded = foldText(trimmed);
  if (/^[([]?\s*(luu|luu y|chu y|nguon|nguon so lieu|noi nhan|bang chu|so tien bang chu|viet bang chu|dvt|don vi tinh|don vi)\s*:/.test(folded)) return true;
  const key = wordKey(trimmed);
  if (key !== "" && (isAreaCount(trimmed, key) || startsWithAny(key, TRAILER_STARTS))) return true;
  return isSignatureFolded(folded, key);
}

/**
 * True for a signature block's text: a signer's title (`Người lập biểu`, `Thủ trưởng đơn vị`, `TM. BAN THƯỜNG VỤ`),
 * the line under it (`(Ký, ghi rõ họ tên)`), a place and date (`Lào Cai, ngày 20 tháng 01 năm 2025`, `Ngày 15/3/2024`).
 */
export function isSignatureText(text: string): boolean {
  const trimmed = text.trim();
  const key = wordKey(trimmed);
  return (key !== "" && startsWithAny(key, SIGNATURE_STARTS)) || isSignatureFolded(foldText(trimmed), key);
}

function isSignatureFolded(folded: string, key: string): boolean {
  // The line under a signature title: `(Ký, ghi rõ họ tên)`, `(Ký tên, đóng dấu)`.
  if (/^\(\s*ky\b/.test(folded)) return true;
  if (key === "") return false;
  if (/\bngay\b.*\bthang\b.*\bnam\b/.test(key) && key.split(" ").length <= 14) return true;
  // A place and date typed short: `Ngày 15/3/2024`, `Ba Vì, ngày 15.03.2024`.
  return /^(?:[^,]{1,40},\s*)?ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*$/.test(folded);
}

/** Words naming the areas a count line counts. */
const COUNTED = "(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|thon|xom|ban|to dan pho|to|lang|ap|don vi|dia ban)";
/** `Tổng số xã: 4`, `Số xã được hỗ trợ: 4 xã` — the count after the areas' word, a colon between (`Cộng phường 3` is a subtotal's label). */
const COUNT_AFTER = new RegExp(`^(?:tong so|tong cong|tong|cong|so)(?: cac)? ${COUNTED}(?: [a-z]+){0,4} \\d+(?: ${COUNTED})?$`);
/** `Tổng cộng: 14 xã`, `Cộng: 3 huyện, 14 xã`, `Gồm 4 xã` — each count before its areas' word. */
const COUNT_BEFORE = new RegExp(`^(?:tong so|tong cong|tong|cong|gom|co)(?: co| gom)?(?: \\d+ ${COUNTED})+$`);

/**
 * A line counting the table's areas, typed under it as text: `Tổng số xã: 4`,
 * `Tổng cộng: 14 xã`, `Cộng: 3 huyện, 14 xã` (word key) — a trailer, never an
 * area. (A total row whose label counts its areas, `Tổng cộng (4 xã)`, holds
 * figures: rows with a number never end a table.)
 */
function isAreaCount(text: string, key: string): boolean {
  const first = key.charCodeAt(0);
  // Only keys that open with `t`, `c`, `s` or `g` and hold a digit are tried.
  if ((first !== 116 && first !== 99 && first !== 115 && first !== 103) || !/\d/.test(key)) return false;
  return COUNT_BEFORE.test(key) || (/[:=]/.test(text) && COUNT_AFTER.test(key));
}

/** `Tổng số xã`, `Số xã:`, `Tổng số các thôn` — a label naming a count of areas, the count in a cell beside it. */
const COUNT_LABEL = new RegExp(`^(?:tong so|so)(?: cac)? ${COUNTED}$`);

/** True for the label of a count of the areas (`Tổng số xã` | `4`); with one integer beside it under the table, a trailer. */
export function isAreaCountLabel(text: string): boolean {
  return COUNT_LABEL.test(wordKey(text));
}

/** `ĐVT: triệu đồng`, `(Đơn vị tính: đồng)`, `Đơn vị: triệu đồng`: the unit of the figures, in a title block as often as under a table. */
export function isUnitNoteText(text: string): boolean {
  return /^[([]?\s*(dvt|don vi tinh|don vi)\s*:/.test(foldText(text.trim()));
}

/** Codes of the letters a note's first word opens with (`Ghi chú`, `Chú thích`, `Chú ý`, `Lưu ý`, `Note`), and of a bracket before it. */
const NOTE_START = new Set([..."GgCcLlNn(["].map((c) => c.charCodeAt(0)));

/** True for text that opens a note: `Ghi chú: …`, `(Chú thích: …)`, `Lưu ý: …`, `Note: …`. */
export function isNoteText(text: string): boolean {
  // Its first letter first: most labels are ruled out without folding them.
  if (!NOTE_START.has(text.trimStart().charCodeAt(0))) return false;
  // (`Chú ý`, `Lưu ý` with their colon: bare, they may open a place's name.)
  return /^[([]?\s*((ghi chu|chu thich|note|notes)\b|(chu y|luu y)\s*:)/.test(foldText(text.trim()));
}
