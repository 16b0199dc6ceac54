/**
 * Units decide a line's kind (CONTRACT §1): money units (đồng, nghìn, triệu,
 * tỷ, VND, trđ, tr.đ) make money lines with a scale to whole đồng; `%` makes a
 * percent indicator; anything else (tổ, địa chỉ, CLB, cuộc, người…) a count.
 */
import type { IndicatorKind } from "../model/plan";
import { foldText, wordKey } from "./fold";
import { narrowForms, normalizeVietnameseNumber, normalizeWholeAmount, scaleDecimal } from "./vnNumber";

export interface UnitInfo {
  readonly kind: IndicatorKind;
  /** Multiplier to base units: đồng per unit for money, 1 otherwise. */
  readonly scale: number;
}

const MONEY_UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(ty|ti)( dong| d| vnd)?$/, 1e9],
  [/^(trieu|tr)( dong| d| vnd)?$|^trd$|^tr d$/, 1e6],
  [/^(nghin|ngan)( dong| d| vnd)?$|^nd$/, 1e3],
  [/^(dong|d|vnd|vnd dong)$/, 1],
];

/** The unit of a plan line or a units cell: `triệu đồng` → money ×1e6; `%` → percent; `tổ` → count. */
export function parseUnit(unit: string): UnitInfo {
  const folded = foldText(unit);
  if (folded.includes("%") || folded === "phan tram") return { kind: "percent", scale: 1 };
  const money = moneyScale(folded);
  if (money !== null) return { kind: "money", scale: money };
  return { kind: "count", scale: 1 };
}

/** Money as a multiplier, folded: `1.000 dong`, `1000d`, `1,000,000 vnd`. */
const MULTIPLIER = /^1((?:[.,\s]?000)+)\s*(?:dong|d|vnd)$/;

/** Money scale of a bare unit text, or null: `tỷ đồng` → 1e9, `tr.đ` → 1e6, `VND` → 1, `1.000 đồng` → 1e3. */
export function moneyScale(unit: string): number | null {
  const multiplier = unit.charCodeAt(0) === 49 ? MULTIPLIER.exec(foldText(unit).replace(/\s+/g, " ").trim()) : null;
  if (multiplier !== null) return 10 ** multiplier[1].replace(/[^0]/g, "").length;
  // `₫`, the đồng sign Excel's Vietnamese currency format writes (`1.500.000 ₫`).
  const key = wordKey(unit.replace(/\./g, " ").replace(/\u20ab/g, " dong ")).replace(/\s+/g, " ").trim();
  for (const [pattern, scale] of MONEY_UNITS) if (pattern.test(key)) return scale;
  return null;
}

/**
 * A unit mentioned inside a longer text — a header such as `Kinh phí (triệu
 * đồng)`, a note such as `ĐVT: triệu đồng` or `Đơn vị tính: nghìn đồng` — or
 * null. `cộng đồng` (community) is not money.
 */
export function findUnitInText(text: string): UnitInfo | null {
  const folded = foldText(text);
  const declared = /(?:dvt|don vi tinh|don vi)\s*[:：]\s*([^;,\n)]+)/.exec(folded);
  if (declared) {
    const unit = declared[1].trim();
    return parseUnit(unit);
  }
  for (const inner of folded.matchAll(/\(([^()]*)\)/g)) {
    const unit = inner[1].replace(/^(dvt|don vi tinh|don vi)\s*[:：]?\s*/, "").trim();
    if (unit.includes("%")) return { kind: "percent", scale: 1 };
    const scale = moneyScale(unit);
    if (scale !== null) return { kind: "money", scale };
  }
  const phrase = /(?:^|[^a-z])(ty dong|trieu dong|nghin dong|ngan dong|trd|tr\.d|vnd)(?:$|[^a-z])/.exec(folded);
  if (phrase) return { kind: "money", scale: moneyScale(phrase[1]) ?? 1 };
  if (/\(\s*%\s*\)|(?:^|\s)%$|^ty le\b/.test(folded)) return { kind: "percent", scale: 1 };
  return null;
}

/** An amount of money written with its unit: the number as typed, the unit as typed, and what they mean. */
export interface MoneyText {
  readonly amountText: string;
  readonly unitText: string;
  /** Canonical decimal of the amount (`1.2`). */
  readonly canonical: string;
  /** Đồng per unit (1e9 for `tỷ`). */
  readonly scale: number;
}

/** `k` (`500k`, `500K`, `500kđ`): thousands of đồng, as staff write in short. Only after an amount in a value cell, never as a line's unit. */
const KILO = /^k\s*(?:đ|đồng|vnđ|vnd|d)?$/i;

/** Đồng per unit of an amount's unit written after it (`tỷ`, `tr`, `nghìn đồng`, `k`), or null. */
function amountUnitScale(unit: string): number | null {
  return moneyScale(unit) ?? (KILO.test(unit.normalize("NFC")) ? 1e3 : null);
}

/** Splits `1,2 tỷ` into its amount and unit, or null when the text is not an amount of money. */
export function splitMoneyText(text: string): MoneyText | null {
  const narrow = narrowForms(text);
  // The unit after the amount (`1,2 tỷ`, `1.500.000 ₫`), or the đồng sign before it (`₫1.500.000`, `VND 150,000`), as currency formats write it.
  const after = /^\s*([+-]?[\d.,\s\u00a0]*\d)\s*(.+?)\s*$/.exec(narrow);
  const before = after === null ? CURRENCY_FIRST.exec(narrow) : null;
  if (after === null && before === null) return null;
  const [amount, unit] = after !== null ? [after[1], after[2]] : [before![2], before![1]];
  const scale = amountUnitScale(unit);
  if (scale === null) return null;
  const canonical = scale === 1 ? normalizeWholeAmount(amount) : normalizeVietnameseNumber(amount);
  if (canonical === null) return null;
  return { amountText: amount, unitText: unit, canonical, scale };
}

/** `₫1.500.000`, `VND 150,000`, `đ 150.000`: the đồng sign or code before the amount. */
const CURRENCY_FIRST = /^\s*(\u20ab|[đĐ]|VNĐ|VND|vnđ|vnd)\s*(\d(?:[\d.,\s\u00a0]*\d)?)\s*$/;

/** One amount and the unit after it in a spelled-out sum (`1 tỷ`, `200 triệu`, a last `200` with no unit). */
const SPELLED_PART = /(\d[\d.,]*)\s*([^\d\s.,][^\d]*?)?\s*(?=\d|$)/y;

/**
 * Money typed as words and figures that `splitMoneyText` does not take, in
 * whole đồng, or null: a sum of amounts in falling units (`1 tỷ 200 triệu`,
 * `2 triệu 500 nghìn đồng`), its last amount without a unit the decimals of
 * the unit before it as said aloud (`1 tỷ 2` and `1 tỷ 200` are 1,2 tỷ; `2
 * triệu 5` is 2,5 triệu), and an amount with its unit in parentheses as an
 * accounting format shows a negative (`(1,5 tỷ)` is −1,5 tỷ).
 */
export function spelledMoney(text: string): number | null {
  let body = narrowForms(text).replace(/[\s\u00a0\u202f]+/g, " ").trim();
  let negative = false;
  if (body.startsWith("(") && body.endsWith(")")) {
    negative = true;
    body = body.slice(1, -1).trim();
  } else if (body.startsWith("-")) {
    negative = true;
    body = body.slice(1).trim();
  }
  if (!/^\d/.test(body)) return null;
  let total = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let parts = 0;
  SPELLED_PART.lastIndex = 0;
  while (SPELLED_PART.lastIndex < body.length) {
    const match = SPELLED_PART.exec(body);
    if (match === null) return null;
    const [, amount, unit] = match;
    if (unit === undefined) {
      // A last amount without a unit: the decimals of the unit before it (`1 tỷ 2`, `1 tỷ 200`), as said aloud.
      if (parts === 0 || lastScale < 1000 || !/^\d{1,3}$/.test(amount) || SPELLED_PART.lastIndex < body.length) return null;
      total += scaleDecimal(`0.${amount}`, lastScale);
      parts++;
      break;
    }
    const scale = amountUnitScale(unit);
    if (scale === null || scale >= lastScale) return null;
    const canonical = scale === 1 ? normalizeWholeAmount(amount) : normalizeVietnameseNumber(amount);
    if (canonical === null) return null;
    const value = scaleDecimal(canonical, scale);
    // Each part whole and less than one of the unit before it: `1,2 tỷ 300 triệu`, `1 tỷ 2000 triệu` are not so read.
    if ((parts > 0 && value >= lastScale) || (SPELLED_PART.lastIndex < body.length && canonical.includes("."))) return null;
    total += value;
    lastScale = scale;
    parts++;
  }
  if (parts === 0 || (parts === 1 && !negative)) return null;
  return negative && total !== 0 ? -total : total;
}

/** A count written with its unit: the number as typed, the unit as typed, and the whole count. */
export interface CountText {
  readonly amountText: string;
  readonly unitText: string;
  readonly value: number;
}

/** One to six words of letters, NFC or NFD (`tổ`, `CLB`, `địa chỉ`, `tổ truyền thông`): a count's unit as typed, never a money unit or `%`. */
const COUNT_UNIT = /^[\p{L}\p{M}]{1,16}(?: [\p{L}\p{M}]{1,16}){0,5}$/u;

/** Units written in a units row or a ĐVT column that are not money or percent (folded). */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
  "to", "nguoi", "cuoc", "clb", "dia chi", "mo hinh", "lop", "ho", "nhom", "luot", "luot nguoi", "buoi",
  "tai lieu", "cai", "chiec", "bo", "hoi vien", "thanh vien", "doi", "nha", "cong trinh", "lan", "xa",
  "don vi", "diem", "hop tac xa", "to nhom", "cau lac bo", "khoa", "san pham", "hs", "hoc sinh", "tre",
  "phu nu", "can bo", "so", "trang", "video", "an pham", "ban", "chuong trinh", "hoi nghi", "hoi thi",
]);

/** Kinds of area (folded) that open a place's name (`Xã Cán Tỷ`, `Tổ dân phố Hòa Bình`, `Bản Liền`): never a long unit's head. */
const AREA_HEAD = /^(?:xa|phuong|thi tran|thi xa|huyen|quan|thanh pho|don vi|dia ban|thon|ban|to dan pho|khu pho|ap|lang)(?: |$)/;

/**
 * A unit of counting (folded, one space between words): one listed
 * (`tổ`, `câu lạc bộ`), or three words or more opening with one
 * (`tổ truyền thông`, `địa chỉ tin cậy`, `câu lạc bộ thủ lĩnh`) — not with a
 * kind of area (`xã Cán Tỷ`, `tổ dân phố Hòa Bình` are places, not units).
 */
export function isCountUnitKey(key: string): boolean {
  if (COUNT_UNITS.has(key)) return true;
  const words = key.split(" ");
  if (words.length < 3 || AREA_HEAD.test(key)) return false;
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) if (COUNT_UNITS.has(words.slice(0, n).join(" "))) return true;
  return false;
}

/**
 * Splits `2 tổ`, `3 CLB`, `5 địa chỉ`, `2 (tổ)`, `3 tổ truyền thông` — a count typed with its unit — into its
 * number and unit, or null when the text is not a count so written (a money
 * unit, a percent sign, digits or punctuation after the number).
 */
export function splitCountText(text: string): CountText | null {
  const match = /^\s*([+-]?[\d.,\s\u00a0]*\d)\s*(\S.*?)\s*$/.exec(narrowForms(text));
  if (!match) return null;
  // `2 (tổ)`, `2 tổ.`: the unit in brackets, or closed by a full stop.
  const unit = match[2].replace(/\s+/g, " ").replace(/^\(\s*(.*?)\s*\)$/, "$1").replace(/\.$/, "");
  if (!COUNT_UNIT.test(unit) || moneyScale(unit) !== null) return null;
  // Three words or more (`3 tổ truyền thông`): a unit of counting with words after it, not a name led by a number (`1 Xã Cán Tỷ`).
  if (unit.split(" ").length > 2 && !isCountUnitKey(wordKey(unit))) return null;
  const canonical = normalizeWholeAmount(match[1]);
  return canonical === null ? null : { amountText: match[1], unitText: match[2], value: Number(canonical) };
}

/** `/xã`, `/ 1 xã`, `/phường`, `/huyện`, `/đơn vị` after a count: per area, as a plan's norm is written. */
const PER_AREA = /\s*\/\s*(?:0?1\s+)?([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?)\s*$/u;
const AREA_WORDS: ReadonlySet<string> = new Set(["xa", "phuong", "thi tran", "huyen", "quan", "thi xa", "don vi", "dv", "dia ban", "thon", "to dan pho"]);

/**
 * `5 tổ/xã`, `5/xã`, `2 CLB/phường`: a count with its unit written per area
 * (in an area's own cell, its count); the unit as typed is all after the
 * number. Null for anything else.
 */
export function splitPerAreaCount(text: string): CountText | null {
  const nfc = text.normalize("NFC");
  const tail = PER_AREA.exec(nfc);
  if (tail === null || !AREA_WORDS.has(wordKey(tail[1]))) return null;
  const bare = nfc.slice(0, tail.index);
  const number = /^\s*([+-]?\d[\d.,\s\u00a0]*?)\s*$/.exec(narrowForms(bare));
  const count = number !== null ? { amountText: number[1], value: Number(normalizeWholeAmount(number[1])) } : splitCountText(bare);
  if (count === null || !Number.isFinite(count.value) || normalizeWholeAmount(count.amountText) === null) return null;
  // The unit as typed in the cell (NFC or NFD), for a formula to take it out.
  const amountAt = text.indexOf(count.amountText);
  if (amountAt < 0) return null;
  return { amountText: count.amountText, unitText: text.slice(amountAt + count.amountText.length).trim(), value: count.value };
}

/**
 * An amount with its unit written in text, as whole đồng: `9,490 tỷ đồng` →
 * 9490000000, `500 triệu` → 500000000, `3,1 tỷ` → 3100000000. Null when the
 * text is not an amount of money.
 */
export function parseMoneyText(text: string): number | null {
  const money = splitMoneyText(text);
  return money === null ? null : scaleDecimal(money.canonical, money.scale);
}

/** Display name of a money scale in Vietnamese. */
export function moneyUnitName(scale: number): string {
  switch (scale) {
    case 1e9:
      return "tỷ đồng";
    case 1e6:
      return "triệu đồng";
    case 1e3:
      return "nghìn đồng";
    default:
      return "đồng";
  }
}
