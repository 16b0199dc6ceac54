/**
 * One worksheet part (`xl/worksheets/sheetN.xml`) to `SheetData`: cached
 * values, formulas (shared formulas expanded), merged areas. Dates stay the
 * Excel serial numbers they are in the file (the number format is not read).
 */
import { columnIndex } from "../../core/model/address";
import type { CellRange, CellValue, SheetData } from "../../core/model/workbook";
import { decodeOoxmlEscapes, decodeXml, stringItemText } from "./xml";
import { shiftFormula } from "./sharedFormula";

const TAG = /<(?:\w+:)?(row|c)\b([^>]*?)(\/?)>/g;
const CELL_END = /<\/(?:\w+:)?c>/g;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const FORMULA = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const INLINE = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["']/g;
const CELL_REF = /\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']/;
const ROW_REF = /\br\s*=\s*["'](\d+)["']/;
const STYLE = /\bs\s*=\s*["'](\d+)["']/;
const TYPE = /\bt\s*=\s*["'](\w+)["']/;
const SHARED_INDEX = /\bsi\s*=\s*["'](\d+)["']/;
const ERROR_LITERAL = /^#(?:REF!|DIV\/0!|N\/A|NAME\?|NULL!|NUM!|VALUE!)$/i;
const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** Excel's own prefixes of newer functions (`_xlfn.NUMBERVALUE`), not part of the en-US formula text. */
function cleanFormula(text: string): string {
  const decoded = decodeXml(text);
  return decoded.indexOf("_xl") >= 0 ? decoded.replace(/_xlfn\.|_xlws\./g, "") : decoded;
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

function cachedValue(type: string | undefined, raw: string | undefined, inner: string, sharedStrings: readonly string[]): CellValue {
  switch (type) {
    case "s": {
      if (raw === undefined) return null;
      const s = sharedStrings[Number(raw)];
      return s === undefined ? null : s;
    }
    case "inlineStr": {
      const m = INLINE.exec(inner);
      return m ? stringItemText(m[1]) : raw !== undefined ? decodeOoxmlEscapes(decodeXml(raw)) : null;
    }
    case "str":
      return raw === undefined ? null : decodeOoxmlEscapes(decodeXml(raw));
    case "b":
      return raw === undefined ? null : raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return raw === undefined ? null : { error: decodeXml(raw).trim() };
    case "d":
      // ISO 8601 date cell (rare; Excel itself writes serial numbers).
      return raw === undefined ? null : decodeXml(raw).trim();
    default: {
      if (raw === undefined || raw.trim() === "") return null;
      const n = Number(raw);
      return Number.isFinite(n) ? n : decodeXml(raw);
    }
  }
}

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/**
 * `styleFormats`: number format per cell style index (null for General), from
 * the workbook's styles; cells with a format other than General get it in
 * `numberFormats`.
 */
export function parseSheetXml(
  name: string,
  xml: string,
  sharedStrings: readonly string[],
  hidden: boolean,
  styleFormats: ReadonlyArray<string | null> = [],
): SheetData {
  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  let numberFormats: (string | null)[][] | undefined;
  const anyFormat = styleFormats.some((f) => f !== null);
  const masters = new Map<string, SharedMaster>();

  const dataStart = xml.search(/<(?:\w+:)?sheetData\b/);
  const dataEnd = xml.search(/<\/(?:\w+:)?sheetData>/);
  let row = -1;
  let col = -1;
  if (dataStart >= 0) {
    const end = dataEnd >= 0 ? dataEnd : xml.length;
    TAG.lastIndex = dataStart;
    let m: RegExpExecArray | null;
    while ((m = TAG.exec(xml)) !== null && m.index < end) {
      const attributes = m[2];
      if (m[1] === "row") {
        const r = ROW_REF.exec(attributes);
        row = r ? Number(r[1]) - 1 : row + 1;
        col = -1;
        continue;
      }
      // A cell.
      const ref = CELL_REF.exec(attributes);
      if (ref) {
        col = columnIndex(ref[1]);
        row = Number(ref[2]) - 1;
      } else {
        col += 1;
        if (row < 0) row = 0;
      }
      let inner = "";
      if (m[3] !== "/") {
        CELL_END.lastIndex = TAG.lastIndex;
        const close = CELL_END.exec(xml);
        const innerEnd = close ? close.index : end;
        inner = xml.slice(TAG.lastIndex, innerEnd);
        TAG.lastIndex = close ? CELL_END.lastIndex : end;
      }
      if (inner === "") continue; // a styled empty cell
      const typeMatch = TYPE.exec(attributes);
      const type = typeMatch ? typeMatch[1] : undefined;
      const v = VALUE.exec(inner);
      const value = cachedValue(type, v ? v[1] : undefined, inner, sharedStrings);

      let formula: string | null = null;
      const f = FORMULA.exec(inner);
      if (f) {
        const fAttributes = f[1];
        const text = f[2] !== undefined ? cleanFormula(f[2]) : "";
        const fType = TYPE.exec(fAttributes);
        if (fType && fType[1] === "shared") {
          const si = SHARED_INDEX.exec(fAttributes);
          const key = si ? si[1] : "";
          if (text !== "") {
            masters.set(key, { formula: text, row, col });
            formula = text;
          } else {
            const master = masters.get(key);
            if (master) formula = shiftFormula(master.formula, row - master.row, col - master.col);
          }
        } else if (text !== "") formula = text;
        // LibreOffice stores a typed error value as a formula that is only the error.
        if (formula !== null && ERROR_LITERAL.test(formula.trim())) formula = null;
      }

      if (anyFormat && (value !== null || formula !== null)) {
        const style = STYLE.exec(attributes);
        const format = style ? (styleFormats[Number(style[1])] ?? null) : null;
        if (format !== null) {
          if (numberFormats === undefined) numberFormats = [];
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
    }
  }
  for (let r = 0; r < values.length; r++) if (values[r] === undefined) values[r] = [];
  if (formulas !== undefined) for (let r = 0; r < formulas.length; r++) if (formulas[r] === undefined) formulas[r] = [];
  if (numberFormats !== undefined) for (let r = 0; r < numberFormats.length; r++) if (numberFormats[r] === undefined) numberFormats[r] = [];

  const merges: CellRange[] = [];
  const mergeFrom = dataEnd >= 0 ? dataEnd : 0;
  MERGE.lastIndex = mergeFrom;
  let mm: RegExpExecArray | null;
  while ((mm = MERGE.exec(xml)) !== null) {
    const range = parseRange(mm[1]);
    if (range) merges.push(range);
  }

  return {
    name,
    values,
    ...(formulas !== undefined ? { formulas } : {}),
    ...(numberFormats !== undefined ? { numberFormats } : {}),
    merges,
    hidden,
  };
}
