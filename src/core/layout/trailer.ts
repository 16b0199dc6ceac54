/**
 * Rows that end a table: notes, signatures, dates and places under it
 * (`Ghi chú`, `Người lập biểu`, `Thủ trưởng đơn vị`, `Hà Nội, ngày … tháng … năm …`).
 */
import { foldText, wordKey } from "../text/fold";

const TRAILER_STARTS = [
  "ghi chu",
  "chu thich",
  "nguoi lap",
  "nguoi ky",
  "can bo lap",
  "thu truong",
  "ke toan",
  "noi nhan",
  "kem theo",
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
  "note",
  "notes",
  "prepared by",
  "approved by",
];

/** True for the first text of a row that closes a table (notes, signatures, place and date). */
export function isTrailerText(text: string): boolean {
  const trimmed = text.trim();
  if (/^\(?\*/.test(trimmed)) return true;
  const folded = foldText(trimmed);
  if (/^(luu|luu y|chu y|nguon|nguon so lieu|noi nhan|bang chu|so tien bang chu|viet bang chu)\s*:/.test(folded)) return true;
  // The line under a signature title: `(Ký, ghi rõ họ tên)`, `(Ký tên, đóng dấu)`.
  if (/^\(\s*ky\b/.test(folded)) return true;
  const key = wordKey(trimmed);
  if (key === "") return false;
  if (TRAILER_STARTS.some((start) => key === start.trim() || key.startsWith(start.endsWith(" ") ? start : start + " ")))
    return true;
  return /\bngay\b.*\bthang\b.*\bnam\b/.test(key) && key.split(" ").length <= 14;
}
