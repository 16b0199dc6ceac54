/**
 * Reading row and column labels: totals (`Tổng cộng`, `Toàn thành phố`),
 * Roman-numeral and arabic list numbers (`I.`, `1)`), district and commune
 * prefixes.
 */
import { areaPartsFolded, areaPrefix, wordKey } from "../text/fold";

const TOTAL_EXACT = new Set(["tong", "cong", "tong cong", "tong so", "total", "grand total", "sum", "cong toan thanh pho"]);
const TOTAL_START = /^(tong cong|tong so|toan thanh pho|toan tinh|toan quan|toan thi xa|grand total)\b/;

/** A grand-total label: `Tổng cộng`, `Tổng số`, `Cộng`, `Toàn thành phố`, `Toàn tỉnh`, `Tổng`. */
export function isTotalLabel(label: string): boolean {
  const key = wordKey(stripNumbering(label));
  return TOTAL_EXACT.has(key) || TOTAL_START.test(key);
}

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

/** `I`, `II`, `IV.` … (a district's number in an STT column). */
export function isRomanNumeral(text: string): boolean {
  const t = text.trim().replace(/[.)]$/, "");
  return t !== "" && ROMAN.test(t);
}

/** A Roman number in front of a label: `I. Huyện Ba Vì`, `II - Chỉ tiêu`. */
export function hasRomanPrefix(label: string): boolean {
  const match = /^\s*([IVXLC]+)\s*[.)/-]\s*\S/.exec(label);
  return match !== null && ROMAN.test(match[1]);
}

/** Strips a list number in front of a name: `I. Huyện Ba Vì` → `Huyện Ba Vì`, `1) xã A` → `xã A`. */
export function stripNumbering(label: string): string {
  return label.replace(/^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/-]\s+/i, "").trim();
}

const DISTRICT_PREFIXES = new Set(["huyen", "quan", "thi xa", "thanh pho", "tp", "tx"]);
const COMMUNE_PREFIXES = new Set(["xa", "phuong", "thi tran", "tt"]);

/** `district` for Huyện/Quận/Thị xã/Thành phố names, `commune` for Xã/Phường/Thị trấn, else null. */
export function areaLevel(label: string): "district" | "commune" | null {
  const prefix = areaPrefix(stripNumbering(label));
  if (prefix === null) return null;
  if (DISTRICT_PREFIXES.has(prefix)) return "district";
  if (COMMUNE_PREFIXES.has(prefix)) return "commune";
  return null;
}

export interface LabelFacts {
  /** Matching key (`ba vi`): numbering and administrative prefix removed, folded. */
  readonly key: string;
  /** The whole label (numbering removed) folded, prefix kept: `xa ba trai`, `cong huyen`. */
  readonly folded: string;
  readonly total: boolean;
  readonly level: "district" | "commune" | null;
  readonly romanPrefix: boolean;
}

/** Everything the area axis needs from a label, folding it once (this runs once per body row). */
export function labelFacts(label: string): LabelFacts {
  const stripped = stripNumbering(label);
  // `folded` is the word key of `stripped`, prefix kept.
  const { prefix, key, folded } = areaPartsFolded(stripped);
  return {
    key,
    folded,
    total: TOTAL_EXACT.has(folded) || TOTAL_START.test(folded),
    level: prefix === null ? null : DISTRICT_PREFIXES.has(prefix) ? "district" : COMMUNE_PREFIXES.has(prefix) ? "commune" : null,
    romanPrefix: stripped.length !== label.trim().length && hasRomanPrefix(label),
  };
}
