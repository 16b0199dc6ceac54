/**
 * One worksheet part (`xl/worksheets/sheetN.xml`) to `SheetData`: cached
 * values, formulas (shared formulas expanded), merged areas. Dates stay the
 * Excel serial numbers they are in the file (the number format is not read).
 */
import { columnIndex } from "../../core/model/address";
import type { CellRange, CellValue, SheetData } from "../../core/model/workbook";
import { decodeOoxmlEscapes, scanXml } from "./xml";
import { compileSharedFormula } from "./sharedFormula";
import { isoDateSerial } from "./isoDate";
import { isDateFormat } from "../../core/cells/numberFormat";
import { findSheetData, scanSheetData, type ScannedCell } from "./sheetDataScan";

/**
 * Told a cell naming a shared string that is not there (`t="s"` with an index
 * past the shared strings, or with no shared strings part): 0-based row and
 * column, the index as written. The cell reads as empty.
 */
export type MissingString = (row: number, col: number, index: string) => void;

/** How a sheet's cells are read, beyond its strings and formats. */
export interface SheetReadOptions {
  /** Told each cell naming a shared string that is not there (such a cell reads as empty otherwise). */
  readonly missingString?: MissingString;
  /** The workbook counts its dates from 1904 (`<workbookPr date1904="1"/>`): an ISO date cell's serial is counted so too. */
  readonly date1904?: boolean;
}

/** The format an ISO date cell (`t="d"`) is shown in when its style gives no date format: it is a date, as its type says. */
const ISO_DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";

const ERROR_LITERAL = /^#(?:REF!|DIV\/0!|N\/A|NAME\?|NULL!|NUM!|VALUE!)$/i;
const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** Excel's own prefixes of newer functions (`_xlfn.NUMBERVALUE`), not part of the en-US formula text. */
function cleanFormula(text: string): string {
  return text.indexOf("_xl") >= 0 ? text.replace(/_xlfn\.|_xlws\./g, "") : text;
}

function parseRange(ref: string): CellRange | null {
  const m = RANGE.exec(ref.trim());
  if (!m) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] !== undefined ? Number(m[4]) - 1 : top;
  const right = m[3] !== undefined ? columnIndex(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** `raw`: the text of `<v>`; `inline`: the text of `<is>` when the cell has one. */
function cachedValue(type: string | undefined, raw: string | undefined, inline: string | undefined, sharedStrings: readonly string[], date1904: boolean): CellValue | undefined {
  switch (type) {
    case "s":
      // An index that is no string's (not a number, or past the part) is told by the caller, which knows the cell.
      return raw === undefined || raw.trim() === "" ? null : sharedStrings[Number(raw)];
    case "inlineStr":
      return inline !== undefined ? inline : raw !== undefined ? decodeOoxmlEscapes(raw) : null;
    case "str":
      return raw === undefined ? null : decodeOoxmlEscapes(raw);
    case "b":
      return raw === undefined ? null : raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return raw === undefined ? null : { error: raw.trim() };
    case "d":
      // ISO 8601 date cell (some libraries write them; Excel itself writes serial numbers): its serial, as Excel keeps it.
      return raw === undefined ? null : (isoDateSerial(raw, date1904) ?? raw.trim());
    default: {
      if (raw === undefined || raw.trim() === "") return null;
      // A number as XML Schema writes one: never `0x10` or `0b1`, which JavaScript's Number would read (a damaged or hand-made cell, kept as its text).
      const n = NON_DECIMAL.test(raw) ? NaN : Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
  }
}

/** A hexadecimal, octal or binary literal, which a cell's number never is. */
const NON_DECIMAL = /^\s*[+-]?0[xob]/i;

const NO_ATTRIBUTES: Readonly<Record<string, string | undefined>> = {};

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
  /** The master formula read once, at its first dependant. */
  moved?: (dRow: number, dCol: number) => string;
}

/** Builds a sheet's `SheetData` from its cells as the scanner reads them, and the rest of its part. */
export interface SheetBuilder {
  /** One cell, in document order (the object may be reused by the caller). */
  readonly onCell: (cell: ScannedCell) => void;
  /** A row marked hidden (`<row hidden="1">`, by hand or by a filter), 0-based. */
  readonly onHiddenRow: (row: number) => void;
  /** Where cells of the usual form go, without the cell object. */
  readonly plain: PlainCells;
  /** The sheet, given the part's XML outside `<sheetData>` (root, merges, extensions). */
  finish(rest: string): SheetData;
}

/**
 * Cells of the usual form (a number, or a shared string's index, in `<v>`,
 * no formula), placed as `onCell` places them. A class, its methods on one
 * prototype: the scanner's calls have one target whatever the sheet.
 */
export class PlainCells {
  /** Number formats by row and column, once a cell has one (other than General). */
  numberFormats: (string | null)[][] | undefined = undefined;

  constructor(
    private readonly values: CellValue[][],
    private readonly sharedStrings: readonly string[],
    private readonly styleFormats: ReadonlyArray<string | null>,
    private readonly anyFormat: boolean,
    private readonly missingString: MissingString | undefined,
  ) {}

  /** A cell `t="s"` with only `<v>index</v>`. */
  sharedString(row: number, col: number, style: number | undefined, index: number): void {
    const value = this.sharedStrings[index];
    if (value !== undefined) this.place(row, col, style, value);
    else this.missingString?.(row, col, String(index));
  }

  /** A number cell (`t` absent or `n`) with only `<v>`, its number read. */
  number(row: number, col: number, style: number | undefined, value: number): void {
    this.place(row, col, style, value);
  }

  private place(row: number, col: number, style: number | undefined, value: CellValue): void {
    const format = this.anyFormat && style !== undefined ? (this.styleFormats[style] ?? null) : null;
    if (!this.building || row !== this.row) {
      this.flush();
      const rowValues = this.values[row];
      if (rowValues !== undefined) {
        // A row met before (rows out of order, or a cell read the long way): added to where it is.
        if (format !== null) {
          if (this.numberFormats === undefined) this.numberFormats = [];
          let rowFormats = this.numberFormats[row];
          if (rowFormats === undefined) rowFormats = this.numberFormats[row] = [];
          while (rowFormats.length < col) rowFormats.push(null);
          rowFormats[col] = format;
        }
        while (rowValues.length < col) rowValues.push(null);
        rowValues[col] = value;
        return;
      }
      this.building = true;
      this.row = row;
      this.length = 0;
      this.formatLength = 0;
    }
    if (format !== null) {
      const formats = this.formatScratch;
      while (this.formatLength < col) formats[this.formatLength++] = null;
      formats[col] = format;
      if (col >= this.formatLength) this.formatLength = col + 1;
    }
    const scratch = this.scratch;
    while (this.length < col) scratch[this.length++] = null;
    scratch[col] = value;
    if (col >= this.length) this.length = col + 1;
  }

  /**
   * The row being read is built in a scratch array and kept as a copy of
   * exactly its length: no array grown cell by cell (whose unused capacity
   * and discarded smaller copies cost memory and collection). Its number
   * formats likewise, when a cell has one.
   */
  private readonly scratch: CellValue[] = [];
  private readonly formatScratch: (string | null)[] = [];
  private building = false;
  private row = 0;
  private length = 0;
  /** The row's formats so far: up to the last cell with one (0 when none). */
  private formatLength = 0;

  /** The row being built, into the sheet's values (and formats); before any other write to them. */
  flush(): void {
    if (!this.building) return;
    this.values[this.row] = this.scratch.slice(0, this.length);
    if (this.formatLength > 0) {
      if (this.numberFormats === undefined) this.numberFormats = [];
      this.numberFormats[this.row] = this.formatScratch.slice(0, this.formatLength);
    }
    this.building = false;
  }
}

/**
 * `styleFormats`: number format per cell style index (null for General), from
 * the workbook's styles; cells with a format other than General get it in
 * `numberFormats`.
 */
export function sheetBuilder(
  name: string,
  sharedStrings: readonly string[],
  hidden: boolean,
  styleFormats: ReadonlyArray<string | null> = [],
  options: SheetReadOptions = {},
): SheetBuilder {
  const { missingString, date1904 = false } = options;
  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const anyFormat = styleFormats.some((f) => f !== null);
  const plain = new PlainCells(values, sharedStrings, styleFormats, anyFormat, missingString);
  const masters = new Map<string, SharedMaster>();

  // The cell being read.
  let row = -1;
  let col = -1;
  let type: string | undefined;
  let style: number | undefined;
  let valueText: string | undefined;
  let formulaText: string | undefined;
  let formulaAttributes: Readonly<Record<string, string | undefined>> = {};
  let inline: string | undefined;
  // The value when the scanner read it as an integer (a number, or a shared string's index).
  let integer = NaN;

  const endCell = () => {
    plain.flush();
    const cached = integer === integer ? (type === "s" ? sharedStrings[integer] : integer) : cachedValue(type, valueText, inline, sharedStrings, date1904);
    if (cached === undefined) missingString?.(row, col, integer === integer ? String(integer) : (valueText ?? "").trim());
    const value: CellValue = cached ?? null;
    let formula: string | null = null;
    if (formulaText !== undefined) {
      const text = cleanFormula(formulaText);
      if (formulaAttributes.t === "shared") {
        const key = formulaAttributes.si ?? "";
        if (text !== "") {
          masters.set(key, { formula: text, row, col });
          formula = text;
        } else {
          const master = masters.get(key);
          if (master) {
            if (master.moved === undefined) master.moved = compileSharedFormula(master.formula);
            formula = master.moved(row - master.row, col - master.col);
          }
        }
      } else if (text !== "") formula = text;
      // LibreOffice stores a typed error value as a formula that is only the error.
      if (formula !== null && ERROR_LITERAL.test(formula.trim())) formula = null;
    }

    const isoDate = type === "d" && typeof value === "number";
    if ((anyFormat || isoDate) && (value !== null || formula !== null)) {
      let format = style !== undefined ? (styleFormats[style] ?? null) : null;
      if (isoDate && !isDateFormat(format)) format = ISO_DATE_FORMAT;
      if (format !== null) {
        if (plain.numberFormats === undefined) plain.numberFormats = [];
        const numberFormats = plain.numberFormats;
        let rowFormats = numberFormats[row];
        if (rowFormats === undefined) rowFormats = numberFormats[row] = [];
        while (rowFormats.length < col) rowFormats.push(null);
        rowFormats[col] = format;
      }
    }
    if (value !== null) {
      let rowValues = values[row];
      if (rowValues === undefined) rowValues = values[row] = [];
      while (rowValues.length < col) rowValues.push(null);
      rowValues[col] = value;
    }
    if (formula !== null) {
      if (formulas === undefined) formulas = [];
      let rowFormulas = formulas[row];
      if (rowFormulas === undefined) rowFormulas = formulas[row] = [];
      while (rowFormulas.length < col) rowFormulas.push(null);
      rowFormulas[col] = formula;
      // A formula with no cached result reads as empty.
      let rowValues = values[row];
      if (rowValues === undefined) rowValues = values[row] = [];
      while (rowValues.length < col) rowValues.push(null);
      if (rowValues.length === col) rowValues.push(value);
    }
  };

  const onCell = (cell: ScannedCell) => {
    row = cell.row;
    col = cell.col;
    type = cell.type;
    style = cell.style;
    valueText = cell.value;
    formulaText = cell.formula;
    formulaAttributes = cell.formula !== undefined ? { t: cell.formulaType, si: cell.formulaIndex } : NO_ATTRIBUTES;
    inline = cell.inline;
    integer = cell.integer;
    endCell();
  };

  const onHiddenRow = (r: number) => {
    hiddenRows.push(r);
  };

  const finish = (rest: string): SheetData => {
    plain.flush();
    const hiddenColumns: number[] = [];
    scanXml(rest, {
      open: (tag) => {
        if (tag.local === "mergeCell") {
          const range = parseRange(tag.attributes.ref ?? "");
          if (range) merges.push(range);
        } else if (tag.local === "col" && isTrue(tag.attributes.hidden)) {
          const min = Number(tag.attributes.min);
          const max = Math.min(Number(tag.attributes.max ?? tag.attributes.min), MAX_HIDDEN_COLUMN);
          if (Number.isInteger(min) && Number.isInteger(max) && min >= 1) for (let c = min; c <= max; c++) hiddenColumns.push(c - 1);
        }
      },
    });

    for (let r = 0; r < values.length; r++) if (values[r] === undefined) values[r] = [];
    if (formulas !== undefined) for (let r = 0; r < formulas.length; r++) if (formulas[r] === undefined) formulas[r] = [];
    const numberFormats = plain.numberFormats;
    if (numberFormats !== undefined) for (let r = 0; r < numberFormats.length; r++) if (numberFormats[r] === undefined) numberFormats[r] = [];

    return {
      name,
      values,
      ...(formulas !== undefined ? { formulas } : {}),
      ...(numberFormats !== undefined ? { numberFormats } : {}),
      merges,
      hidden,
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
      ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    };
  };
  return { onCell, onHiddenRow, plain, finish };
}

/** Columns past the last one Excel has (XFD) are not read; a `<col>` may span to it. */
const MAX_HIDDEN_COLUMN = 16_384;

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** One worksheet part read from its whole text. */
export function parseSheetXml(
  name: string,
  xml: string,
  sharedStrings: readonly string[],
  hidden: boolean,
  styleFormats: ReadonlyArray<string | null> = [],
): SheetData {
  const builder = sheetBuilder(name, sharedStrings, hidden, styleFormats);
  // The cells, by hand (sheetDataScan.ts: saxes was most of the load time on big sheets).
  const bounds = findSheetData(xml);
  let rest = xml;
  if (bounds !== null) {
    const after = scanSheetData(xml, bounds, builder.onCell, builder.onHiddenRow);
    // The rest of the part (its root, the merges, the extensions) through saxes, the sheet data left empty.
    rest = xml.slice(0, bounds.start) + `<${bounds.name}/>` + xml.slice(after);
  }
  return builder.finish(rest);
}
