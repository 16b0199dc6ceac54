/**
 * The one year a results sheet's title block names (`BÁO CÁO KẾT QUẢ THỰC
 * HIỆN NĂM 2024`, `… 6 THÁNG CUỐI NĂM 2024`): the year of a period written
 * without it (`6 tháng cuối năm`, `Quý IV`) in the sheet's name or headers.
 * Null when the title names none, or more than one; the `năm` of a date
 * (`ngày 30 tháng 6 năm 2024`) names none.
 */
import type { SheetData } from "../model/workbook";
import { titleBlockYear } from "../layout/sheetYear";
import { parsePeriod, type Period } from "./periods";

/** The title block's one year (the rows above `rows`), as an allocation sheet's is read; null for none or several. */
export function titleYear(sheet: SheetData, rows: number): number | null {
  return titleBlockYear(sheet, rows)?.year ?? null;
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
