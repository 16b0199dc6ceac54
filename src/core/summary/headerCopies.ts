/**
 * Copies of a table's header inserted where the table runs onto a new printed
 * page (pageBreaks.ts decides where), for the tables whose header is not the
 * sheet's print titles. The rows below move down: the sheet's own formulas
 * follow them (a range over a copy takes it in, and SUBTOTAL, which the
 * tables' totals use, skips its text), and so do the merges, the row heights,
 * the page breaks, the print titles, the frozen rows and the chart. Cells of
 * other sheets named in a formula do not move.
 */
import type { SummaryCell, SummarySheetModel } from "../model/summary";
import type { CellRange } from "../model/workbook";
import type { HeaderCopy } from "./pageBreaks";
import { columnIndex, columnLetters } from "../model/address";
import { copyCell } from "./cellShape";

/** `[A-Za-z0-9_.]`: a character of a name, a number or a sheet's bare name. */
function isNameCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const DOLLAR = 36;
const QUOTE = 39;
const DOUBLE_QUOTE = 34;
const BANG = 33;
const COLON = 58;

/**
 * Where the reference `$?[A-Z]{1,3}$?[0-9]+` at `i` ends, where its column
 * letters start and end (in `refLetters`, `refLettersEnd`) and where its column
 * part ends (in `refColumnEnd`); -1 for none.
 */
let refColumnEnd = 0;
let refLetters = 0;
let refLettersEnd = 0;
function referenceEnd(formula: string, i: number): number {
  let k = i;
  if (formula.charCodeAt(k) === DOLLAR) k++;
  const letters = k;
  while (k < formula.length && k - letters < 3 && formula.charCodeAt(k) >= 65 && formula.charCodeAt(k) <= 90) k++;
  if (k === letters) return -1;
  refLetters = letters;
  refLettersEnd = k;
  if (formula.charCodeAt(k) === DOLLAR) k++;
  refColumnEnd = k;
  if (!isDigit(formula.charCodeAt(k))) return -1;
  while (isDigit(formula.charCodeAt(k))) k++;
  return k;
}

/** Where a sheet's reference after its name (`!C7`, `!C7:C9`) starting at `bang` ends; -1 for none. */
function qualifiedRest(formula: string, bang: number): number {
  if (formula.charCodeAt(bang) !== BANG) return -1;
  const end = referenceEnd(formula, bang + 1);
  if (end < 0) return -1;
  if (formula.charCodeAt(end) === COLON) {
    const second = referenceEnd(formula, end + 1);
    if (second >= 0) return second;
  }
  return end;
}

/** Where a quoted sheet name (`'Phân bổ'`, `'Hội''s'`) starting at `i` ends (after its closing quote); -1 for none. */
function quotedNameEnd(formula: string, i: number): number {
  let k = i + 1;
  for (;;) {
    const close = formula.indexOf("'", k);
    if (close < 0) return -1;
    if (formula.charCodeAt(close + 1) !== QUOTE) return close + 1;
    k = close + 2;
  }
}

/** Whether a reference ending at `end` stands alone: not followed by a name's character or `(` (a function's name). */
function endsReference(formula: string, end: number): boolean {
  const code = formula.charCodeAt(end);
  return !(isNameCode(code) && code !== 46) && code !== 40;
}

/**
 * `formula` with each reference to a row of this sheet (`$C$7`, `C7:C9`)
 * moved by `shift` (0-based rows); string literals, references qualified by
 * a sheet's name (`'Phân bổ'!C7`, `Sheet1!A1:B5`), names and functions
 * (`LOG10(`) kept. The formula itself when nothing moves. A scan, not a
 * regular expression: a large summary has tens of thousands of formulas.
 */
export function shiftLocalRows(formula: string, shift: (row: number) => number): string {
  return moveLocalReferences(formula, shift);
}

/**
 * A formula that names no cell of this sheet, in the shape of nearly all of a
 * large summary's (`SUM('Phân bổ'!C8:C57)/1000`, `'Phân bổ'!C8`): a SUM or
 * MIN over one cell or range of a sheet named, or that cell alone, with or
 * without a whole factor. The scan below gives such a formula back as it is;
 * one regular-expression test (native code from its first use) spares the
 * scan, run tens of thousands of times on a large summary, mostly before V8
 * has optimised it.
 */
const OTHER_SHEET_ONLY =
  /^(?:(?:SUM|MIN)\((?:'(?:[^']|'')*'|[A-Za-z0-9_.]+)![A-Z]{1,3}[0-9]+(?::[A-Z]{1,3}[0-9]+)?\)|(?:'(?:[^']|'')*'|[A-Za-z0-9_.]+)![A-Z]{1,3}[0-9]+)(?:[*/][0-9]+)?$/;

/**
 * `formula` with each reference to a cell of this sheet moved: its row by
 * `shift`, and its column by `column` (given the cell's 0-based row and
 * column, before the row moves) when given. What `shiftLocalRows` keeps, kept.
 */
export function moveLocalReferences(formula: string, shift: (row: number) => number, column?: (row: number, col: number) => number): string {
  if (OTHER_SHEET_ONLY.test(formula)) return formula;
  let out = "";
  let copied = 0;
  const length = formula.length;
  let i = 0;
  while (i < length) {
    const code = formula.charCodeAt(i);
    if (code === DOUBLE_QUOTE) {
      const close = formula.indexOf('"', i + 1);
      i = close < 0 ? length : close + 1;
      continue;
    }
    if (code === QUOTE) {
      const name = quotedNameEnd(formula, i);
      const rest = name < 0 ? -1 : qualifiedRest(formula, name);
      i = rest < 0 ? i + 1 : rest;
      continue;
    }
    const startsName = isNameCode(code);
    const free = i === 0 || !isNameCode(formula.charCodeAt(i - 1));
    if (startsName) {
      let wordEnd = i + 1;
      while (wordEnd < length && isNameCode(formula.charCodeAt(wordEnd))) wordEnd++;
      const rest = qualifiedRest(formula, wordEnd);
      if (rest >= 0) {
        i = rest;
        continue;
      }
      if (!free) {
        // Inside a name: no reference starts here nor before its end.
        i = wordEnd;
        continue;
      }
    }
    if (free && (startsName || code === DOLLAR)) {
      const end = referenceEnd(formula, i);
      if (end >= 0 && endsReference(formula, end)) {
        const row = Number(formula.slice(refColumnEnd, end));
        const moved = shift(row - 1) + 1;
        if (column !== undefined) {
          const col = columnIndex(formula.slice(refLetters, refLettersEnd));
          const movedCol = column(row - 1, col);
          if (movedCol !== col || moved !== row) {
            out += formula.slice(copied, refLetters) + columnLetters(movedCol) + formula.slice(refLettersEnd, refColumnEnd) + String(moved);
            copied = end;
          }
        } else if (moved !== row) {
          out += formula.slice(copied, refColumnEnd) + String(moved);
          copied = end;
        }
        i = end;
        continue;
      }
      if (startsName) {
        while (i < length && isNameCode(formula.charCodeAt(i))) i++;
        continue;
      }
    }
    i++;
  }
  return copied === 0 ? formula : out + formula.slice(copied);
}

/**
 * The laid-out model with each copy inserted before its row (in the order of
 * `copies`' rows), and its page breaks with a break before each copy.
 */
export function insertHeaderCopies(model: SummarySheetModel, copies: readonly HeaderCopy[], breaks: readonly number[]): { model: SummarySheetModel; breaks: number[] } {
  if (copies.length === 0) return { model, breaks: [...breaks] };
  const sorted = [...copies].sort((a, b) => a.before - b.before);
  const befores = sorted.map((c) => c.before);
  // Rows at or after a copy's place move down by the rows of each such copy.
  const sizes = sorted.map((c) => c.header.last - c.header.first + 1);
  // Rows added before each copy's place and its own (sizes added up), for a binary search per row.
  const addedThrough: number[] = [];
  sizes.forEach((n, k) => addedThrough.push((addedThrough[k - 1] ?? 0) + n));
  const shift = (row: number): number => {
    let lo = 0;
    let hi = befores.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (befores[mid] <= row) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? row : row + addedThrough[lo - 1];
  };
  /** Where copy k's first row lands. */
  const copyAt = (k: number): number => shift(befores[k]) - sizes[k];

  const cells: SummaryCell[] = model.cells.map((c) => {
    const row = shift(c.row);
    const formula = c.formula === undefined ? undefined : shiftLocalRows(c.formula, shift);
    if (row === c.row && formula === c.formula) return c;
    const moved = copyCell(c);
    moved.row = row;
    moved.formula = formula;
    return moved;
  });
  const merges = model.merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) }));
  const heights = model.rowHeights === undefined ? undefined : [...model.rowHeights];
  // Each header's cells (its words and look, without formulas or links: a header holds neither) and merges, taken once.
  const headerCells = new Map<number, SummaryCell[]>();
  const headerMerges = new Map<number, CellRange[]>();
  for (const copy of sorted) {
    const { first, last } = copy.header;
    if (headerCells.has(first)) continue;
    headerCells.set(
      first,
      model.cells
        .filter((c) => c.row >= first && c.row <= last)
        .map((c) => {
          const plain = copyCell(c);
          plain.formula = undefined;
          plain.link = undefined;
          return plain;
        }),
    );
    headerMerges.set(first, model.merges.filter((m) => m.top >= first && m.bottom <= last));
  }
  sorted.forEach((copy, k) => {
    const offset = copyAt(k) - copy.header.first;
    for (const c of headerCells.get(copy.header.first)!) {
      const placed = copyCell(c);
      placed.row = c.row + offset;
      cells.push(placed);
    }
    for (const m of headerMerges.get(copy.header.first)!) merges.push({ ...m, top: m.top + offset, bottom: m.bottom + offset });
  });
  if (heights !== undefined) {
    // Inserted from the last so that the earlier places stay where they are.
    for (let k = sorted.length - 1; k >= 0; k--) {
      const h = model.rowHeights!.slice(sorted[k].header.first, sorted[k].header.last + 1);
      heights.splice(sorted[k].before, 0, ...h);
    }
  }
  const copyRows = new Set(sorted.map((_, k) => copyAt(k)));
  const movedBreaks = breaks.map((b) => {
    const k = befores.indexOf(b);
    return k >= 0 ? copyAt(k) : shift(b);
  });
  for (const r of copyRows) if (!movedBreaks.includes(r)) movedBreaks.push(r);
  movedBreaks.sort((a, b) => a - b);

  const print = model.print;
  const titleRows = print.titleRows === undefined ? undefined : { first: shift(print.titleRows.first), last: shift(print.titleRows.last) };
  const chart =
    model.chart === undefined
      ? undefined
      : {
          ...model.chart,
          firstRow: shift(model.chart.firstRow),
          lastRow: shift(model.chart.lastRow),
          anchor: { ...model.chart.anchor, row: shift(model.chart.anchor.row) },
        };
  const added = addedThrough[addedThrough.length - 1];
  return {
    model: {
      ...model,
      cells: cells.sort((a, b) => a.row - b.row || a.col - b.col),
      merges: merges.sort((a, b) => a.top - b.top || a.left - b.left),
      ...(heights !== undefined ? { rowHeights: heights } : {}),
      rowCount: model.rowCount + added,
      frozenRows: model.frozenRows > 0 ? shift(model.frozenRows - 1) + 1 : 0,
      print: { ...print, ...(titleRows !== undefined ? { titleRows } : {}) },
      ...(chart !== undefined ? { chart } : {}),
    },
    breaks: movedBreaks,
  };
}
