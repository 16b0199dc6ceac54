/**
 * The one year a results sheet's title block names (`BÁO CÁO KẾT QUẢ THỰC
 * HIỆN NĂM 2024`, `… 6 THÁNG CUỐI NĂM 2024`): the year of a period written
 * without it (`6 tháng cuối năm`, `Quý IV`) in the sheet's name or headers.
 * Null when the title names none, or more than one; the `năm` of a date
 * (`ngày 30 tháng 6 năm 2024`) names none.
 */
import { cellValue, columnCount, type SheetData } from "../model/workbook";
import { foldText } from "../text/fold";
import { yearsInTitle } from "../text/years";
import { parsePeriod, type Period } from "./periods";

/** Columns of the title block searched. */
const TITLE_COLS = 20;

export function titleYear(sheet: SheetData, rows: number): number | null {
  const years = new Set<number>();
  const cols = Math.min(columnCount(sheet), TITLE_COLS);
  for (let row = 0; row < Math.min(rows, sheet.values.length); row++) {
    for (let col = 0; col < cols; col++) {
      const value = cellValue(sheet, row, col);
      if (typeof value !== "string" || !/\d{4}/.test(value)) continue;
      for (const year of yearsInTitle(foldText(value))) years.add(year);
    }
  }
  return years.size === 1 ? [...years][0] : null;
}

/**
 * A part of a year written without the year (`6 tháng cuối năm`, `Quý IV`),
 * read in `year`; null when the label names a year itself, no period, or the
 * whole year (`Thực hiện` alone would read as the year: no evidence of it).
 */
export function periodInYear(label: string, year: number | null): Period | null {
  if (year === null || label.trim() === "" || /\d{4}/.test(label)) return null;
  const period = parsePeriod(`${label} ${year}`);
  return period !== null && period.kind !== "year" ? period : null;
}
