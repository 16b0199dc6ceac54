/**
 * The one year an allocation sheet is made for, read from its title block
 * (`BIỂU PHÂN BỔ … NĂM 2024`, the rows above the table's header) or, failing
 * that, its name (`Phân bổ 2024`). Null when neither names a single year, or
 * when the title names more than one.
 */
import { a1 } from "../model/address";
import { cellValue, columnCount, type SheetData } from "../model/workbook";
import { foldText } from "../text/fold";
import { yearsInName, yearsInTitle } from "../text/years";

export interface SheetYear {
  readonly year: number;
  /** The title cell that names it (A1, on the sheet), or null when it came from the sheet's name. */
  readonly cell: string | null;
}

/** Columns of the title block searched (titles sit in the first columns, often merged across the table). */
const TITLE_COLS = 30;

export function sheetYear(sheet: SheetData, headerTop: number): SheetYear | null {
  const titled = titleBlockYear(sheet, headerTop);
  if (titled !== undefined) return titled;
  const named = new Set(yearsInName(foldText(sheet.name)));
  return named.size === 1 ? { year: [...named][0], cell: null } : null;
}

/**
 * The one year the title block (the rows above `rows`) names, with its first
 * cell; null when it names more than one, undefined when it names none. The
 * `năm` of a date (`ngày 30 tháng 6 năm 2024`) names none.
 */
export function titleBlockYear(sheet: SheetData, rows: number): SheetYear | null | undefined {
  const years = new Set<number>();
  let first: SheetYear | undefined;
  const cols = Math.min(columnCount(sheet), TITLE_COLS);
  for (let row = 0; row < Math.min(rows, sheet.values.length); row++) {
    for (let col = 0; col < cols; col++) {
      const value = cellValue(sheet, row, col);
      if (typeof value !== "string" || !/\d{4}/.test(value)) continue;
      for (const year of yearsInTitle(foldText(value))) {
        years.add(year);
        first ??= { year, cell: a1(row, col) };
      }
    }
  }
  return years.size > 1 ? null : first;
}
