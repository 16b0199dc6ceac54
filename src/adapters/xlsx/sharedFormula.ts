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
// A range of whole columns (`C:C`, `$A:$A`) or of whole rows (`5:5`, `$5:7`), as SUMIF and INDEX take them.
const WHOLE_RANGE = /(?<![\w.$])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w(!.])|(?<![\w.$:])(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w(!.:])/g;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether the text may hold a whole-column or whole-row range: a `:` with
 * only letters, or only digits, on both sides. A look at each `:` (most
 * formulas' ranges are of cells, `C8:C9`), before the expression is run.
 */
function mayHoldWholeRange(text: string): boolean {
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    let after = colon + 1;
    if (text.charCodeAt(after) === 36) after++; // $
    const first = text.charCodeAt(after);
    let end = after;
    if (isLetter(first)) while (isLetter(text.charCodeAt(end))) end++;
    else if (isDigit(first)) while (isDigit(text.charCodeAt(end))) end++;
    else continue;
    const next = text.charCodeAt(end);
    const before = text.charCodeAt(colon - 1);
    if (isLetter(first) ? !isDigit(next) && isLetter(before) : isDigit(before)) return true;
  }
  return false;
}

/** A whole-column (`letters`) or whole-row bound moved, or null when it leaves the sheet; undefined when it is not one. */
function movedBound(abs: string, text: string, letters: boolean, dRow: number, dCol: number): string | null | undefined {
  if (letters) {
    const col = columnIndex(text);
    if (col > MAX_COL) return undefined;
    const moved = abs === "" ? col + dCol : col;
    return moved < 0 ? null : `${abs}${columnLetters(moved)}`;
  }
  const row = Number(text) - 1;
  if (row < 0 || row > MAX_ROW) return undefined;
  const moved = abs === "" ? row + dRow : row;
  return moved < 0 ? null : `${abs}${moved + 1}`;
}

function shiftRange(whole: string, a1: string, t1: string, a2: string, t2: string, letters: boolean, dRow: number, dCol: number): string {
  const from = movedBound(a1, t1, letters, dRow, dCol);
  const to = movedBound(a2, t2, letters, dRow, dCol);
  if (from === undefined || to === undefined) return whole;
  return from === null || to === null ? "#REF!" : `${from}:${to}`;
}

function shiftPlain(text: string, dRow: number, dCol: number): string {
  const cells = text.replace(REFERENCE, (whole, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    let col = columnIndex(letters);
    let row = Number(digits) - 1;
    if (col > MAX_COL || row > MAX_ROW || row < 0) return whole;
    if (colAbs === "") col += dCol;
    if (rowAbs === "") row += dRow;
    if (col < 0 || row < 0) return "#REF!";
    return `${colAbs}${columnLetters(col)}${rowAbs}${row + 1}`;
  });
  // The cell references written above are not matched again: a bound of a whole range is letters only or digits only.
  if (!mayHoldWholeRange(cells)) return cells;
  return cells.replace(WHOLE_RANGE, (whole, ...groups: Array<string | undefined>) => {
    if (groups[1] !== undefined) return shiftRange(whole, groups[0]!, groups[1], groups[2]!, groups[3]!, true, dRow, dCol);
    return shiftRange(whole, groups[4]!, groups[5]!, groups[6]!, groups[7]!, false, dRow, dCol);
  });
}

/** `shiftFormula("A2*$B$1", 3, 1)` → `"B5*$B$1"`; text in quotes (a string literal, a quoted sheet name) is left alone. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return splitQuoted(formula)
    .map((part, p) => (p % 2 === 0 ? shiftPlain(part, dRow, dCol) : part))
    .join("");
}

/** The formula's parts: text outside quotes at even indexes, quoted text (`""` an escaped quote; a quoted sheet name with the `!` after it) at odd ones. */
function splitQuoted(formula: string): string[] {
  const parts: string[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch !== '"' && ch !== "'") {
      i++;
      continue;
    }
    parts.push(formula.slice(plainStart, i));
    let j = i + 1;
    while (j < formula.length) {
      if (formula[j] === ch) {
        if (formula[j + 1] === ch) j += 2;
        else break;
      } else j++;
    }
    let end = j + 1;
    if (ch === "'" && formula[end] === "!") end++;
    parts.push(formula.slice(i, end));
    i = end;
    plainStart = i;
  }
  parts.push(formula.slice(plainStart));
  return parts;
}

/** A cell reference of the master formula, as the shift reads it. */
interface ReferencePart {
  readonly colAbs: string;
  readonly col: number;
  /** The column's letters as the shift writes them when the column does not move. */
  readonly letters: string;
  readonly rowAbs: string;
  readonly row: number;
}

/**
 * The master formula of a shared formula read once: `(dRow, dCol) => text`
 * gives each dependant's formula, the same text as `shiftFormula` does, by
 * writing only the moved references between the fixed pieces. A master with
 * a whole-column or whole-row range goes through `shiftFormula` itself.
 */
export function compileSharedFormula(formula: string): (dRow: number, dCol: number) => string {
  const parts = splitQuoted(formula);
  for (let p = 0; p < parts.length; p += 2) {
    // Moving cell references never makes a whole range appear (their ends stay digits and letters, or become `#REF!`).
    if (mayHoldWholeRange(parts[p])) return (dRow, dCol) => shiftFormula(formula, dRow, dCol);
  }
  // Fixed text at even indexes, references at odd ones.
  const texts: string[] = [];
  const references: ReferencePart[] = [];
  let text = "";
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if (p % 2 === 1) {
      text += part;
      continue;
    }
    let last = 0;
    for (const match of part.matchAll(REFERENCE)) {
      const col = columnIndex(match[2]);
      const row = Number(match[4]) - 1;
      if (col > MAX_COL || row > MAX_ROW || row < 0) continue;
      text += part.slice(last, match.index);
      texts.push(text);
      text = "";
      references.push({ colAbs: match[1], col, letters: columnLetters(col), rowAbs: match[3], row });
      last = match.index + match[0].length;
    }
    text += part.slice(last);
  }
  texts.push(text);
  if (references.length === 0) return () => formula;
  return (dRow, dCol) => {
    if (dRow === 0 && dCol === 0) return formula;
    let out = texts[0];
    for (let r = 0; r < references.length; r++) {
      const { colAbs, col, letters, rowAbs, row } = references[r];
      const movedCol = colAbs === "" ? col + dCol : col;
      const movedRow = rowAbs === "" ? row + dRow : row;
      if (movedCol < 0 || movedRow < 0) out += "#REF!";
      else out += `${colAbs}${movedCol === col ? letters : columnLetters(movedCol)}${rowAbs}${movedRow + 1}`;
      out += texts[r + 1];
    }
    return out;
  };
}
