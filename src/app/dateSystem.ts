/**
 * A workbook that counts its dates from 1904 read as the engine counts them,
 * from 1900 (Excel's default): each number shown as a date moves 1462 days on,
 * so that a header typed as 1/1/2023 and shown `yyyy` is still 2023. A number
 * below one day in a date format is a time of day, the same in both systems.
 */
import { isDateFormat } from "../core/cells/numberFormat";
import type { CellValue, SheetData, WorkbookData } from "../core/model/workbook";

/** Days from 1900-01-00 (1900 system's day 0) to 1904-01-01 (1904 system's day 0), as Excel counts them. */
export const DAYS_1900_TO_1904 = 1462;

function sheetIn1900System(sheet: SheetData): SheetData {
  const formats = sheet.numberFormats;
  if (formats === undefined) return sheet;
  let values: Array<ReadonlyArray<CellValue> | undefined> | undefined;
  formats.forEach((rowFormats, row) => {
    rowFormats?.forEach((format, col) => {
      const value = sheet.values[row]?.[col];
      if (typeof value !== "number" || value < 1 || !isDateFormat(format)) return;
      values ??= sheet.values.slice();
      const moved = values[row]!.slice();
      moved[col] = value + DAYS_1900_TO_1904;
      values[row] = moved;
    });
  });
  return values === undefined ? sheet : { ...sheet, values };
}

/** `workbook` with its dates counted from 1900 when `date1904` (the workbook part says so); the same object otherwise. */
export function inDate1900System(workbook: WorkbookData, date1904: boolean): WorkbookData {
  if (!date1904) return workbook;
  return { ...workbook, sheets: workbook.sheets.map(sheetIn1900System) };
}
