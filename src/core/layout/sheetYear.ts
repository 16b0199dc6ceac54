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
  const years = new Set<number>();
  let first: SheetYear | null = null;
  const cols = Math.min(columnCount(sheet), TITLE_COLS);
  for (let row = 0; row < headerTop; row++) {
    for (let col = 0; col < cols; col++) {
      const value = cellValue(sheet, row, col);
      if (typeof value !== "string" || !/\d{4}/.test(value)) continue;
      for (const year of yearsInTitle(foldText(value))) {
        years.add(year);
        first ??= { year, cell: a1(row, col) };
      }
    }
  }
  if (years.size > 1) return null;
  if (first !== null) return first;
  const named = new Set(yearsInName(foldText(sheet.name)));
  return named.size === 1 ? { year: [...named][0], cell: null } : null;
}
