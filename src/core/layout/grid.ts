/**
 * A read-only, merge-aware view of a sheet's cells, and its transpose. Layout
 * detection works on a `Grid` so that one algorithm serves both orientations:
 * an indicators-as-rows table is read as the transpose of an areas-as-rows one.
 */
import { cellFormula, cellNumberFormat, cellValue, columnCount, type CellRange, type CellValue, type SheetData } from "../model/workbook";
import { addedCells } from "../formula/evaluate";

export interface Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly transposed: boolean;
  value(row: number, col: number): CellValue;
  numberFormat(row: number, col: number): string | undefined;
  /** The merged area that contains the cell, or undefined. */
  mergeAt(row: number, col: number): CellRange | undefined;
  /** The formula of a cell (en-US, no leading `=`), where the sheet keeps formulas; absent on grids built without them. */
  formula?(row: number, col: number): string | undefined;
}

/** Merges taller than this are kept in a short list scanned on every lookup. */
const TALL_MERGE = 64;

/** Finds the merged area containing a cell, in time independent of the sheet size. */
export class MergeIndex {
  private readonly byRow = new Map<number, CellRange[]>();
  private readonly tall: CellRange[] = [];
  /** The rows the short merges cover lie between these: a row outside them is looked up in no map (most rows of a large sheet). */
  private firstRow = Number.POSITIVE_INFINITY;
  private lastRow = -1;

  constructor(merges: readonly CellRange[]) {
    for (const merge of merges) {
      if (merge.bottom - merge.top + 1 > TALL_MERGE) {
        this.tall.push(merge);
        continue;
      }
      if (merge.top < this.firstRow) this.firstRow = merge.top;
      if (merge.bottom > this.lastRow) this.lastRow = merge.bottom;
      for (let row = merge.top; row <= merge.bottom; row++) {
        const list = this.byRow.get(row);
        if (list) list.push(merge);
        else this.byRow.set(row, [merge]);
      }
    }
  }

  find(row: number, col: number): CellRange | undefined {
    const list = row >= this.firstRow && row <= this.lastRow ? this.byRow.get(row) : undefined;
    // Index loops: this runs for cells all over a sheet, often before it is optimised (no iterator result made).
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        const m = list[i];
        if (col >= m.left && col <= m.right) return m;
      }
    }
    const tall = this.tall;
    for (let i = 0; i < tall.length; i++) {
      const m = tall[i];
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    }
    return undefined;
  }
}

export function sheetGrid(sheet: SheetData): Grid {
  const merges = new MergeIndex(sheet.merges);
  return {
    name: sheet.name,
    rowCount: sheet.values.length,
    colCount: columnCount(sheet),
    transposed: false,
    value: (row, col) => cellValue(sheet, row, col),
    numberFormat: (row, col) => cellNumberFormat(sheet, row, col),
    mergeAt: (row, col) => merges.find(row, col),
    ...(sheet.formulas !== undefined ? { formula: (row: number, col: number) => cellFormula(sheet, row, col) } : {}),
  };
}

/** The transpose of a grid: row r, column c of the view is row c, column r of the grid. */
export function transposeGrid(grid: Grid): Grid {
  return {
    name: grid.name,
    rowCount: grid.colCount,
    colCount: grid.rowCount,
    transposed: !grid.transposed,
    value: (row, col) => grid.value(col, row),
    numberFormat: (row, col) => grid.numberFormat(col, row),
    mergeAt: (row, col) => {
      const m = grid.mergeAt(col, row);
      return m && { top: m.left, left: m.top, bottom: m.right, right: m.bottom };
    },
    ...(grid.formula !== undefined ? { formula: (row: number, col: number) => grid.formula!(col, row) } : {}),
  };
}

/**
 * The blocks of cells a cell's formula adds up (`=SUM(C8:C10)`, `=C8+C9`,
 * `=C8`), in the grid's own rows and columns (a transposed grid's too), or
 * null where the cell holds no such formula.
 */
export function addedBlocks(grid: Grid, row: number, col: number): CellRange[] | null {
  const formula = grid.formula?.(row, col);
  if (formula === undefined) return null;
  const boxes = addedCells(formula);
  if (boxes === null) return null;
  return grid.transposed ? boxes.map((b) => ({ top: b.left, left: b.top, bottom: b.right, right: b.bottom })) : boxes.map((b) => ({ ...b }));
}

/** The value shown at a cell: a merged area's value appears in all of its cells. */
export function shownValue(grid: Grid, row: number, col: number): CellValue {
  const merge = grid.mergeAt(row, col);
  return merge ? grid.value(merge.top, merge.left) : grid.value(row, col);
}

/** Text of a cell (merge-aware), trimmed, line breaks as spaces; "" when blank. */
export function shownText(grid: Grid, row: number, col: number): string {
  return cellText(shownValue(grid, row, col));
}

/**
 * A cell that adds nothing of its own on its row: no column (`undefined`),
 * part of a merge that starts on a row above (a header's cell running down),
 * or blank.
 */
export function isBlankOnRow(grid: Grid, row: number, col: number | undefined): boolean {
  return col === undefined || (grid.mergeAt(row, col)?.top ?? row) < row || shownText(grid, row, col) === "";
}

/** A cell value as display text: numbers as written in JS, errors as their code. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return isTidyText(value) ? value : value.replace(/\s+/g, " ").trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value.error;
}

/**
 * For a text's first letter without making its `cellText`: -1 when
 * `cellText(value)` is empty, else the code of its first character above 32
 * (a space or control character), or 0 when it has none. A string is read
 * only up to that character.
 */
export function textStart(value: CellValue): number {
  if (typeof value !== "string") {
    const text = cellText(value);
    if (text === "") return -1;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) return text.charCodeAt(i);
    return 0;
  }
  // `cellText` only makes runs of white space one space and trims the ends: the first character above 32 is the same.
  let shown = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || (code >= 0xa0 && isWideSpace(code))) continue;
    shown = true;
    if (code > 32) return code;
  }
  return shown ? 0 : -1;
}

/** True for the white space characters of `\s` (and of `trim`) beyond ASCII. */
function isWideSpace(code: number): boolean {
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** True when a text has nothing for `cellText` to tidy: no space at its ends, none but single plain spaces inside. */
function isTidyText(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if ((code >= 9 && code <= 13) || (code >= 0xa0 && isWideSpace(code))) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace || text.length === 0;
}
