/**
 * The table whose header repeats on every printed page goes last on the
 * sheet. A sheet has one set of print titles, and Excel and LibreOffice print
 * them on every page from where they stand down: a table after the repeated
 * one would print under a header that is not its own (the findings under the
 * areas' indicator columns). Sections are moved whole — the blank row before
 * a section, its subtitle, header and rows — and only when no formula of the
 * sheet points at a row that moves. Numbered subtitles are numbered again in
 * their new order.
 */
import type { CellRange } from "../model/workbook";
import type { SummaryCell, SummarySheetModel } from "../model/summary";
import { copyCell } from "./cellShape";

interface Section {
  readonly first: number;
  readonly last: number;
}

/** Sections: the rows before the first subtitle, then each subtitle with the blank row before it. */
function sections(cells: readonly SummaryCell[], rowCount: number): Section[] {
  const used = new Set(cells.map((c) => c.row));
  const starts = [...new Set(cells.filter((c) => c.style === "subtitle").map((c) => c.row))]
    .sort((a, b) => a - b)
    .map((r) => (r > 0 && !used.has(r - 1) ? r - 1 : r));
  const bounds = [0, ...starts.filter((s) => s > 0), rowCount];
  const out: Section[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) if (bounds[i + 1] > bounds[i]) out.push({ first: bounds[i], last: bounds[i + 1] - 1 });
  return out;
}

const QUALIFIED = /(?:'[^']*(?:''[^']*)*'|[A-Za-z0-9_.]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g;
const LOCAL_REF = /(?<![A-Za-z0-9_.])\$?[A-Z]{1,3}\$?(\d+)(?![A-Za-z0-9_(])/g;

/** 0-based rows of this sheet a formula points at (string literals and other sheets' cells left out). */
export function localRowsOf(formula: string): number[] {
  const code = formula
    .split('"')
    .filter((_, i) => i % 2 === 0)
    .join('""')
    .replace(QUALIFIED, "");
  return [...code.matchAll(LOCAL_REF)].map((m) => Number(m[1]) - 1);
}

/**
 * The model with the section holding `row` moved to the end (and where every
 * row went), or null when it is already last or a formula would lose its target.
 */
export function moveSectionLast(model: SummarySheetModel, row: number): { model: SummarySheetModel; moved: (row: number) => number } | null {
  let rowCount = model.rowCount;
  const given = model.cells;
  for (let i = 0; i < given.length; i++) if (given[i].row + 1 > rowCount) rowCount = given[i].row + 1;
  const all = sections(model.cells, rowCount);
  const index = all.findIndex((s) => s.first <= row && row <= s.last);
  if (index < 0 || index === all.length - 1) return null;
  const section = all[index];
  const firstMoved = section.first;
  if (model.frozenRows > firstMoved) return null;
  for (let i = 0; i < given.length; i++) {
    const formula = given[i].formula;
    if (formula !== undefined && localRowsOf(formula).some((r) => r >= firstMoved)) return null;
  }
  const size = section.last - section.first + 1;
  const tailEnd = rowCount - 1;
  const moved = (r: number): number => {
    if (r < section.first) return r;
    if (r <= section.last) return r + (tailEnd - section.last);
    return r - size;
  };
  const cells = numberSubtitles(
    model.cells.map((c) => {
      const copy = copyCell(c);
      copy.row = moved(c.row);
      return copy;
    }),
  );
  // In sheet order, as a spreadsheet lists them back.
  const merges: CellRange[] = model.merges
    .map((m) => ({ ...m, top: moved(m.top), bottom: moved(m.bottom) }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  return { model: { ...model, cells, merges, rowCount }, moved };
}

/** Numbered subtitles ("2. …") counted again from the top of the sheet, in the order they stand. */
export function numberSubtitles(cells: readonly SummaryCell[]): SummaryCell[] {
  const subtitles = [...new Set(cells.filter((c) => c.style === "subtitle").map((c) => c.row))].sort((a, b) => a - b);
  return cells.map((c) => {
    if (c.style === "subtitle" && typeof c.value === "string" && /^\d+\.\s/.test(c.value)) {
      const numbered = copyCell(c);
      numbered.value = c.value.replace(/^\d+/, String(subtitles.indexOf(c.row) + 1));
      return numbered;
    }
    return c;
  });
}
