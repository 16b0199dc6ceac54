/**
 * A workbook with nothing typed in it (a new workbook saved as it was, a
 * template never filled in): no sheet has a cell holding a value. Told as
 * such, rather than as a plan sheet or a table not found on its empty sheets.
 */
import type { WorkbookData } from "../core/model/workbook";

/** Whether no cell of any sheet holds a value (text of spaces alone counts as none). */
export function isBlankWorkbook(workbook: WorkbookData): boolean {
  return workbook.sheets.every((sheet) => sheet.values.every((row) => row === undefined || row.every((value) => value === null || value === undefined || (typeof value === "string" && value.trim() === ""))));
}
