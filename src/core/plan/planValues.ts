/**
 * Targets, quotas and rules of plan lines, read exactly: money in whole đồng
 * (never floating tỷ), percent in percentage points, counts as they are.
 */
import type { Comparison } from "../model/plan";
import { isCellError, type CellValue } from "../model/workbook";
import type { UnitInfo } from "../text/units";
import { foldText } from "../text/fold";
import { parseMoneyText, parseUnit, spelledMoney, splitCountText } from "../text/units";
import { narrowForms, normalizeVietnameseNumber, normalizeWholeAmount, scaleDecimal, scaleNumber } from "../text/vnNumber";
import { formatDivisor, isDateFormat, isPercentFormat, percentPoints } from "../cells/numberFormat";

/** `rule`: the comparison the target was written with (`≥ 85%`, `tối đa 300 triệu`), when it was. */
export type AmountReading = { readonly ok: true; readonly value: number; readonly rule?: Comparison } | { readonly ok: false; readonly shown: string };

/** Words and signs a target is written with that say how to compare with it, folded (no diacritics, lower case). */
const BOUND_BEFORE: ReadonlyArray<readonly [RegExp, Comparison]> = [
  [/^(?:>=|=>|≥|⩾|(?:toi thieu|it nhat|khong duoi|khong thap hon|tren|tu)(?=[\s\d]))\s*/, ">="],
  [/^(?:<=|=<|≤|⩽|(?:toi da|khong qua|khong vuot qua|khong vuot|khong cao hon|duoi)(?=[\s\d]))\s*/, "<="],
];
const BOUND_AFTER: ReadonlyArray<readonly [RegExp, Comparison]> = [
  [/\s*(?:tro len)$/, ">="],
  [/\s*(?:tro xuong)$/, "<="],
];

/**
 * A target written with its comparison (`≥ 85%`, `Tối thiểu 85%`, `85% trở
 * lên`, `không quá 300 triệu`): the target and the rule, or null when the
 * text has none. Letters are matched without diacritics; the amount is cut from
 * the text as written (folding keeps one character per character for these words).
 */
function boundedTarget(text: string): { amount: string; rule: Comparison } | null {
  const nfc = text.normalize("NFC");
  const folded = foldText(nfc);
  if (folded.length !== nfc.length) return null;
  let start = 0;
  let end = nfc.length;
  let rule: Comparison | null = null;
  for (const [pattern, comparison] of BOUND_BEFORE) {
    const match = pattern.exec(folded);
    if (match === null) continue;
    start = match[0].length;
    rule = comparison;
    break;
  }
  for (const [pattern, comparison] of BOUND_AFTER) {
    const match = pattern.exec(folded.slice(start));
    if (match === null || (rule !== null && rule !== comparison && !folded.startsWith("tu"))) continue;
    end = start + match.index;
    rule = comparison;
    break;
  }
  if (rule === null || !/\d/.test(nfc.slice(start, end))) return null;
  return { amount: nfc.slice(start, end).trim(), rule };
}

/** A letter typed for the digit it looks like (`o`/`O` for 0, `l`/`I` for 1, `S` for 5, `B` for 8), alone after a number. */
const DIGIT_LOOKALIKE = /^[oOlIiSB]$/;

/**
 * A target or quota in base units. `format` is the cell's number format: a
 * number shown with `%` (0.15 as 15 %) is a fraction and becomes 15 points.
 */
/** Excel's serial 25569 is 1 January 1970 (the 1900 date system). */
const UNIX_EPOCH_SERIAL = 25569;

/** A date serial as `dd/mm/yyyy` (a time of day alone as `hh:mm`), as a Vietnamese Excel shows it. */
function dateShown(serial: number): string {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * 86400000));
  const two = (n: number) => String(n).padStart(2, "0");
  if (serial < 1) return `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export function readAmount(value: CellValue, unit: UnitInfo, format?: string): AmountReading {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, shown: String(value) };
    // A number shown as a date (a target typed into a date-formatted cell, or a date typed there): the date the user sees, never its serial.
    if (isDateFormat(format)) return { ok: false, shown: dateShown(value) };
    if (unit.kind === "percent") return { ok: true, value: isPercentFormat(format) ? percentPoints(value) : value };
    // `#,##0,,` shows 600000000 as `600`: the number shown is in the line's unit.
    const divisor = formatDivisor(format);
    const shown = divisor === 1 ? value : value / divisor;
    return { ok: true, value: unit.kind === "money" ? scaleNumber(shown, unit.scale) : shown };
  }
  if (value === null) return { ok: false, shown: "" };
  if (typeof value === "boolean") return { ok: false, shown: String(value).toUpperCase() };
  if (isCellError(value)) return { ok: false, shown: value.error };
  // `８５％` typed full-width reads as `85%`; `14.`, `85%.` closed by a full stop as the figure.
  const text = narrowForms(value).replace(/\s+/g, " ").trim().replace(/(\d\s*%?)\s*\.$/, "$1");
  const bounded = /\d/.test(text) ? boundedTarget(text) : null;
  if (bounded !== null) {
    const read = readAmount(bounded.amount, unit, format);
    return read.ok ? { ok: true, value: read.value, rule: bounded.rule } : { ok: false, shown: text };
  }
  if (unit.kind === "percent") {
    const canonical = normalizeVietnameseNumber(text.replace(/\s*%$/, ""));
    return canonical === null ? { ok: false, shown: text } : { ok: true, value: Number(canonical) };
  }
  // A count, or an amount in whole đồng, is never fractional: one comma before three digits (`1,500`) groups thousands.
  const whole = unit.kind === "count" || (unit.kind === "money" && unit.scale === 1);
  const canonical = whole ? normalizeWholeAmount(text) : normalizeVietnameseNumber(text);
  if (canonical !== null) {
    return { ok: true, value: unit.kind === "money" ? scaleDecimal(canonical, unit.scale) : Number(canonical) };
  }
  if (unit.kind === "money") {
    // `9,490 tỷ đồng` written with its own unit.
    const money = parseMoneyText(text) ?? spelledMoney(text);
    if (money !== null && money >= 0) return { ok: true, value: money };
  } else if (unit.kind === "count") {
    // `30 tổ` written with its own unit of counting — not `4o`, `1l`: a digit typed as the letter it looks like (40, 11), never a unit.
    const count = splitCountText(text);
    if (count !== null && !DIGIT_LOOKALIKE.test(count.unitText)) return { ok: true, value: count.value };
    // `14 xã/phường`, `12 xã, thị trấn`: a count of areas of several kinds.
    const areas = areaCountOf(text);
    if (areas !== null) return { ok: true, value: areas };
  }
  return { ok: false, shown: text };
}

/** Kinds of area a count may be of (folded): `xã`, `phường`, `thị trấn`, `huyện` … */
const AREA_KIND = "(?:xa|phuong|thi tran|thi xa|huyen|quan|thanh pho|don vi|dia ban|thon|ban|to dan pho)";
/** `14 xã/phường`, `12 xã, thị trấn`, `14 xã và thị trấn` (folded): a number, then area kinds joined by `/`, `,`, `và`, `hoặc`. */
const AREA_COUNT = new RegExp(`^(\\d[\\d.,\\s]*?)\\s*${AREA_KIND}(?:\\s*(?:/|,|\\bva\\b|\\bhoac\\b)\\s*${AREA_KIND})+$`);

/** The number of a count of areas of several kinds (`14 xã/phường`), or null. */
function areaCountOf(text: string): number | null {
  const match = AREA_COUNT.exec(foldText(text.normalize("NFC")).replace(/\s+/g, " ").trim());
  if (match === null) return null;
  const canonical = normalizeWholeAmount(match[1].trim());
  return canonical === null ? null : Number(canonical);
}

/** `/xã`, `/ 1 xã`, `/huyện`, `/đơn vị` closing a per-area norm, maybe a year's (`/xã/năm`) (NFC or NFD, any case). */
const PER_AREA = /\s*\/\s*(?:0?1\s+)?(?:x[aã]|ph[uư][oơờ]ng|th[iị] tr[aấ]n|(huy[eệ]n|qu[aậ]n)|đ[oơ]n v[iị]|đ[iị]a b[aà]n)(?:\s*\/\s*n[aă]m)?\s*$/iu;

/** The areas a per-area norm (`01 tổ/xã`, `1/huyện`) is written for, or null when the cell is no such norm. */
export function perAreaOf(value: CellValue): "commune" | "district" | null {
  if (typeof value !== "string") return null;
  const match = PER_AREA.exec(value.normalize("NFC").replace(/\s+/g, " ").trim());
  if (match === null || !/\d/.test(value)) return null;
  // `14 xã/thị trấn`: communes or towns counted, not a figure for each.
  if (areaCountOf(value) !== null) return null;
  return match[1] !== undefined ? "district" : "commune";
}

/**
 * `tổ/xã`, `CLB / phường`, `người/huyện`, `triệu đồng/xã`, `nghìn đồng/xã/năm`
 * (NFC or NFD, any case): a count or money unit written per area, maybe a year's.
 */
const PER_AREA_UNIT = /^(.*?\S)\s*\/\s*(?:x[aã]|ph[uư][oờ]ng|th[iị] tr[aấ]n|(huy[eệ]n|qu[aậ]n)|đ[oơ]n v[iị]|đ[iị]a b[aà]n)(?:\s*\/\s*n[aă]m)?\s*$/iu;

/** A unit written per area: the unit before the slash, what it measures, and the areas it is for. */
export interface PerAreaUnit {
  readonly unit: string;
  readonly kind: "count" | "money";
  readonly perArea: "commune" | "district";
}

/**
 * A line's unit written per area (`tổ/xã`, `triệu đồng/xã`): its target is
 * the figure for each area, in the unit before the slash — a count, or money
 * at that unit's scale (800 under `triệu đồng/xã` is 800 million đồng for
 * each commune); null for any other unit, or one counting areas themselves
 * (`xã/phường`).
 */
export function perAreaUnit(unitText: string): PerAreaUnit | null {
  const match = PER_AREA_UNIT.exec(unitText.normalize("NFC").replace(/\s+/g, " ").trim());
  if (match === null || areaCountOf(`1 ${unitText}`) !== null) return null;
  const unit = match[1].trim();
  const kind = parseUnit(unit).kind;
  if ((kind !== "count" && kind !== "money") || /\d/.test(unit)) return null;
  return { unit, kind, perArea: match[2] !== undefined ? "district" : "commune" };
}

/**
 * A per-area norm as plans write it in their `Định mức` column: `1 tổ/xã`,
 * `01/xã`, `100 triệu đồng/xã` — the amount in the line's unit, its own
 * count unit and the per-area tail dropped. Anything else reads as `readAmount`.
 */
export function readQuota(value: CellValue, unit: UnitInfo, unitText: string, format?: string): AmountReading {
  if (typeof value !== "string") return readAmount(value, unit, format);
  const text = value.normalize("NFC").replace(/\s+/g, " ").trim();
  const perArea = text.replace(PER_AREA, "");
  if (perArea === text) return readAmount(value, unit, format);
  const own = unitText.normalize("NFC").trim().toLowerCase();
  const amount = unit.kind !== "money" && own !== "" && perArea.toLowerCase().endsWith(` ${own}`) ? perArea.slice(0, -own.length).trim() : perArea;
  const read = readAmount(amount, unit, format);
  return read.ok ? read : { ok: false, shown: text };
}

const RULES: ReadonlyArray<readonly [RegExp, Comparison]> = [
  [/^(<=|=<|≤|⩽)$/, "<="],
  [/^(>=|=>|≥|⩾)$/, ">="],
  [/^(=|==)$/, "="],
];

/** A rule written in words, folded: `Không vượt (quá)`, `Tối đa` (a ceiling), `Tối thiểu`, `Ít nhất` (a floor), `Bằng`. */
const RULE_WORDS: ReadonlyArray<readonly [RegExp, Comparison]> = [
  [/^(?:khong vuot(?: qua)?|khong qua|toi da|khong cao hon|tran)$/, "<="],
  [/^(?:toi thieu|it nhat|khong duoi|khong thap hon|tro len)$/, ">="],
  [/^(?:bang|dung)$/, "="],
];

/** A rule cell: `<=`, `=`, `>=` (also `≤`, `≥`, or in words: `Không vượt`, `Tối thiểu`); undefined when blank; null when unreadable. */
export function readRule(value: CellValue): Comparison | undefined | null {
  if (value === null) return undefined;
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, "");
  if (text === "") return undefined;
  for (const [pattern, rule] of RULES) if (pattern.test(text)) return rule;
  const words = foldText(value.normalize("NFC")).replace(/\s+/g, " ").trim();
  for (const [pattern, rule] of RULE_WORDS) if (pattern.test(words)) return rule;
  return null;
}

/** Code of a plan line as text: `1.` → `1`, ` KP.3 ` → `KP.3`, number 4.1 → `4.1`. */
export function readCode(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return "";
  return value.replace(/\s+/g, "").replace(/[.:)]+$/, "").replace(/^\(/, "");
}
