/**
 * A period sheet (`Thực hiện năm 2023`) with figures but no labels the table
 * reader can read (no header of lines, no column of areas): not "no figures
 * yet" but a table that could not be read, the sheet named with its header
 * cells — or, with no header above the figures, its first figures' cells.
 */
import { isDateFormat } from "../cells/numberFormat";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { cellNumberFormat, type CellValue, type SheetData } from "../model/workbook";
import { quotedTexts, unreadTableFinding } from "./periodTables";

interface Cell {
  readonly row: number;
  readonly col: number;
}

/** A figure: a number not shown as a date. */
function isFigure(sheet: SheetData, row: number, col: number, value: CellValue): value is number {
  return typeof value === "number" && !isDateFormat(cellNumberFormat(sheet, row, col));
}

function isText(value: CellValue): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * The finding for a period sheet the reader could not read that holds
 * figures in two columns or more, one of them not 0 (an STT column alone, or
 * zeros, are no figures yet); null otherwise.
 */
export function unreadPeriodSheetFinding(sheet: SheetData): Finding | null {
  const columns = new Set<number>();
  let first = -1;
  let nonZero = false;
  sheet.values.forEach((values, row) =>
    (values ?? []).forEach((value, col) => {
      if (!isFigure(sheet, row, col, value)) return;
      columns.add(col);
      if (value !== 0) nonZero = true;
      if (first < 0) first = row;
    }),
  );
  if (columns.size < 2 || !nonZero) return null;
  // The header: the row right above the first figures, where it has labels; else the first figures themselves.
  const above = first > 0 ? (sheet.values[first - 1] ?? []) : [];
  const header: Cell[] = [];
  above.forEach((value, col) => {
    if (isText(value)) header.push({ row: first - 1, col });
  });
  const cells = header.length > 0 ? header : figureCells(sheet, first);
  const texts = cells.map((cell) => String(sheet.values[cell.row]?.[cell.col]).trim());
  return unreadTableFinding({
    rule: "unmapped",
    severity: "warning",
    sheet: sheet.name,
    cells,
    quoted: quotedTexts(texts),
    holds: header.length > 0 ? localized("có bảng số liệu", "has a table of figures") : localized("có số liệu", "has figures"),
    advice: localized(
      "Trang kết quả của một kỳ cần có dạng như biểu phân bổ: dòng tiêu đề ghi tên các chỉ tiêu và cột tên địa bàn (hoặc ngược lại).",
      "A period's results sheet is laid out like the allocation sheet: a header row naming the lines and a column of the areas' names (or the other way round).",
    ),
  });
}

function figureCells(sheet: SheetData, row: number): Cell[] {
  const cells: Cell[] = [];
  (sheet.values[row] ?? []).forEach((value, col) => {
    if (isFigure(sheet, row, col, value)) cells.push({ row, col });
  });
  return cells;
}
