/**
 * Live en-US formulas over the allocation sheet's leaf cells that give the
 * same number as the engine, in every Excel from 2013 and in LibreOffice:
 *
 * - numbers, blanks (0) and non-numeric text (0, Excel's SUM skips it) go into
 *   plain references, contiguous cells joined into ranges: `SUM('Phân bổ'!F8:F12,'Phân bổ'!F14)`;
 * - a number typed as text (`"12"`, `"1.250"`, `"3,1"`) — which SUM would skip —
 *   and an error value get a term of their own that reads the text the way the
 *   engine does, and still works after the user retypes the cell as a number:
 *   `IFERROR(IF(ISTEXT(X),NUMBERVALUE(X,",","."),N(X)),0)`. The decimal and
 *   group marks are chosen per cell so that NUMBERVALUE gives the engine's value
 *   (`"1.250"` → `","`,`"."`; `"0.5"` → `"."`,`","`); no-break spaces are removed first.
 * - Percent indicators take MIN over the same cells; a blank leaf counts as 0.
 *
 * No array formulas (SUMPRODUCT over IF needs Ctrl+Shift+Enter in Excel 2013–2019).
 */
import { a1, quoteSheetName } from "../model/address";
import { readCellNumber, type CellNumber } from "../text/vnNumber";
import { cellValue, type SheetData } from "../model/workbook";

/** Excel's limits: 255 arguments per function, 8 192 characters per formula. */
export const MAX_ARGUMENTS = 255;
export const MAX_FORMULA_LENGTH = 8000;

export interface LeafCell {
  readonly row: number;
  readonly col: number;
}

const ODD_SPACES: ReadonlyArray<readonly [string, number]> = [
  ["\u00a0", 160],
  ["\u2007", 8199],
  ["\u202f", 8239],
  ["\u2009", 8201],
];

/** What Excel's NUMBERVALUE(text, decimal, group) gives, or null for #VALUE!. */
export function excelNumberValue(text: string, decimal: string, group: string): number | null {
  let body = text.replace(/[ \t\r\n]/g, "");
  if (body === "") return 0;
  const decimalAt = body.indexOf(decimal);
  if (decimalAt >= 0 && body.indexOf(decimal, decimalAt + 1) >= 0) return null;
  if (decimalAt >= 0 && body.indexOf(group, decimalAt) >= 0) return null;
  body = body.split(group).join("");
  if (decimal !== ".") body = body.replace(decimal, ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%*$/i.test(body)) return null;
  const percents = (body.match(/%/g) ?? []).length;
  return Number(body.replace(/%/g, "")) / 100 ** percents;
}

/** The NUMBERVALUE separators that read `text` as `value`: Vietnamese first. */
export function numberValueMarks(text: string, value: number): { decimal: string; group: string } {
  let cleaned = text;
  for (const [ch] of ODD_SPACES) cleaned = cleaned.split(ch).join("");
  for (const marks of [
    { decimal: ",", group: "." },
    { decimal: ".", group: "," },
  ]) {
    const n = excelNumberValue(cleaned, marks.decimal, marks.group);
    if (n !== null && Math.abs(n - value) <= 1e-9 * Math.max(1, Math.abs(value))) return marks;
  }
  return { decimal: ",", group: "." };
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The term for one cell the engine reads differently from Excel's SUM (text number, error value). */
export function cellTerm(ref: string, reading: CellNumber): string {
  if (reading.kind !== "text-number") return `IFERROR(IF(ISTEXT(${ref}),NUMBERVALUE(${ref},",","."),N(${ref})),0)`;
  let textRef = ref;
  for (const [ch, code] of ODD_SPACES) if (reading.text.includes(ch)) textRef = `SUBSTITUTE(${textRef},UNICHAR(${code}),"")`;
  const { decimal, group } = numberValueMarks(reading.text, reading.value);
  return `IFERROR(IF(ISTEXT(${ref}),NUMBERVALUE(${textRef},${quoted(decimal)},${quoted(group)}),N(${ref})),0)`;
}

/** `*1000` or `/1000000` to bring the sheet's unit to the plan's unit; empty when they are the same. */
export function scaleSuffix(factor: number): string {
  if (factor === 1 || !Number.isFinite(factor) || factor <= 0) return "";
  if (factor > 1) return `*${formatNumber(factor)}`;
  return `/${formatNumber(Math.round(1 / factor))}`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toFixed(0) : String(n);
}

/** References over plain cells (contiguous ones joined) and terms for the special ones. */
export function leafReferences(
  sheet: SheetData,
  cells: readonly LeafCell[],
  mode: "sum" | "min",
): { ranges: string[]; terms: string[] } {
  const prefix = `${quoteSheetName(sheet.name)}!`;
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const ranges: string[] = [];
  const terms: string[] = [];
  let run: { start: LeafCell; end: LeafCell } | null = null;
  const flush = () => {
    const current: { start: LeafCell; end: LeafCell } | null = run;
    if (current === null) return;
    const { start, end } = current;
    ranges.push(
      start.row === end.row && start.col === end.col
        ? `${prefix}${a1(start.row, start.col)}`
        : `${prefix}${a1(start.row, start.col)}:${a1(end.row, end.col)}`,
    );
    run = null;
  };
  for (const cell of sorted) {
    const reading = readCellNumber(cellValue(sheet, cell.row, cell.col));
    const special =
      reading.kind === "text-number" ||
      reading.kind === "error" ||
      (mode === "min" && (reading.kind === "text" || (reading.kind === "blank" && cellValue(sheet, cell.row, cell.col) !== null)));
    if (special) {
      terms.push(cellTerm(`${prefix}${a1(cell.row, cell.col)}`, reading));
      continue;
    }
    const current: { start: LeafCell; end: LeafCell } | null = run;
    if (current !== null) {
      const start: LeafCell = current.start;
      const end: LeafCell = current.end;
      const extendsColumn = start.col === end.col && cell.col === end.col && cell.row === end.row + 1;
      const extendsRow = start.row === end.row && cell.row === end.row && cell.col === end.col + 1;
      if (extendsColumn || extendsRow) {
        run = { start, end: cell };
        continue;
      }
      flush();
    }
    run = { start: cell, end: cell };
  }
  flush();
  return { ranges, terms };
}

/** `SUM(a,b,…)`, nested by groups when there are more arguments than a function takes. */
function call(fn: "SUM" | "MIN", args: readonly string[]): string {
  if (args.length <= MAX_ARGUMENTS) return `${fn}(${args.join(",")})`;
  const groups: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGUMENTS) groups.push(call(fn, args.slice(i, i + MAX_ARGUMENTS)));
  return call(fn, groups);
}

/**
 * The live formula for a line's allocated total (sum of leaves) or lowest leaf
 * (percent), in the plan's unit. Null when no formula of Excel's size limit can say it.
 */
export function allocatedFormula(sheet: SheetData, cells: readonly LeafCell[], mode: "sum" | "min", factor: number): string | null {
  if (cells.length === 0) return "0";
  const { ranges, terms } = leafReferences(sheet, cells, mode);
  let formula: string;
  if (mode === "sum") {
    const parts: string[] = [];
    if (ranges.length > 0) parts.push(call("SUM", ranges));
    parts.push(...terms);
    formula = parts.join("+");
    const suffix = scaleSuffix(factor);
    if (suffix !== "") formula = parts.length > 1 ? `(${formula})${suffix}` : `${formula}${suffix}`;
  } else {
    formula = call("MIN", [...ranges, ...terms]);
    if (ranges.length > 0) {
      const blanks = ranges.map((r) => `COUNTBLANK(${r})`).join("+");
      formula = `IF(${blanks}>0,MIN(0,${formula}),${formula})`;
    }
    const suffix = scaleSuffix(factor);
    if (suffix !== "") formula = `(${formula})${suffix}`;
  }
  return formula.length > MAX_FORMULA_LENGTH ? null : formula;
}

/** A link to one cell in the plan's unit (table by area). */
export function cellFormula(sheet: SheetData, cell: LeafCell, factor: number): string {
  const ref = `${quoteSheetName(sheet.name)}!${a1(cell.row, cell.col)}`;
  const value = cellValue(sheet, cell.row, cell.col);
  const reading = readCellNumber(value);
  const special = reading.kind === "text-number" || reading.kind === "error" || reading.kind === "text" || (reading.kind === "blank" && value !== null);
  const term = special ? cellTerm(ref, reading) : `N(${ref})`;
  const suffix = scaleSuffix(factor);
  return `${term}${suffix}`;
}
