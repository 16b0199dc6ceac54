/**
 * The one reading of a value cell: its raw value, its number format and its
 * line's measure give its state, its value in base units, and the form a live
 * formula must take to give the same number. The rules (through the rule
 * context), the check result and the summary formulas all read cells here.
 */
import type { IndicatorKind } from "../model/plan";
import type { CellValue } from "../model/workbook";
import { spelledMoney, splitCountText, splitMoneyText, splitPerAreaCount, type CountText, type MoneyText } from "../text/units";
import { accountingNegative, baseValue, narrowForms, normalizeVietnameseNumber, normalizeWholeAmount, readCellNumber, scaleDecimal } from "../text/vnNumber";
import { formatDivisor, isDateFormat, isPercentFormat, percentPoints } from "./numberFormat";

/** How a value cell reads. Stored in a Uint8Array, one byte per cell. */
export const CELL = {
  blank: 0,
  number: 1,
  /** A number stored as text (counts in totals; Excel's SUM skips it). */
  textNumber: 2,
  /** An error value such as `#REF!`. */
  error: 3,
  /** Text that is not a number. */
  text: 4,
  boolean: 5,
  /** A number shown as a date or a time: Excel's SUM counts its serial number, allocheck does not. */
  date: 6,
} as const;
export type CellState = (typeof CELL)[keyof typeof CELL];

/** True for states that carry a number (typed or as text). */
export function isNumericState(state: number): boolean {
  return state === CELL.number || state === CELL.textNumber;
}

/** True for states that make a cell unusable in a sum (error, text, boolean, date). */
export function isInvalidState(state: number): boolean {
  return state === CELL.error || state === CELL.text || state === CELL.boolean || state === CELL.date;
}

/** What the reader needs to know of a cell's line. */
export interface LineMeasure {
  readonly kind: IndicatorKind | null;
  /** Base units per unit of the line's cells (1e6 for a column in triệu đồng; 1 otherwise). */
  readonly scale: number;
  /** A percent line typed as fractions in a plain format (`0.85` for 85 %): its numbers are read ×100. */
  readonly fractions?: boolean;
}

/**
 * How a live formula reads the cell as the engine does: `plain` (a number, a
 * true blank or text SUM skips: a plain reference), `percent` (a fraction
 * shown with a % format: ×100), `text-number` (NUMBERVALUE of the text),
 * `percent-text` (`85%` typed as text), `money-text` (`1,2 tỷ` in a money
 * line, `factor` from its unit to the line's), `spelled-money` (`1 tỷ 200
 * triệu`, `(1,5 tỷ)` in a money line: `value` in the line's unit), `count-text` (`2 tổ` in a
 * count line: the number before its unit), `fixed-text` (a figure closed by a
 * stray stop, `5;`, `85%.`: `value` in the line's unit, points for a rate),
 * `nil` (`-` or spaces: 0),
 * `error`, `invalid` (text or a boolean in a line that cannot read it),
 * `date` (a date or time in a line of figures: left out, as the engine leaves it out).
 */
export type CellForm =
  | { readonly kind: "plain" }
  | { readonly kind: "percent" }
  | { readonly kind: "text-number"; readonly text: string; readonly value: number }
  | { readonly kind: "percent-text"; readonly text: string; readonly fraction: number }
  | { readonly kind: "money-text"; readonly money: MoneyText; readonly factor: number }
  | { readonly kind: "count-text"; readonly count: CountText }
  | { readonly kind: "spelled-money"; readonly text: string; readonly value: number }
  | { readonly kind: "fixed-text"; readonly text: string; readonly value: number }
  | { readonly kind: "nil" }
  | { readonly kind: "error" }
  | { readonly kind: "invalid" }
  | { readonly kind: "date" };

export interface CellReading {
  readonly state: CellState;
  /** Value in base units (đồng — whole unless the cell holds a fraction of one —, percentage points, counts); 0 unless the state is numeric. */
  readonly base: number;
  readonly form: CellForm;
}

const PLAIN: CellForm = { kind: "plain" };
const BLANK: CellReading = { state: CELL.blank, base: 0, form: PLAIN };

/** `85%` typed as text in a percent line reads as 85. */
const PERCENT_TEXT = /^\s*([+-]?[\d.,\s\u00a0]*\d)\s*%\s*$/;

/**
 * A typed number times its line's scale, in base units: whole when the
 * product is plainly whole (`838.1 × 1e6`, float noise dropped). A value with
 * more decimals than the scale takes in (`=1000/6` triệu đồng, a formula
 * splitting a sum evenly) keeps its fraction of a đồng: rounded cell by cell,
 * six such cells would add up to 2 đồng more than the total Excel shows. The
 * rules compare within float noise (`rules/compare.ts`).
 */
function scaled(value: number, scale: number): number {
  if (scale === 1) return value;
  const product = value * scale;
  if (Math.abs(product) <= Number.MAX_SAFE_INTEGER) {
    const rounded = Math.round(product);
    if (Math.abs(product - rounded) < 1e-4) return rounded === 0 ? 0 : rounded;
    return product;
  }
  return baseValue({ kind: "number", value }, scale);
}

/** True when a typed number of this line is a fraction shown as a percentage. */
export function readsAsPercent(measure: LineMeasure, format: string | null | undefined): boolean {
  return measure.kind === "percent" && (measure.fractions === true || isPercentFormat(format));
}

/**
 * A typed number's base value (the hot path of a check: no allocation). A
 * format with scaling commas (`#,##0,,`: 150000000 shown as `150`) shows the
 * number in the line's unit: the number shown is read, not the number kept.
 * `divisor`: the format's (`formatDivisor`), when the caller knows it.
 */
export function typedNumberBase(value: number, format: string | null | undefined, measure: LineMeasure, divisor = formatDivisor(format)): number {
  if (measure.kind === "percent") return measure.fractions === true || isPercentFormat(format) ? percentPoints(value) : value;
  return scaled(divisor === 1 ? value : value / divisor, measure.scale);
}

/** Reads one value cell of a line. `format` is its number format, if known. */
export function readCell(raw: CellValue, format: string | null | undefined, measure: LineMeasure): CellReading {
  if (raw === null) return BLANK;
  if (typeof raw === "number") {
    if (isDateFormat(format)) return { state: CELL.date, base: 0, form: { kind: "date" } };
    return { state: CELL.number, base: typedNumberBase(raw, format, measure), form: readsAsPercent(measure, format) ? { kind: "percent" } : PLAIN };
  }
  const reading = readCellNumber(raw);
  switch (reading.kind) {
    case "blank":
      return { state: CELL.blank, base: 0, form: { kind: "nil" } };
    case "number":
      return { state: CELL.number, base: scaled(reading.value, measure.scale), form: PLAIN };
    case "text-number":
      if (measure.kind === "percent" && measure.fractions === true) {
        // `0,85` typed as text in a line of fractions: 85 points, as `85%` typed as text reads.
        return { state: CELL.textNumber, base: percentPoints(reading.value), form: { kind: "percent-text", text: reading.text, fraction: reading.value } };
      }
      if (((measure.kind === "money" && measure.scale === 1) || measure.kind === "count") && narrowForms(reading.text).includes(",")) {
        // `500,000` in a line of whole đồng, `1,500` in a count, groups thousands: a fraction of a đồng or of a team is never written.
        const inner = accountingNegative(reading.text);
        const whole = normalizeWholeAmount(inner ?? reading.text);
        if (whole !== null && whole !== (inner === null ? reading.canonical : reading.canonical.replace(/^-/, ""))) {
          const value = inner === null || whole === "0" ? Number(whole) : -Number(whole);
          return { state: CELL.textNumber, base: value, form: { kind: "text-number", text: reading.text, value } };
        }
      }
      return { state: CELL.textNumber, base: baseValue(reading, measure.scale), form: { kind: "text-number", text: reading.text, value: reading.value } };
    case "error":
      return { state: CELL.error, base: 0, form: { kind: "error" } };
    case "boolean":
      return { state: CELL.boolean, base: 0, form: { kind: "invalid" } };
    case "text": {
      // `không` (none, the word for zero) typed for a figure: 0, as Excel's SUM counts the text it skips.
      if (ZERO_WORD.test(reading.text.normalize("NFC"))) return { state: CELL.textNumber, base: 0, form: { kind: "fixed-text", text: reading.text, value: 0 } };
      // `5.`, `1.250.`, `85%.`, `5 tổ,`: a figure closed by a stray full stop, comma or semicolon; the figure, stored as text.
      const stopped = STRAY_STOP.exec(reading.text);
      if (stopped !== null && /\d/.test(stopped[1])) {
        const inner = readCell(stopped[1], format, measure);
        // No NUMBERVALUE reads the text with its stop (`5;`, `85%.`): a live formula takes the engine's figure while the cell holds text.
        if (inner.state === CELL.textNumber) return { ...inner, form: { kind: "fixed-text", text: reading.text, value: measure.kind === "money" ? inner.base / measure.scale : inner.base } };
      }
      return readText(reading.text, measure);
    }
  }
}

/** `không`, `Không có`, `khong` alone in a figure cell: none, zero. */
const ZERO_WORD = /^\s*(không|khong)(\s+có|\s+co)?\s*\.?\s*$/iu;

/** True for a cell's text that is the word for none (`không`): read as 0, though Excel's `+` cannot take it (#VALUE!). */
export function isZeroWord(raw: CellValue): boolean {
  return typeof raw === "string" && ZERO_WORD.test(raw.normalize("NFC"));
}

/** A figure and one full stop, comma or semicolon after it (`5.`, `1.250.`, `5 .`, `85%.`, `5 tổ,`); not two (`5..`). */
const STRAY_STOP = /^\s*(.*[^\s.,;])\s*[.,;]\s*$/s;


/** `85%` in a percent line; `1,2 tỷ`, `300 triệu`, `1 tỷ 200 triệu` in a money line (its own unit wins); `2 tổ` in a count line; else text. */
function readText(text: string, measure: LineMeasure): CellReading {
  if (measure.kind === "percent") {
    const match = PERCENT_TEXT.exec(narrowForms(text));
    const canonical = match ? normalizeVietnameseNumber(match[1]) : null;
    if (canonical !== null) {
      const points = Number(canonical);
      return { state: CELL.textNumber, base: points, form: { kind: "percent-text", text, fraction: points / 100 } };
    }
  } else if (measure.kind === "money") {
    const money = splitMoneyText(text);
    if (money !== null) {
      const base = scaleDecimal(money.canonical, money.scale);
      return { state: CELL.textNumber, base, form: { kind: "money-text", money, factor: money.scale / measure.scale } };
    }
    const spelled = spelledMoney(text);
    if (spelled !== null) return { state: CELL.textNumber, base: spelled, form: { kind: "spelled-money", text, value: spelled / measure.scale } };
  } else if (measure.kind === "count") {
    // `2 tổ`, `3 CLB` typed with the line's unit: the number, stored as text (Excel's SUM skips it as it skips `"2"`).
    const count = splitCountText(text) ?? splitPerAreaCount(text);
    // `2o`, `4x`: one letter is no unit but a slip (`o` may be a zero, `20`): not a figure to take; `invalid-value` names the readings.
    if (count !== null && !/^\p{L}$/u.test(count.unitText.trim())) return { state: CELL.textNumber, base: count.value, form: { kind: "count-text", count } };
  }
  return { state: CELL.text, base: 0, form: { kind: "invalid" } };
}

