/**
 * A row that ends the plan table (`Ghi chú: …`, `* Số liệu …`, a signature):
 * what comes under it may be numbered notes (`1. Kinh phí trên gồm …`), so
 * nothing below is read as a plan line. What the reading could lose there is
 * said, never dropped in silence: a figure under the target column on the
 * note's own row, and rows below shaped like plan lines (a code and a figure
 * under the target column).
 */
import { a1, sheetInText } from "../model/address";
import type { LocalizedText } from "../model/text";
import { shownText, type Grid } from "../layout/grid";
import { parseUnit } from "../text/units";
import { cellRef } from "./planErrors";
import { areaHeaderInRow } from "./planAreas";
import { readAmount, readCode } from "./planValues";
import { isDash } from "./dashedTargets";
import { BULLETS } from "./bulletCodes";

/** A cell holding a figure as a plan reads one (`50`, `1.250`); not a date or a text with a number in it. */
function isFigure(grid: Grid, row: number, col: number): boolean {
  const value = grid.value(row, col);
  if (typeof value === "number") return true;
  if (typeof value !== "string" || value.trim() === "" || isDash(value)) return false;
  return readAmount(value, parseUnit(""), grid.numberFormat(row, col)).ok;
}

/** The rows under the note at `row` shaped like plan lines (a code that is no bullet, a figure in the target column), up to the areas' table. */
function lineShapedBelow(grid: Grid, row: number, codeCol: number | undefined, targetCol: number): number[] {
  if (codeCol === undefined) return [];
  const rows: number[] = [];
  for (let next = row + 1; next < grid.rowCount; next++) {
    if (areaHeaderInRow(grid, next) !== null) break;
    const code = readCode(grid.value(next, codeCol));
    if (code !== "" && !BULLETS.has(code) && isFigure(grid, next, targetCol)) rows.push(next);
  }
  return rows;
}

/** What is said of the note at `row` ending the table whose code and target columns are given; empty when nothing there looks like a plan figure. */
export function noteRowDoubts(grid: Grid, row: number, codeCol: number | undefined, targetCol: number): LocalizedText[] {
  const said: LocalizedText[] = [];
  const note = shownText(grid, row, firstFilled(grid, row));
  if (isFigure(grid, row, targetCol)) {
    const at = cellRef(grid.name, a1(row, targetCol));
    const shown = shownText(grid, row, targetCol);
    said.push({
      vi: `${at}: số ${shown} nằm ở dòng ghi chú "${note}": không đọc là chỉ tiêu. Nếu là chỉ tiêu, hãy đưa nó thành một dòng có mã trong bảng.`,
      en: `${at}: the figure ${shown} is on the note row "${note}": not read as a plan line. If it is a line, make it a coded row of the table.`,
    });
  }
  const below = lineShapedBelow(grid, row, codeCol, targetCol);
  if (below.length > 0) {
    const cells = below.map((r) => a1(r, targetCol));
    const list = cells.length > 3 ? `${cells.slice(0, 3).join(", ")} …` : cells.join(", ");
    said.push({
      vi: `Trang ${sheetInText(grid.name)}, dòng ${row + 1}: ghi chú "${note}" kết thúc bảng kế hoạch; ${below.length} dòng dưới nó có mã và số như chỉ tiêu (${list}) nhưng không được đọc là chỉ tiêu. Nếu đó là chỉ tiêu, hãy chuyển ghi chú xuống dưới bảng.`,
      en: `Sheet ${sheetInText(grid.name)}, row ${row + 1}: the note "${note}" ends the plan table; ${below.length} row(s) under it have a code and a figure like plan lines (${list}) but were not read as plan lines. If they are, move the note below the table.`,
    });
  }
  return said;
}

/** The first column of `row` holding anything (the note's own cell). */
function firstFilled(grid: Grid, row: number): number {
  for (let col = 0; col < grid.colCount; col++) if (shownText(grid, row, col).trim() !== "") return col;
  return 0;
}
