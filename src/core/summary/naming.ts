/**
 * The summary sheet's name and how allocheck recognises its own sheet.
 *
 * Marker: cell A1 holds the title (`TỔNG HỢP KIỂM TRA PHÂN BỔ` or `ALLOCATION
 * CHECK SUMMARY`) and cell A2 a line starting with `allocheck ·`. Both writers
 * write these two cells; any reader can check them from values alone. A sheet
 * without both is the user's and is never overwritten.
 */
import { foldText } from "../text/fold";
import { cellValue, type SheetData, type WorkbookData } from "../model/workbook";
import { sameSheetName, sheetNameKey } from "../model/sheetName";
import { MARKER, TITLE } from "./labels";

export const SUMMARY_SHEET_NAME = "Tổng hợp";

const TITLES = new Set([foldText(TITLE.vi), foldText(TITLE.en)]);
const MARKER_PREFIX = foldText(MARKER.vi.slice(0, MARKER.vi.indexOf("·") + 1));

export function isAllocheckSummary(sheet: SheetData): boolean {
  const title = cellValue(sheet, 0, 0);
  const marker = cellValue(sheet, 1, 0);
  return typeof title === "string" && typeof marker === "string" && TITLES.has(foldText(title)) && foldText(marker).startsWith(MARKER_PREFIX);
}

/** True for `Tổng hợp` and `Tổng hợp (2)`, `Tổng hợp (3)`…: the names a summary sheet may have. */
export function isSummarySheetName(name: string): boolean {
  const key = sheetNameKey(name.trim());
  const base = sheetNameKey(SUMMARY_SHEET_NAME);
  return key === base || (key.startsWith(`${base} (`) && /^ \(\d+\)$/.test(key.slice(base.length)));
}

/**
 * `Tổng hợp` when the workbook has no such sheet or it is allocheck's own;
 * otherwise `Tổng hợp (2)`, `Tổng hợp (3)`… — the first that is free or ours.
 */
export function summarySheetName(workbook: WorkbookData): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? SUMMARY_SHEET_NAME : `${SUMMARY_SHEET_NAME} (${n})`;
    const existing = workbook.sheets.find((s) => sameSheetName(s.name, name));
    if (existing === undefined || isAllocheckSummary(existing)) return name;
  }
}
