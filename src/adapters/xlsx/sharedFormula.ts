/**
 * Shared formulas: the file stores the formula once, on the first cell of the
 * range; the other cells say only "same as shared formula n". This moves the
 * relative references of the master formula to another cell, as Excel does.
 */
import { columnIndex, columnLetters } from "../../core/model/address";

const MAX_COL = 16383;
const MAX_ROW = 1048575;
// A cell reference not part of a longer name, not a function name, not a sheet name (`AB1!C3`).
const REFERENCE = /(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(!.])/g;

function shiftPlain(text: string, dRow: number, dCol: number): string {
  return text.replace(REFERENCE, (whole, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    let col = columnIndex(letters);
    let row = Number(digits) - 1;
    if (col > MAX_COL || row > MAX_ROW || row < 0) return whole;
    if (colAbs === "") col += dCol;
    if (rowAbs === "") row += dRow;
    if (col < 0 || row < 0) return "#REF!";
    return `${colAbs}${columnLetters(col)}${rowAbs}${row + 1}`;
  });
}

/** `shiftFormula("A2*$B$1", 3, 1)` → `"B5*$B$1"`; text in quotes is left alone. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let plainStart = 0;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // A string literal: copy as is ("" is an escaped quote).
      out += shiftPlain(formula.slice(plainStart, i), dRow, dCol);
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      plainStart = i;
    } else if (ch === "'") {
      // A quoted sheet name: copy the name, the reference after `!` is shifted with the plain text.
      out += shiftPlain(formula.slice(plainStart, i), dRow, dCol);
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      plainStart = i;
      if (formula[i] === "!") {
        out += "!";
        i++;
        plainStart = i;
      }
    } else i++;
  }
  return out + shiftPlain(formula.slice(plainStart), dRow, dCol);
}
