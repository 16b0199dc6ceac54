/**
 * Lines that are notes, not figures, in either orientation: a column (row)
 * headed by a note, who carries the line out, a document's number, a contact,
 * or the time or year of the work; or one whose cells are all dates.
 */
import { isDateFormat } from "../cells/numberFormat";
import type { CellValue } from "../model/workbook";

/**
 * Notes, who carries the line out, and numbers that are no figures: a
 * document's (`Số QĐ`, `Quyết định số`), a contact's (`Điện thoại`), a date
 * or year of the work (`Thời gian hoàn thành`, `Năm thực hiện`).
 */
const NOTE_HEADERS =
  /^(ghi chu|note|notes|chu thich|co quan thuc hien|don vi thuc hien|don vi chu tri|so qd|qd so|so quyet dinh|quyet dinh so|so van ban|so hieu van ban|so dien thoai|dien thoai|sdt|thoi gian|thoi han|han hoan thanh|ngay hoan thanh|ngay thuc hien|nam thuc hien|nam hoan thanh)\b/;

/** Whether a header's last part (its word key) names a note, not a figure. */
export function isNoteHeader(key: string): boolean {
  return NOTE_HEADERS.test(key);
}

/** A number shown as a date (`30/6/2024`): when, not how much. */
export function isDateCell(value: CellValue, format: string | undefined): boolean {
  return typeof value === "number" && isDateFormat(format);
}
