/** What a cell looks like to layout detection: blank, a number, a code, a unit, a label. */
import type { CellValue } from "../model/workbook";
import { isCellError } from "../model/workbook";
import { foldText, wordKey } from "../text/fold";
import { COUNT_UNITS, isCountUnitKey, parseUnit, spelledMoney, splitCountText, splitMoneyText, splitPerAreaCount, type UnitInfo } from "../text/units";
import { narrowForms, normalizeVietnameseNumber, readCellNumber } from "../text/vnNumber";
import { shownValue, type Grid } from "./grid";
import { isRomanNumeral } from "./labels";

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** A number, a number typed as text (also an amount with its money unit, `300 đ`), or an error value (a value cell that went wrong). */
export function isNumeric(value: CellValue): boolean {
  if (typeof value === "number") return true;
  if (value === null || typeof value === "boolean") return false;
  if (isCellError(value)) return true;
  const reading = readCellNumber(value);
  if (reading.kind === "text-number") return true;
  if (reading.kind !== "text") return false;
  return (isMoneyAmountText(reading.text) && !isMultiplierUnitText(reading.text)) || isPercentAmountText(reading.text) || isStoppedNumber(reading.text);
}

/**
 * `(1.000 đồng)`, `(1000đ)`, `(1.000.000 đồng)`: money counted in thousands (millions) written as a multiplier in
 * brackets — the unit a units row gives its column, never an amount of one thousand đồng.
 */
export function isMultiplierUnitText(text: string): boolean {
  return multiplierUnitInBrackets(text) !== null;
}

/** The text inside the brackets of a multiplier unit (`1.000 đồng`), or null. */
function multiplierUnitInBrackets(text: string): string | null {
  const inner = /^\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/.exec(text);
  if (inner === null) return null;
  return /^1(?:[.,\s\u00a0]?000)+\s*(?:dong|d|vnd)\.?$/.test(foldText(inner[1]).trim()) ? inner[1] : null;
}

/** The unit of a units row's cell: `(triệu đồng)`, `tổ`, `(1.000 đồng)` (×1 000). */
export function unitsCellUnit(text: string): UnitInfo {
  return parseUnit(multiplierUnitInBrackets(text) ?? text);
}

/** `2.`, `1.250.`, `5,`: a number closed by a stray stop, as a value cell reads it (`readCell`). */
function isStoppedNumber(text: string): boolean {
  const match = /^\s*([+-]?\d(?:[\d.,\s\u00a0]*\d)?)\s*[.,;]\s*$/.exec(text);
  return match !== null && normalizeVietnameseNumber(match[1]) !== null;
}

/** A rate typed as text with its sign: `85%`, `92,5 %` (a value cell of a percent line, not a unit or a name). */
export function isPercentAmountText(text: string): boolean {
  // `８５％` typed with full-width forms reads as `85%`, as a value cell's reading narrows it.
  const match = /^\s*([+-]?[\d.,\s\u00a0]*\d)\s*%\s*$/.exec(narrowForms(text));
  return match !== null && normalizeVietnameseNumber(match[1]) !== null;
}

/** An amount written with its money unit: `300 đ`, `1.200.000đ`, `300 triệu`, `2,5 tỷ đồng`, `₫1.500.000`, `1 tỷ 200 triệu`, `(1,5 tỷ)` (a value cell, not a name). */
export function isMoneyAmountText(text: string): boolean {
  return splitMoneyText(text) !== null || spelledMoney(text) !== null;
}

const CODE_TEXT = /^\(?(?:[a-z]{1,4}[._-]?)?\d+(?:[.-]\d+)*[a-z]?\)?$/i;

/** A short code such as `1`, `2.1`, `KP.1`, `(3)`, `A` or `II` (a code row's cells). */
export function isCodeLike(value: CellValue): boolean {
  if (typeof value === "number") return Number.isFinite(value) && Math.abs(value) < 10000;
  if (typeof value !== "string") return false;
  const text = value.trim();
  if (text === "") return false;
  return CODE_TEXT.test(text) || /^[A-Z]$/.test(text) || isRomanNumeral(text) || /^[A-Z]{1,4}$/.test(text);
}

/** A column number written as a formula of other columns: `3=1+2`, `(4)=(2)x(3)`, `5 = 3 - 4`. */
export function isNumberingText(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim();
  // Columns are named by single letters (`C=A+B`); a run of letters is a word or a function (`=SUM(1,2)`), not numbering.
  return /^[\s()[\]A-Z0-9.,+\-*/=x×]{1,24}$/.test(text) && /\d/.test(text) && /[=+*/×x]/.test(text) && !/[A-Z]{2}/.test(text);
}

/** `-`, `–`, `—` alone: the dash finance sheets write for "nothing here". */
export function isNilMark(value: CellValue): boolean {
  if (typeof value !== "string" || value.length > 8) return false;
  const text = value.trim();
  return text === "-" || text === "–" || text === "—";
}

/** `x`, `X`, `?`, `*` alone: a mark typed for a figure (not known, not given), never a column's name. */
export function isFigureMark(value: CellValue): boolean {
  return typeof value === "string" && value.length <= 8 && /^\s*[xX?*]\s*$/.test(value);
}

/** Text that names something (not blank, not a number, not a short code). */
export function isLabelText(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim();
  if (text === "" || text === "-" || text === "–" || text === "—") return false;
  if (isNumeric(value) || isNumberingText(value)) return false;
  return !isCodeLike(value) || /\s/.test(text);
}

/** A unit such as `tổ`, `triệu đồng`, `%` as a whole cell. */
export function isUnitText(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim();
  if (text === "" || text.length > 24 || isPercentAmountText(text)) return false;
  const unit = unitsCellUnit(text);
  if (unit.kind !== "count") return true;
  return COUNT_UNITS.has(wordKey(text));
}

/** A count typed with a unit of counting (`2 người`, `3 tổ`, `1 (CLB)`): a figure stored as text, never a header's word. */
export function isCountAmountText(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const first = value.trimStart().charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false;
  const count = splitCountText(value);
  return count !== null && isCountUnitKey(wordKey(count.unitText.replace(/^\(\s*(.*?)\s*\)$/, "$1").replace(/\.$/, "")));
}

/** True when the cell (or the merged area holding it) shows something. */
export function isShown(grid: Grid, row: number, col: number): boolean {
  return !isBlank(shownValue(grid, row, col));
}

/**
 * Counts typed with their unit (`2 tổ`, `3 CLB`): a value column's numbers
 * stored as text, not names. A unit of counting (`tổ`, `người`) or one unit
 * shared by every such cell tells them from names led by a number (`1 Ba Vì`,
 * `2 Sóc Sơn`), down a column or across a row.
 */
export class CountCells {
  cells = 0;
  private unit: string | null = null;
  private oneUnit = true;
  private known = true;

  add(text: string): void {
    const first = text.trimStart().charCodeAt(0);
    if (!(first >= 48 && first <= 57) && first !== 43 && first !== 45) return;
    const count = splitCountText(text);
    if (count === null) {
      // `2 tổ/xã`, `2/xã`: a count per area is a figure, never a name, whatever its unit.
      if (splitPerAreaCount(text) !== null) this.cells++;
      return;
    }
    const unit = wordKey(count.unitText.replace(/^\(\s*(.*?)\s*\)$/, "$1").replace(/\.$/, ""));
    this.cells++;
    if (this.unit === null) this.unit = unit;
    else if (unit !== this.unit) this.oneUnit = false;
    if (this.known && !isCountUnitKey(unit)) this.known = false;
  }

  /** Every such cell counts in a unit of counting, or two or more share one unit. */
  areCounts(): boolean {
    return this.cells > 0 && (this.known || (this.oneUnit && this.cells > 1));
  }
}
