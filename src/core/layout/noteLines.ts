/**
 * Lines that are notes, not figures, in either orientation: a column (row)
 * headed by a note, who carries the line out, a document's number, a contact,
 * or the time or year of the work; or one whose cells are all dates.
 */
import { isDateFormat } from "../cells/numberFormat";
import type { CellValue } from "../model/workbook";
import { wordKey } from "../text/fold";
import { isBlank } from "./cells";
import type { Frame } from "./frame";
import type { RawLine } from "./lines";

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

/**
 * Lines as rows matching no plan line that are notes, as a column past the
 * names would be: the row's label a note's (`Năm thực hiện`, `Số QĐ`,
 * `Thời gian hoàn thành`), or every filled cell a date. Their positions.
 */
export function noteLines(frame: Frame, raw: readonly RawLine[], matches: readonly unknown[]): Set<number> {
  const out = new Set<number>();
  raw.forEach((line, i) => {
    if (matches[i] !== null) return;
    const cells = frame.areaPositions.map((row) => ({ value: frame.grid.value(row, line.position), format: frame.grid.numberFormat(row, line.position) })).filter(({ value }) => !isBlank(value));
    const dates = cells.length > 0 && cells.every(({ value, format }) => isDateCell(value, format));
    if (dates || isNoteHeader(wordKey(line.parts[line.parts.length - 1] ?? ""))) out.add(line.position);
  });
  return out;
}
