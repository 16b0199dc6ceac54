/**
 * Numbers and quantities as Vietnamese (or English) readers write them:
 * `1.250`, `9,49 tỷ đồng`, `15%`. Values arrive in base units (whole đồng,
 * percentage points, counts) and money is shown in the unit the plan uses
 * (its `scale`), exactly: integer đồng are shifted as decimal digits, never
 * divided in floating point.
 */
import type { IndicatorKind } from "../model/plan";
import type { Lang } from "../model/text";

/** What formatting needs to know about a line: a PlanLine or a LineEntry both fit. */
export interface QuantityUnit {
  readonly kind?: IndicatorKind;
  /** Base units per displayed unit (1e9 for tỷ đồng). */
  readonly scale: number;
  /** The unit as written (`tổ`, `triệu đồng`). */
  readonly unit?: string;
}

const MARKS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** A plain decimal string (`-1234.5`) of a JavaScript number, without exponent or float noise. */
function plainDecimal(value: number): string {
  // From 1e21 JavaScript writes even toFixed with an exponent: said as Excel's General format says it (`1E+300`), never cut to `1e+3`.
  if (Math.abs(value) >= 1e21) return Number(value.toPrecision(12)).toExponential().replace("e", "E");
  if (Number.isInteger(value)) return value.toFixed(0);
  const rounded = Number(value.toPrecision(12));
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  return rounded.toFixed(12).replace(/\.?0+$/, "");
}

/** `value / scale` as a plain decimal string, exact for whole values and power-of-ten scales. */
function shiftedDecimal(value: number, scale: number): string {
  if (scale === 1) return plainDecimal(value);
  const zeros = Math.round(Math.log10(scale));
  if (zeros <= 0 || 10 ** zeros !== scale || !Number.isInteger(value) || Math.abs(value) >= 1e21) {
    return plainDecimal(value / scale);
  }
  const negative = value < 0;
  const digits = Math.abs(value).toFixed(0).padStart(zeros + 1, "0");
  const whole = digits.slice(0, digits.length - zeros);
  const fraction = digits.slice(digits.length - zeros).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? "." + fraction : ""}`;
}

/** Groups and localises a plain decimal string: `1250.5` → `1.250,5` (vi) / `1,250.5` (en). */
function localiseDecimal(plain: string, lang: Lang, maxFraction?: number): string {
  const negative = plain.startsWith("-");
  const body = negative ? plain.slice(1) : plain;
  let [whole, fraction = ""] = body.split(".");
  if (maxFraction !== undefined && fraction.length > maxFraction) {
    const rounded = Number(`${whole}.${fraction}`).toFixed(maxFraction);
    [whole, fraction = ""] = rounded.split(".");
    fraction = fraction.replace(/0+$/, "");
  }
  const marks = MARKS[lang];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group);
  const isZero = /^0*$/.test(whole) && /^0*$/.test(fraction);
  return `${negative && !isZero ? "-" : ""}${grouped}${fraction ? marks.decimal + fraction : ""}`;
}

/** `formatNumber(1250, "vi")` → `1.250`; `formatNumber(3.1, "vi")` → `3,1`. */
export function formatNumber(value: number, lang: Lang, maxFraction?: number): string {
  if (!Number.isFinite(value)) return "—";
  return localiseDecimal(plainDecimal(value), lang, maxFraction);
}

const MONEY_NAMES: Record<Lang, Record<string, string>> = {
  vi: { "1": "đồng", "1000": "nghìn đồng", "1000000": "triệu đồng", "1000000000": "tỷ đồng" },
  en: { "1": "VND", "1000": "thousand VND", "1000000": "million VND", "1000000000": "billion VND" },
};

/** Name of a money unit: `moneyUnitLabel(1e9, "vi")` → `tỷ đồng`, `"en"` → `billion VND`. */
export function moneyUnitLabel(scale: number, lang: Lang): string {
  return MONEY_NAMES[lang][String(scale)] ?? MONEY_NAMES[lang]["1"];
}

/**
 * A plan line's unit as a report writes it beside its figures (the summary's
 * and the text report's unit column, the area table's headers, the pane): a
 * count's unit is the plan's own words in both languages (`tổ`, `địa chỉ`),
 * as a line's name is; money in English is said in English (`triệu đồng` →
 * `million VND`, at the scale the figures are written in), as the findings say it.
 */
export function unitLabel(line: { readonly unit?: string; readonly kind?: IndicatorKind; readonly scale: number }, lang: Lang): string {
  return line.kind === "money" && lang === "en" ? moneyUnitLabel(line.scale, lang) : (line.unit ?? "");
}

/**
 * A base-unit value as a bare number in the line's unit, no unit name: money
 * shifted by its scale (`9490000000`, 1e9 → `9,49`), percent and count as is.
 */
export function formatValue(value: number | null, line: QuantityUnit, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (line.kind === "money") return localiseDecimal(shiftedDecimal(value, line.scale), lang);
  if (line.kind === "percent") return formatNumber(value, lang, 2);
  return formatNumber(value, lang);
}

/**
 * A base-unit value in the line's unit, for tables and summaries: money with
 * its unit name (`9,49 tỷ đồng`), percent with `%` (`15%`), counts bare (`1.250`).
 */
export function formatQuantity(value: number | null, line: QuantityUnit, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const text = formatValue(value, line, lang);
  if (line.kind === "money") return `${text} ${moneyUnitLabel(line.scale, lang)}`;
  if (line.kind === "percent") return `${text}%`;
  return text;
}

/**
 * Like `formatQuantity`, with a count's own unit too, for messages: `16 tổ`.
 * English messages keep the plan's unit words as they keep its area names
 * (`Allocated 64 địa chỉ exceeds the plan's 62 địa chỉ`).
 */
export function formatAmount(value: number | null, line: QuantityUnit, lang: Lang): string {
  const text = formatQuantity(value, line, lang);
  if (value === null || line.kind === "money" || line.kind === "percent") return text;
  const unit = line.unit?.trim();
  return unit ? `${text} ${unit}` : text;
}

/**
 * A figure in a table's column whose unit is said elsewhere (the line's ĐVT):
 * money in the line's unit without its name (`9,49`), percent with `%`
 * (`79,5%`), counts bare; `signed` puts `+` before a positive difference.
 * The pane's table, the CLI's table and the projection test all write
 * figures this way.
 */
export function formatFigure(value: number | null, line: QuantityUnit, lang: Lang, signed = false): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const text = formatValue(value, line, lang);
  const figure = line.kind === "percent" ? `${text}%` : text;
  return signed && value > 0 && /[1-9]/.test(text) ? `+${figure}` : figure;
}

/** A month id (`2024-06`, CONTRACT §7 `asOf`) as a person writes it: `06/2024`. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match === null ? month : `${match[2]}/${match[1]}`;
}
