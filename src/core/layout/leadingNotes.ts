/**
 * Note lines staff type under the header, before the first row of figures:
 * the document the sheet goes with (`(Kèm theo Quyết định số …/QĐ-UBND ngày
 * …)`, `Kèm theo Kế hoạch …`, `Ban hành kèm theo Tờ trình …`), the form's
 * number (`Biểu số 02`, `Mẫu số 01`, `Phụ lục 2`), a note (`Ghi chú: …`). No
 * area and no heading: the body starts past them, as it does past a title
 * over the grand total row.
 */
import { foldText } from "../text/fold";
import { isBlank, isNumeric } from "./cells";
import type { Grid } from "./grid";
import { titleOverTotal } from "./nextTable";
import { isNoteText } from "./trailer";

/** The document a sheet goes with, or the form's number: `(Kèm theo …`, `Theo Quyết định số …`, `Biểu số 02`, `Mẫu 01`. */
const DOCUMENT_NOTE = /^[([]?\s*(?:(?:ban hanh )?kem theo\b|theo (?:quyet dinh|ke hoach|to trinh|cong van|van ban|nghi quyet|thong bao) so\b|(?:bieu|mau|bieu mau|mau bieu|phu luc|phu bieu)(?: so)?\s*:?\s*(?:\d|[ivx]+\b))/;

/** Whether `text` is a note line that names no area: a document's reference, a form's number, a note. */
export function isLeadingNoteText(text: string): boolean {
  return isNoteText(text) || DOCUMENT_NOTE.test(foldText(text.trim()));
}

/** Whether `row` holds no figure and its first text in `left` … `right` is a note line. */
function isNoteRow(grid: Grid, row: number, left: number, right: number): boolean {
  let first: string | null = null;
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (isBlank(value)) continue;
    if (typeof value !== "string" || isNumeric(value)) return false;
    first ??= value;
  }
  return first !== null && isLeadingNoteText(first);
}

/**
 * The row the body starts at, from `from` (the row under the header, its code row or units row): past the note lines
 * among the rows before `firstDataRow` that are blank, a note line or one of `skipped` (the units row, the code row);
 * past too a title over the grand total row (`NGUỒN VỐN SỰ NGHIỆP`, no figure), with or without blank rows around it.
 */
export function bodyStartFrom(grid: Grid, from: number, firstDataRow: number, left: number, right: number, skipped: readonly (number | null)[]): number {
  let start = from;
  let row = from;
  for (; row < firstDataRow; row++) {
    if (skipped.includes(row) || isBlankRow(grid, row, left, right)) continue;
    if (!isNoteRow(grid, row, left, right)) break;
    start = row + 1;
  }
  // The row after the title: past blank rows and the units row.
  let next = row + 1;
  while (next < firstDataRow && (skipped.includes(next) || isBlankRow(grid, next, left, right))) next++;
  return row < firstDataRow && titleOverTotal(grid, row, left, right, next) ? row + 1 : start;
}

function isBlankRow(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (!isBlank(grid.value(row, col))) return false;
  return true;
}
