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
import { a1, columnLetters, quoteSheetName } from "../model/address";
import { accountingNegative, narrowForms, readCellNumber, type CellNumber } from "../text/vnNumber";
import { cellFormula as sheetFormula, cellNumberFormat, cellValue, type CellValue, type SheetData } from "../model/workbook";
import { readCell, type CellReading, type LineMeasure } from "../cells/readCell";
import { formatDivisor, isDateFormat, isPercentFormat } from "../cells/numberFormat";

/** Excel's limits: 255 arguments per function, 8 192 characters per formula. */
export const MAX_ARGUMENTS = 255;
export const MAX_FORMULA_LENGTH = 8000;

export interface LeafCell {
  readonly row: number;
  readonly col: number;
  /**
   * For a money line: đồng per unit of its cells. Text such as `1,2 tỷ` or
   * `300 triệu` then counts in the line's unit, as the engine reads it.
   */
  readonly moneyScale?: number;
  /** For a percent line typed as fractions (`0.85` for 85 %): its numbers read ×100. */
  readonly fractions?: boolean;
}

const ODD_SPACES: ReadonlyArray<readonly [string, number]> = [
  ["\u00a0", 160],
  ["\u2007", 8199],
  ["\u202f", 8239],
  ["\u2009", 8201],
  ["\u200b", 8203],
  ["\u200c", 8204],
  ["\u200d", 8205],
  ["\ufeff", 65279],
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
  return textNumberTerm(ref, reading.text, reading.value);
}

/** `ref` with each full-width form or minus sign `−` of `text` replaced by its ASCII, as the engine reads it (`narrowForms`). */
function narrowedRef(ref: string, text: string): string {
  const narrow = narrowForms(text);
  if (narrow === text) return ref;
  let out = ref;
  const seen = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === narrow[i] || seen.has(text[i])) continue;
    seen.add(text[i]);
    out = `SUBSTITUTE(${out},UNICHAR(${text.charCodeAt(i)}),${quoted(narrow[i])})`;
  }
  return out;
}

/** `cellText`: the cell's whole text when `text` is only its amount (`１２ tổ`): its full-width forms are narrowed in the formula too. */
function textNumberTerm(ref: string, text: string, value: number, unitText?: string, cellText = text): string {
  const narrowRef = narrowedRef(ref, cellText);
  text = narrowForms(text);
  let textRef = unitText === undefined ? narrowRef : `SUBSTITUTE(${narrowRef},${quoted(unitText)},"")`;
  for (const [ch, code] of ODD_SPACES) if (text.includes(ch)) textRef = `SUBSTITUTE(${textRef},UNICHAR(${code}),"")`;
  // `(12)` copied from an accounting format: the number inside, negated.
  const inner = unitText === undefined ? accountingNegative(text) : null;
  if (inner !== null) {
    const { decimal, group } = numberValueMarks(inner, -value);
    return `IFERROR(IF(ISTEXT(${ref}),-NUMBERVALUE(SUBSTITUTE(SUBSTITUTE(${textRef},"(",""),")",""),${quoted(decimal)},${quoted(group)}),N(${ref})),0)`;
  }
  const { decimal, group } = numberValueMarks(text, value);
  return `IFERROR(IF(ISTEXT(${ref}),NUMBERVALUE(${textRef},${quoted(decimal)},${quoted(group)}),N(${ref})),0)`;
}

/** The measure the engine reads a leaf cell in: percent for a lowest value, the line's money unit, else a count. */
const PERCENT_MEASURE: LineMeasure = { kind: "percent", scale: 1 };
const PERCENT_FRACTIONS: LineMeasure = { kind: "percent", scale: 1, fractions: true };
const COUNT_MEASURE: LineMeasure = { kind: "count", scale: 1 };
const moneyMeasures = new Map<number, LineMeasure>();

function measureOf(cell: LeafCell, mode: "sum" | "min"): LineMeasure {
  if (mode === "min") return cell.fractions === true ? PERCENT_FRACTIONS : PERCENT_MEASURE;
  if (cell.moneyScale === undefined) return COUNT_MEASURE;
  let measure = moneyMeasures.get(cell.moneyScale);
  if (measure === undefined) moneyMeasures.set(cell.moneyScale, (measure = { kind: "money", scale: cell.moneyScale }));
  return measure;
}

function readLeaf(sheet: SheetData, cell: LeafCell, mode: "sum" | "min"): { raw: CellValue; reading: CellReading } {
  const raw = cellValue(sheet, cell.row, cell.col);
  return { raw, reading: readCell(raw, cellNumberFormat(sheet, cell.row, cell.col), measureOf(cell, mode)) };
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

/**
 * How the engine reads one leaf cell of a line, and how a formula says the same:
 * `plain` cells go into ranges (SUM/MIN give what the engine gives), `percent`
 * cells are numbers shown with a % format (0.15 is 15 points: ranges ×100),
 * `term` cells need their own expression, `skip` cells are left out (the engine
 * skips them in a lowest-value, and a #REF! in a range would spoil MIN).
 */
type LeafClass =
  | { readonly kind: "plain" }
  | { readonly kind: "percent" }
  | { readonly kind: "skip" }
  | { readonly kind: "term"; readonly term: string };

const PLAIN: LeafClass = { kind: "plain" };
const PERCENT: LeafClass = { kind: "percent" };
const SKIP: LeafClass = { kind: "skip" };

/** What a number in a format reads as: a date (left out), a percent (for a lowest value), scaled (`#,##0,,`) or plain; each format looked at once. */
const NUMBER_AS_DATE = 1;
const NUMBER_AS_PERCENT = 2;
/** At least this: the divisor of a format with scaling commas (`#,##0,,` → 1e6). */
const NUMBER_SCALED = 1000;
const numberFormats = new Map<string, number>();

function numberFormatFacts(format: string): number {
  let facts = numberFormats.get(format);
  if (facts === undefined) {
    facts = isDateFormat(format) ? NUMBER_AS_DATE : isPercentFormat(format) ? NUMBER_AS_PERCENT : formatDivisor(format) > 1 ? formatDivisor(format) : 0;
    if (numberFormats.size < 1024) numberFormats.set(format, facts);
  }
  return facts;
}

/** `refOf` gives the cell's reference, built only for the cells that need a term of their own. */
function classify(sheet: SheetData, cell: LeafCell, refOf: string | ((cell: LeafCell) => string), mode: "sum" | "min"): LeafClass {
  // A number or a blank, nearly every leaf: its form as `readCell` gives it, without reading its value.
  const value = cellValue(sheet, cell.row, cell.col);
  if (value === null) return PLAIN;
  if (typeof value === "number") {
    const format = cellNumberFormat(sheet, cell.row, cell.col);
    if (format === undefined) return mode === "min" && cell.fractions === true ? PERCENT : PLAIN;
    const facts = numberFormatFacts(format);
    if (facts === NUMBER_AS_DATE) return SKIP;
    if (mode === "sum" && facts >= NUMBER_SCALED) {
      // `#,##0,,` shows the number in the line's unit: the engine reads the number shown, and so does the formula.
      const ref = typeof refOf === "string" ? refOf : refOf(cell);
      const term = `${ref}/${formatNumber(facts)}`;
      return { kind: "term", term: sheetFormula(sheet, cell.row, cell.col) !== undefined ? `IFERROR(${term},0)` : term };
    }
    return mode === "min" && (facts === NUMBER_AS_PERCENT || cell.fractions === true) ? PERCENT : PLAIN;
  }
  const { raw, reading } = readLeaf(sheet, cell, mode);
  const form = reading.form;
  if (form.kind === "plain") return PLAIN;
  if (form.kind === "percent") return PERCENT;
  const ref = typeof refOf === "string" ? refOf : refOf(cell);
  switch (form.kind) {
    case "text-number":
      return { kind: "term", term: textNumberTerm(ref, form.text, form.value) };
    case "percent-text":
      return { kind: "term", term: `${textNumberTerm(ref, form.text, form.fraction)}*100` };
    case "money-text":
      return { kind: "term", term: `${textNumberTerm(ref, form.money.amountText, Number(form.money.canonical), form.money.unitText, String(raw))}${scaleSuffix(form.factor)}` };
    case "spelled-money":
    case "fixed-text":
      // `1 tỷ 200 triệu`, `5;`: no NUMBERVALUE reads it; the engine's figure while the cell holds text, its number once retyped.
      return { kind: "term", term: `IFERROR(IF(ISTEXT(${ref}),${formatNumber(form.value)},N(${ref})),0)` };
    case "count-text":
      return { kind: "term", term: textNumberTerm(ref, form.count.amountText, form.count.value, form.count.unitText, String(raw)) };
    case "error":
      return mode === "sum" ? { kind: "term", term: cellTerm(ref, readCellNumber(raw)) } : { kind: "skip" };
    case "nil":
      // A true blank is counted by COUNTBLANK; `-` or spaces read as 0 through their own term.
      return mode === "sum" ? PLAIN : { kind: "term", term: cellTerm(ref, readCellNumber(raw)) };
    case "invalid":
      // SUM and MIN skip text and booleans in a range, as the engine does.
      return PLAIN;
    case "date":
      // SUM would count a date's serial number; the engine leaves it out, and so does the formula.
      return { kind: "skip" };
  }
}

/** Column letters, each computed once (as `a1` writes them). */
const columnLetterCache: string[] = [];

function letters(col: number): string {
  return columnLetterCache[col] ?? (columnLetterCache[col] = columnLetters(col));
}

/** `'Sheet name'!`, for the last sheet asked for (one sheet's prefix is asked for once per formula). */
let lastPrefix: { readonly name: string; readonly prefix: string } | null = null;

function sheetPrefix(name: string): string {
  if (lastPrefix === null || lastPrefix.name !== name) lastPrefix = { name, prefix: `${quoteSheetName(name)}!` };
  return lastPrefix.prefix;
}

const byColumnThenRow = (a: LeafCell, b: LeafCell) => a.col - b.col || a.row - b.row;

/** A run's reference: one cell, or a range from its first cell to its last. */
function runReference(prefix: string, startRow: number, startCol: number, endRow: number, endCol: number): string {
  return startRow === endRow && startCol === endCol
    ? `${prefix}${letters(startCol)}${startRow + 1}`
    : `${prefix}${letters(startCol)}${startRow + 1}:${letters(endCol)}${endRow + 1}`;
}

/** Whether a cell of the rectangle holds a formula of the user's (it may give an error once recalculated). */
function holdsFormula(sheet: SheetData, startRow: number, startCol: number, endRow: number, endCol: number): boolean {
  const formulas = sheet.formulas;
  if (formulas === undefined) return false;
  for (let r = startRow; r <= endRow; r++) {
    const row = formulas[r];
    if (row === undefined) continue;
    for (let c = startCol; c <= endCol; c++) if (row[c] !== null && row[c] !== undefined) return true;
  }
  return false;
}

/**
 * A run of plain cells to add up: its reference, or — where a cell holds a
 * formula of the user's, which may give an error once recalculated (`=E6+E7`
 * over a number typed as text) — `AGGREGATE(9,6,…)`, its sum leaving error
 * values out, as the engine counts an error value 0 (SUM would spread the error).
 */
function sumRun(sheet: SheetData, prefix: string, startRow: number, startCol: number, endRow: number, endCol: number): string {
  const reference = runReference(prefix, startRow, startCol, endRow, endCol);
  return holdsFormula(sheet, startRow, startCol, endRow, endCol) ? `AGGREGATE(9,6,${reference})` : reference;
}

/** The kinds of an open run: none, plain cells, percent cells. */
const NO_RUN = 0;
const PLAIN_RUN = 1;
const PERCENT_RUN = 2;

/** References over plain cells (contiguous ones joined) and terms for the special ones. */
export function leafReferences(
  sheet: SheetData,
  cells: readonly LeafCell[],
  mode: "sum" | "min",
): { ranges: string[]; percentRanges: string[]; terms: string[] } {
  const prefix = sheetPrefix(sheet.name);
  let inOrder = true;
  for (let i = 1; i < cells.length && inOrder; i++) inOrder = byColumnThenRow(cells[i - 1], cells[i]) <= 0;
  const sorted = inOrder ? cells : [...cells].sort(byColumnThenRow);
  const ranges: string[] = [];
  const percentRanges: string[] = [];
  const terms: string[] = [];
  // The open run of plain or percent cells, from (startRow, startCol) to (endRow, endCol): kept in
  // local variables, not objects or a closure's (a large table has millions of leaf cells).
  let runKind = NO_RUN;
  let startRow = 0;
  let startCol = 0;
  let endRow = 0;
  let endCol = 0;
  const values = sheet.values;
  const formats = sheet.numberFormats;
  let keptAsIs: boolean | undefined;
  const pushRun = () => {
    if (runKind === PERCENT_RUN) percentRanges.push(runReference(prefix, startRow, startCol, endRow, endCol));
    else ranges.push(mode === "sum" ? sumRun(sheet, prefix, startRow, startCol, endRow, endCol) : runReference(prefix, startRow, startCol, endRow, endCol));
  };
  for (let i = 0; i < sorted.length; i++) {
    const cell = sorted[i];
    // A number or a blank, nearly every leaf, classified here as `classify` does (without a call per cell).
    const rowValues = values[cell.row];
    const value = rowValues === undefined ? null : rowValues[cell.col];
    let c: LeafClass;
    if (value === null || value === undefined) c = PLAIN;
    else if (typeof value === "number") {
      const format = formats?.[cell.row]?.[cell.col];
      const facts = format === null || format === undefined ? 0 : numberFormatFacts(format);
      // A scaled number (`#,##0,,`) reads as shown, unless the leaves' formats differ (then as kept, as the engine reads them: `keepMixedScaling`).
      if (facts >= NUMBER_SCALED && keptAsIs === undefined) keptAsIs = mixedScaling(sheet, sorted);
      c = facts === NUMBER_AS_DATE ? SKIP : facts >= NUMBER_SCALED && keptAsIs !== true ? classify(sheet, cell, (leaf) => `${prefix}${a1(leaf.row, leaf.col)}`, mode) : mode === "min" && (facts === NUMBER_AS_PERCENT || cell.fractions === true) ? PERCENT : PLAIN;
    } else c = classify(sheet, cell, (leaf) => `${prefix}${a1(leaf.row, leaf.col)}`, mode);
    if (c.kind === "term") {
      terms.push(c.term);
      continue;
    }
    if (c.kind === "skip") {
      // A skipped cell breaks a range (it must not be inside one).
      if (runKind !== NO_RUN) pushRun();
      runKind = NO_RUN;
      continue;
    }
    const kind = c.kind === "plain" ? PLAIN_RUN : PERCENT_RUN;
    if (runKind !== NO_RUN) {
      const extendsColumn = startCol === endCol && cell.col === endCol && cell.row === endRow + 1;
      const extendsRow = startRow === endRow && cell.row === endRow && cell.col === endCol + 1;
      if (runKind === kind && (extendsColumn || extendsRow)) {
        endRow = cell.row;
        endCol = cell.col;
        continue;
      }
      pushRun();
    }
    runKind = kind;
    startRow = endRow = cell.row;
    startCol = endCol = cell.col;
  }
  if (runKind !== NO_RUN) pushRun();
  return { ranges, percentRanges, terms };
}

/** True when the typed numbers of these leaf cells do not all show through one scaling format. */
function mixedScaling(sheet: SheetData, cells: readonly LeafCell[]): boolean {
  let divisor = 0;
  for (const cell of cells) {
    if (typeof cellValue(sheet, cell.row, cell.col) !== "number") continue;
    const d = formatDivisor(cellNumberFormat(sheet, cell.row, cell.col));
    if (isDateFormat(cellNumberFormat(sheet, cell.row, cell.col))) continue;
    if (divisor === 0) divisor = d;
    else if (d !== divisor) return true;
  }
  return false;
}

/** A blank or a typed number shown as it is kept (no date, no scaling format): a sum's range reads it as the engine does. */
function isPlainSumCell(values: SheetData["values"], formats: SheetData["numberFormats"], row: number, col: number): boolean {
  const rowValues = values[row];
  const value = rowValues === undefined ? null : rowValues[col];
  if (value === null || value === undefined) return true;
  if (typeof value !== "number") return false;
  const format = formats?.[row]?.[col];
  return format === null || format === undefined || (numberFormatFacts(format) !== NUMBER_AS_DATE && numberFormatFacts(format) < NUMBER_SCALED);
}

/**
 * The one reference `leafReferences` gives for `cells` in a sum when they are
 * all plain numbers or blanks in one contiguous run (nearly every covering row
 * of a table by area); null otherwise, and `leafReferences` says what they are.
 * Nothing is allocated but the reference.
 */
function singlePlainRun(sheet: SheetData, cells: readonly LeafCell[]): string | null {
  const values = sheet.values;
  const formats = sheet.numberFormats;
  let startRow = 0;
  let startCol = 0;
  let endRow = 0;
  let endCol = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!isPlainSumCell(values, formats, cell.row, cell.col)) return null;
    if (i === 0) {
      startRow = endRow = cell.row;
      startCol = endCol = cell.col;
      continue;
    }
    const extendsColumn = startCol === endCol && cell.col === endCol && cell.row === endRow + 1;
    const extendsRow = startRow === endRow && cell.row === endRow && cell.col === endCol + 1;
    if (!extendsColumn && !extendsRow) return null;
    endRow = cell.row;
    endCol = cell.col;
  }
  return sumRun(sheet, sheetPrefix(sheet.name), startRow, startCol, endRow, endCol);
}

/** A line's leaves in `PlainRuns`: not one run of plain cells; plain cells; plain cells, some holding a formula of the user's. */
const NOT_PLAIN = 0;
const ALL_PLAIN = 1;
const PLAIN_WITH_FORMULA = 2;

/**
 * `singlePlainRun` for the leaves of a listed area, for several lines at once:
 * the leaves given by their rows (areas as rows) or columns (areas as
 * columns), the lines by their columns (rows). Each leaf's row is read once for
 * all the lines (not once per line), and whether the run holds a formula of the
 * user's is found in the same pass; no leaf cell object is made.
 */
export class PlainRuns {
  private readonly slot = new Map<number, number>();
  private readonly kinds: Uint8Array;
  private first = 0;
  private last = -1;
  private readonly suffixes = new Map<number, string>();
  /**
   * The references' pieces, so that a formula is a few strings joined (a
   * large table has tens of thousands): per line, what names its column
   * (`'Sheet'!C`, `:C`; areas as rows) or row (`12`; areas as columns); per
   * area read, what names its first and last leaf.
   */
  private readonly lineHead: string[];
  private readonly lineTail: string[];
  private firstText = "";
  private lastText = "";

  constructor(
    private readonly sheet: SheetData,
    private readonly byRows: boolean,
    private readonly lines: readonly number[],
  ) {
    lines.forEach((line, k) => this.slot.set(line, k));
    this.kinds = new Uint8Array(lines.length);
    const prefix = sheetPrefix(sheet.name);
    this.lineHead = lines.map((line) => (byRows ? prefix + letters(line) : String(line + 1)));
    this.lineTail = lines.map((line) => (byRows ? `:${letters(line)}` : String(line + 1)));
  }

  /** Reads the leaves of the next listed area (nothing kept of the one before). */
  read(leafIndexes: readonly number[]): void {
    const kinds = this.kinds;
    kinds.fill(NOT_PLAIN);
    this.last = -1;
    if (leafIndexes.length === 0) return;
    // The leaves must follow one another down the lines' columns (across their rows).
    for (let i = 1; i < leafIndexes.length; i++) if (leafIndexes[i] !== leafIndexes[i - 1] + 1) return;
    this.first = leafIndexes[0];
    this.last = leafIndexes[leafIndexes.length - 1];
    this.firstText = this.byRows ? String(this.first + 1) : sheetPrefix(this.sheet.name) + letters(this.first);
    this.lastText = this.byRows ? String(this.last + 1) : `:${letters(this.last)}`;
    kinds.fill(ALL_PLAIN);
    const { values, numberFormats: formats, formulas } = this.sheet;
    const lines = this.lines;
    if (this.byRows) {
      for (let r = this.first; r <= this.last; r++) {
        const rowValues = values[r];
        const rowFormats = formats?.[r];
        const rowFormulas = formulas?.[r];
        for (let k = 0; k < lines.length; k++) {
          if (kinds[k] !== NOT_PLAIN) kinds[k] = kindAfter(kinds[k], rowValues, rowFormats, rowFormulas, lines[k]);
        }
      }
    } else {
      for (let k = 0; k < lines.length; k++) {
        const r = lines[k];
        const rowValues = values[r];
        const rowFormats = formats?.[r];
        const rowFormulas = formulas?.[r];
        for (let c = this.first; c <= this.last && kinds[k] !== NOT_PLAIN; c++) kinds[k] = kindAfter(kinds[k], rowValues, rowFormats, rowFormulas, c);
      }
    }
  }

  /**
   * `allocatedFormula` in sum mode for a line (one of the lines given) over
   * the leaves read last when they are one run of plain cells: the same
   * formula, or null where it is too long; undefined when they are not, and
   * `allocatedFormula` is to be asked.
   */
  formula(line: number, factor: number): string | null | undefined {
    const k = this.slot.get(line);
    if (k === undefined || this.last < 0) return undefined;
    const kind = this.kinds[k];
    if (kind === NOT_PLAIN) return undefined;
    // `runReference`'s one cell or range: `'Sheet'!C8:C57` (areas as rows), `'Sheet'!C8:AF8` (as columns).
    const single = this.first === this.last;
    const reference = this.byRows
      ? this.lineHead[k] + (single ? this.firstText : this.firstText + this.lineTail[k] + this.lastText)
      : this.firstText + (single ? this.lineHead[k] : this.lineHead[k] + this.lastText + this.lineTail[k]);
    let suffix = this.suffixes.get(factor);
    if (suffix === undefined) this.suffixes.set(factor, (suffix = scaleSuffix(factor)));
    const sum = kind === PLAIN_WITH_FORMULA ? "SUM(AGGREGATE(9,6," + reference + "))" + suffix : "SUM(" + reference + ")" + suffix;
    return sum.length > MAX_FORMULA_LENGTH ? null : sum;
  }
}

/** A run's kind once the cell at `col` of a row is added to it (`isPlainSumCell`, and whether a formula of the user's is there). */
function kindAfter(
  kind: number,
  rowValues: SheetData["values"][number] | undefined,
  rowFormats: ReadonlyArray<string | null | undefined> | undefined,
  rowFormulas: ReadonlyArray<string | null | undefined> | undefined,
  col: number,
): number {
  const value = rowValues === undefined ? null : rowValues[col];
  if (value !== null && value !== undefined) {
    if (typeof value !== "number") return NOT_PLAIN;
    const format = rowFormats === undefined ? undefined : rowFormats[col];
    if (format !== null && format !== undefined) {
      const facts = numberFormatFacts(format);
      if (facts === NUMBER_AS_DATE || facts >= NUMBER_SCALED) return NOT_PLAIN;
    }
  }
  if (kind === ALL_PLAIN && rowFormulas !== undefined) {
    const formula = rowFormulas[col];
    if (formula !== null && formula !== undefined) return PLAIN_WITH_FORMULA;
  }
  return kind;
}

/**
 * `allocatedFormula` in sum mode when the leaves of one line are one run of
 * plain cells (`PlainRuns` for that line alone): the same formula, or null
 * where it is too long; undefined when they are not, and `allocatedFormula`
 * is to be asked.
 */
export function plainRunFormula(sheet: SheetData, byRows: boolean, leafIndexes: readonly number[], line: number, factor: number): string | null | undefined {
  const runs = new PlainRuns(sheet, byRows, [line]);
  runs.read(leafIndexes);
  return runs.formula(line, factor);
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
 * (percent), in the plan's unit. Null when there is nothing to take the lowest
 * of, or no formula within Excel's size limit can say it.
 */
export function allocatedFormula(sheet: SheetData, cells: readonly LeafCell[], mode: "sum" | "min", factor: number): string | null {
  if (cells.length === 0) return mode === "sum" ? "0" : null;
  const suffix = scaleSuffix(factor);
  const single = mode === "sum" ? singlePlainRun(sheet, cells) : null;
  if (single !== null) {
    // What the general case below writes for one range and no terms.
    const sum = `SUM(${single})${suffix}`;
    return sum.length > MAX_FORMULA_LENGTH ? null : sum;
  }
  const { ranges, percentRanges, terms } = leafReferences(sheet, cells, mode);
  let formula: string;
  if (mode === "sum" && terms.length === 0 && ranges.length > 0) {
    // Nearly every formula: one SUM over ranges (the general case below writes the same).
    formula = `${call("SUM", ranges)}${suffix}`;
  } else if (mode === "sum") {
    const parts: string[] = [];
    if (ranges.length > 0) parts.push(call("SUM", ranges));
    parts.push(...terms);
    if (parts.length === 0) parts.push("0");
    formula = parts.join("+");
    if (suffix !== "") formula = parts.length > 1 ? `(${formula})${suffix}` : `${formula}${suffix}`;
  } else {
    const args = [...ranges, ...percentRanges.map((r) => `MIN(${r})*100`), ...terms];
    if (args.length === 0) return null;
    formula = call("MIN", args);
    const counted = [...ranges, ...percentRanges];
    if (counted.length > 0) {
      const blanks = counted.map((r) => `COUNTBLANK(${r})`).join("+");
      formula = `IF(${blanks}>0,MIN(0,${formula}),${formula})`;
    }
    if (suffix !== "") formula = `(${formula})${suffix}`;
  }
  return formula.length > MAX_FORMULA_LENGTH ? null : formula;
}

/** One cell in the plan's unit (table by area), as the engine reads it. */
export function cellFormula(sheet: SheetData, cell: LeafCell, mode: "sum" | "min", factor: number): string {
  const ref = `${sheetPrefix(sheet.name)}${a1(cell.row, cell.col)}`;
  const c = classify(sheet, cell, ref, mode);
  let term: string;
  if (c.kind === "term") term = c.term;
  else if (c.kind === "percent") term = sheetFormula(sheet, cell.row, cell.col) !== undefined ? `IFERROR(N(${ref})*100,0)` : `N(${ref})*100`;
  else if (c.kind === "skip") term = cellTerm(ref, readCellNumber(cellValue(sheet, cell.row, cell.col)));
  // A formula of the user's that gives an error once recalculated (`=E6+E7` over a text number) counts 0, as the engine counts an error value.
  else term = sheetFormula(sheet, cell.row, cell.col) !== undefined ? `IFERROR(N(${ref}),0)` : `N(${ref})`;
  return `${term}${scaleSuffix(factor)}`;
}

/**
 * One leaf of a percent line in the table by area, as the lowest-value rule
 * reads it: a number (×100 when shown with a % format), a blank as 0, a text
 * number through its own term — and "" for what the rule leaves out (other
 * text, booleans, error values), which SUBTOTAL's lowest skips as MIN skips
 * them in a range. Still right after the user retypes the cell.
 */
export function lowestLeafFormula(sheet: SheetData, cell: LeafCell): string {
  const ref = `${sheetPrefix(sheet.name)}${a1(cell.row, cell.col)}`;
  const c = classify(sheet, cell, ref, "min");
  if (c.kind === "term") return c.term;
  const number = c.kind === "percent" ? `${ref}*100` : ref;
  return `IF(ISNUMBER(${ref}),${number},IF(ISBLANK(${ref}),0,""))`;
}

/**
 * SUBTOTAL over a column of the summary's own rows: 9 adds up, 5 takes the
 * lowest; both skip the cells that hold a SUBTOTAL themselves (the group rows),
 * so each leaf counts once. `first`–`last`: 0-based rows.
 */
export function subtotalFormula(mode: "sum" | "min", col: number, first: number | readonly { readonly first: number; readonly last: number }[], last?: number): string {
  const runs = typeof first === "number" ? [{ first, last: last ?? first }] : first;
  const ranges = runs.map((run) => `${a1(run.first, col)}:${a1(run.last, col)}`);
  return `SUBTOTAL(${mode === "sum" ? 9 : 5},${ranges.join(",")})`;
}
