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

/**
 * One pass over a formula, leftmost first: a string literal, a reference
 * qualified by a sheet's name (`'Phân bổ'!C7`, `Sheet1!A1:B5`) or a reference
 * to this sheet (`$C$7`, group 1 its column, group 2 its row) — not a name's
 * tail (`LOG10`), nor a function's name (`LOG10(`).
 */
const TOKENS = /"[^"]*"?|(?:'[^']*(?:''[^']*)*'|[A-Za-z0-9_.]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|(?<![A-Za-z0-9_.])(\$?[A-Z]{1,3}\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** `formula` with each reference to a row of this sheet moved by `shift` (0-based rows); strings and other sheets' cells kept. */
export function shiftLocalRows(formula: string, shift: (row: number) => number): string {
  // One flat string made by `replace`, not one piece added per character: a summary has tens of thousands of formulas.
  return formula.replace(TOKENS, (token: string, column: string | undefined, row: string | undefined) =>
    column === undefined || row === undefined ? token : `${column}${shift(Number(row) - 1) + 1}`,
  );
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
    return row === c.row && formula === c.formula ? c : { ...c, row, ...(formula !== undefined ? { formula } : {}) };
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
      model.cells.filter((c) => c.row >= first && c.row <= last).map(({ formula: _formula, link: _link, ...plain }) => plain),
    );
    headerMerges.set(first, model.merges.filter((m) => m.top >= first && m.bottom <= last));
  }
  sorted.forEach((copy, k) => {
    const offset = copyAt(k) - copy.header.first;
    for (const c of headerCells.get(copy.header.first)!) cells.push({ ...c, row: c.row + offset });
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
