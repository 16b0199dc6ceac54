/**
 * One worksheet part (`xl/worksheets/sheetN.xml`) to `SheetData`: cached
 * values, formulas (shared formulas expanded), merged areas. Dates stay the
 * Excel serial numbers they are in the file (the number format is not read).
 */
import { columnIndex } from "../../core/model/address";
import type { CellRange, CellValue, SheetData } from "../../core/model/workbook";
import { decodeOoxmlEscapes, scanXml, StringItemText } from "./xml";
import { shiftFormula } from "./sharedFormula";

/**
 * A cell reference (`B12`, `$B$12`) as 0-based row and column into `out`;
 * false when it is not one. By hand rather than a regex: it runs once per
 * cell, millions of times on a large sheet.
 */
function readCellRef(ref: string, out: { row: number; col: number }): boolean {
  let i = 0;
  const n = ref.length;
  if (i < n && ref.charCodeAt(i) === 36) i++; // $
  let col = 0;
  const colStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart || i - colStart > 3) return false;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (i === rowStart || i !== n) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

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
function cachedValue(type: string | undefined, raw: string | undefined, inline: string | undefined, sharedStrings: readonly string[]): CellValue {
  switch (type) {
    case "s": {
      if (raw === undefined) return null;
      const s = sharedStrings[Number(raw)];
      return s === undefined ? null : s;
    }
    case "inlineStr":
      return inline !== undefined ? inline : raw !== undefined ? decodeOoxmlEscapes(raw) : null;
    case "str":
      return raw === undefined ? null : decodeOoxmlEscapes(raw);
    case "b":
      return raw === undefined ? null : raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return raw === undefined ? null : { error: raw.trim() };
    case "d":
      // ISO 8601 date cell (rare; Excel itself writes serial numbers).
      return raw === undefined ? null : raw.trim();
    default: {
      if (raw === undefined || raw.trim() === "") return null;
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
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
  const merges: CellRange[] = [];
  const anyFormat = styleFormats.some((f) => f !== null);
  const masters = new Map<string, SharedMaster>();

  let row = -1;
  let col = -1;
  let inData = false;
  // The cell being read.
  let inCell = false;
  let type: string | undefined;
  let style: string | undefined;
  let valueText: string | undefined;
  let formulaText: string | undefined;
  let formulaAttributes: Readonly<Record<string, string>> = {};
  let inline: string | undefined;
  let inInline = false;
  // What the text goes to: 1 value, 2 formula, 3 inline string.
  let target = 0;
  const item = new StringItemText();
  const ref = { row: 0, col: 0 };

  const endCell = () => {
    const value = cachedValue(type, valueText, inline, sharedStrings);
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
          if (master) formula = shiftFormula(master.formula, row - master.row, col - master.col);
        }
      } else if (text !== "") formula = text;
      // LibreOffice stores a typed error value as a formula that is only the error.
      if (formula !== null && ERROR_LITERAL.test(formula.trim())) formula = null;
    }

    if (anyFormat && (value !== null || formula !== null)) {
      const format = style !== undefined ? (styleFormats[Number(style)] ?? null) : null;
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
  };

  scanXml(xml, {
    open: (tag) => {
      const local = tag.local;
      if (inCell) {
        if (inInline) item.open(local, tag.selfClosing);
        else if (local === "v") target = tag.selfClosing ? 0 : 1;
        else if (local === "f") {
          formulaText = "";
          formulaAttributes = tag.attributes;
          target = tag.selfClosing ? 0 : 2;
        } else if (local === "is") {
          inline = "";
          inInline = !tag.selfClosing;
          target = inInline ? 3 : 0;
        }
        if (local === "v" && !tag.selfClosing) valueText = "";
        return;
      }
      if (!inData) {
        if (local === "sheetData" && tag.depth === 1) inData = !tag.selfClosing;
        else if (local === "mergeCell") {
          const range = parseRange(tag.attributes.ref ?? "");
          if (range) merges.push(range);
        }
        return;
      }
      if (local === "row") {
        const r = tag.attributes.r;
        row = r !== undefined && /^\d+$/.test(r.trim()) ? Number(r) - 1 : row + 1;
        col = -1;
      } else if (local === "c") {
        const r = tag.attributes.r;
        if (r !== undefined && readCellRef(r.trim(), ref)) {
          col = ref.col;
          row = ref.row;
        } else {
          col += 1;
          if (row < 0) row = 0;
        }
        if (tag.selfClosing) return; // a styled empty cell
        inCell = true;
        type = tag.attributes.t;
        style = tag.attributes.s;
        valueText = formulaText = inline = undefined;
        formulaAttributes = {};
        target = 0;
      }
    },
    close: (local) => {
      if (inCell) {
        if (inInline) {
          if (local === "is") {
            inline = item.take();
            inInline = false;
            target = 0;
          } else item.close(local);
        } else if (local === "c") {
          inCell = false;
          endCell();
        } else target = 0;
      } else if (inData && local === "sheetData") inData = false;
    },
    text: (text) => {
      if (target === 0) return;
      if (target === 1) valueText = (valueText ?? "") + text;
      else if (target === 2) formulaText = (formulaText ?? "") + text;
      else item.add(text);
    },
  });

  for (let r = 0; r < values.length; r++) if (values[r] === undefined) values[r] = [];
  if (formulas !== undefined) for (let r = 0; r < formulas.length; r++) if (formulas[r] === undefined) formulas[r] = [];
  if (numberFormats !== undefined) for (let r = 0; r < numberFormats.length; r++) if (numberFormats[r] === undefined) numberFormats[r] = [];

  return {
    name,
    values,
    ...(formulas !== undefined ? { formulas } : {}),
    ...(numberFormats !== undefined ? { numberFormats } : {}),
    merges,
    hidden,
  };
}
