/**
 * Numbers written the Vietnamese way: `.` groups thousands and `,` is the
 * decimal mark (`9,490` = 9.49, `1.250` = 1250, `80.000` = 80000), with plain
 * or no-break spaces as group separators too (`1 250`), and Excel's leading
 * apostrophe (`'1.500`) left in the text.
 */
import { isCellError, type CellValue } from "../model/workbook";

/** White space, and the zero-width characters text pasted from the web carries (`1\u200b500`). */
const GROUP_SPACES = /[\s\u00a0\u2007\u202f\u2009\u200b\u200c\ufeff]|\u200d/g;
const ZERO_WIDTH = /[\u200b\u200c\ufeff]|\u200d/g;
const TEXT_MARK = /^['\u2018\u2019]/;
const NUMBER_SHAPE = /^[+-]?(\d+([.,]\d+)*|[.,]\d+)$/;
/** Full-width forms (`１２`, `１．５`, `（１２）`), the minus sign `−` (U+2212) and the en and em dashes `–`, `—` Word and Vietnamese keyboards type for it. */
const NARROWABLE = /[\uff01-\uff5e\u2212\u2013\u2014]/;

/**
 * The text with its full-width forms as ASCII (`１２` → `12`: digits typed with
 * an East Asian input method left on, or pasted from such a document) and the
 * minus sign `−` and the dashes `–`, `—` (`–5`, AutoCorrect's minus) as `-`;
 * the text itself when it has none (the usual case). A dash alone (`–`) is
 * still read as "nothing here" before it is narrowed.
 */
export function narrowForms(text: string): string {
  if (!NARROWABLE.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code === 0x2212 || code === 0x2013 || code === 0x2014 ? "-" : code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : text[i];
  }
  return out;
}

/**
 * The canonical decimal string (`-1250.5`) of a Vietnamese number text, or null
 * when the text is not a plain number.
 */
export function normalizeVietnameseNumber(text: string): string | null {
  // A leading apostrophe (`'1.500`) is Excel's mark for "keep as text"; pasted or imported, it stays in the value.
  const compact = narrowForms(text.trim()).replace(TEXT_MARK, "").replace(GROUP_SPACES, "");
  if (!NUMBER_SHAPE.test(compact)) return null;
  const sign = compact.startsWith("-") ? "-" : "";
  const body = compact.replace(/^[+-]/, "");
  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;
  let integer: string;
  let fraction = "";
  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark (`1.250,5` or `1,250.5`).
    const decimalMark = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    const groupMark = decimalMark === "," ? "." : ",";
    const [whole, frac] = body.split(decimalMark);
    if (body.split(decimalMark).length !== 2 || frac.includes(groupMark)) return null;
    if (!validGroups(whole.split(groupMark))) return null;
    integer = whole.split(groupMark).join("");
    fraction = frac;
  } else if (commas > 1 || dots > 1) {
    // Repeated mark: thousands groups (`1.250.000`, `1,250,000`).
    const parts = body.split(commas > 1 ? "," : ".");
    if (!validGroups(parts)) return null;
    integer = parts.join("");
  } else if (dots === 1) {
    // One dot: thousands when followed by exactly three digits (`1.250`), else decimals (`1.5`).
    const [whole, frac] = body.split(".");
    if (frac.length === 3 && whole.length > 0 && whole !== "0") integer = whole + frac;
    else {
      integer = whole;
      fraction = frac;
    }
  } else if (commas === 1) {
    // One comma: the Vietnamese decimal mark (`3,1`, `9,490`).
    [integer, fraction] = body.split(",");
  } else {
    integer = body;
  }
  integer = integer.replace(/^0+(?=\d)/, "") || "0";
  fraction = fraction.replace(/0+$/, "");
  return `${sign}${integer}${fraction ? "." + fraction : ""}`;
}

/**
 * An amount in whole đồng typed as text: as `normalizeVietnameseNumber`, except
 * that one comma before exactly three digits groups thousands (`500,000` đồng
 * is 500000: a fraction of a đồng is never written).
 */
export function normalizeWholeAmount(text: string): string | null {
  const compact = narrowForms(text.trim()).replace(TEXT_MARK, "").replace(GROUP_SPACES, "");
  if (/^[+-]?[1-9]\d{0,2},\d{3}$/.test(compact)) return normalizeVietnameseNumber(compact.replace(",", ""));
  return normalizeVietnameseNumber(text);
}

function validGroups(parts: string[]): boolean {
  if (parts[0].length === 0 || parts[0].length > 3) return false;
  return parts.slice(1).every((part) => part.length === 3);
}

/** `parseVietnameseNumber("9,490")` → 9.49; null when the text is not a number. */
export function parseVietnameseNumber(text: string): number | null {
  const canonical = normalizeVietnameseNumber(text);
  return canonical === null ? null : Number(canonical);
}

/**
 * Exact whole-unit value of a decimal times a power-of-ten scale, without
 * floating error: `scaleDecimal("9.49", 1e9)` → 9490000000. Rounds half away
 * from zero below the unit.
 */
export function scaleDecimal(canonical: string, scale: number): number {
  const negative = canonical.startsWith("-");
  const [whole, frac = ""] = canonical.replace(/^-/, "").split(".");
  const zeros = Math.round(Math.log10(scale));
  if (10 ** zeros !== scale) return Math.round(Number(canonical) * scale);
  const padded = frac.padEnd(zeros, "0");
  const digits = (whole + padded.slice(0, zeros)).replace(/^0+(?=\d)/, "");
  let result = Number(digits);
  if (padded.length > zeros && Number(padded[zeros]) >= 5) result += 1;
  return negative && result !== 0 ? -result : result;
}

/** A JavaScript number times a scale, rounded to a whole unit (`3.1 × 1e9` → 3100000000 exactly). */
export function scaleNumber(value: number, scale: number): number {
  if (scale === 1) return value;
  const text = String(value);
  if (/e/i.test(text)) return Math.round(value * scale);
  return scaleDecimal(text, scale);
}

/** What a cell means as a number. */
export type CellNumber =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  /** A number stored as text: counts in allocheck's totals, but Excel's SUM skips it. */
  | { readonly kind: "text-number"; readonly value: number; readonly canonical: string; readonly text: string }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "boolean"; readonly value: boolean };

/**
 * `(12)`, `(1.500.000)`: Excel's accounting formats show a negative figure in
 * parentheses, and staff who copy the figure as text keep them. The text
 * inside the parentheses, or null when the text is not so wrapped.
 */
export function accountingNegative(text: string): string | null {
  const trimmed = narrowForms(text.trim()).replace(TEXT_MARK, "").trim();
  if (trimmed.length < 3 || trimmed[0] !== "(" || trimmed[trimmed.length - 1] !== ")") return null;
  const inner = trimmed.slice(1, -1).trim();
  return /^[\d.,\s\u00a0\u202f]+$/.test(inner) && /\d/.test(inner) ? inner : null;
}

/** Dashes that finance sheets write for "nothing here": read as blank. */
const NIL_MARKS = new Set(["-", "–", "—"]);

export function readCellNumber(value: CellValue): CellNumber {
  if (value === null) return { kind: "blank" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (isCellError(value)) return { kind: "error", error: value.error };
  const text = value.trim();
  if (text === "" || NIL_MARKS.has(text) || (text.length <= 4 && text.replace(ZERO_WIDTH, "").trim() === "")) return { kind: "blank" };
  const canonical = normalizeVietnameseNumber(text);
  if (canonical === null) {
    // `(12)` as an accounting format shows −12: the negative number it shows.
    const inner = accountingNegative(text);
    const shown = inner === null ? null : normalizeVietnameseNumber(inner);
    if (shown === null) return scientific(value) ?? { kind: "text", text: value };
    const negative = shown === "0" ? "0" : `-${shown}`;
    return { kind: "text-number", value: Number(negative), canonical: negative, text: value };
  }
  return { kind: "text-number", value: Number(canonical), canonical, text: value };
}

/** `1.5E+07`, `1,25E+6`: a number as a system export or a narrow column writes it in scientific notation. */
const SCIENTIFIC = /^([+-]?\d+(?:[.,]\d+)?)[eE]([+-]?\d{1,3})$/;

/** A number in scientific notation stored as text (Excel's VALUE reads it; its SUM skips it), or null. */
function scientific(value: string): CellNumber | null {
  const match = SCIENTIFIC.exec(narrowForms(value).trim().replace(TEXT_MARK, ""));
  if (match === null) return null;
  const number = Number(`${match[1].replace(",", ".")}e${match[2]}`);
  if (!(Math.abs(number) < 1e15)) return null;
  return { kind: "text-number", value: number, canonical: String(number).includes("e") ? number.toFixed(20).replace(/\.?0+$/, "") : String(number), text: value };
}

/** The value in base units (× scale, whole đồng for money) of a numeric cell reading. */
export function baseValue(reading: CellNumber, scale: number): number {
  if (reading.kind === "text-number") return scale === 1 ? reading.value : scaleDecimal(reading.canonical, scale);
  if (reading.kind === "number") return scaleNumber(reading.value, scale);
  return 0;
}
