/**
 * Reading row and column labels: totals (`Tổng cộng`, `Toàn thành phố`),
 * Roman-numeral and arabic list numbers (`I.`, `1)`), district and commune
 * prefixes.
 */
import { abbreviatedPrefix, areaPartsFolded, areaPrefix, COMMUNE_PREFIXES, DISTRICT_PREFIXES, plainAreaKey, wordKey, type AreaKeyParts } from "../text/fold";
import { areaNameOf, mayHoldNote, mayOpenWithOrganisation } from "./areaName";

const TOTAL_EXACT = new Set(["tong", "cong", "tong cong", "tong so", "total", "grand total", "sum", "cong toan thanh pho", "cong chung", "tong chung", "tong hop", "tong phan bo", "tong so phan bo"]);
const TOTAL_START = /^(tong cong|tong so|toan thanh pho|toan tinh|toan quan|toan thi xa|toan huyen|toan xa|toan phuong|toan thi tran|toan tp|(?:cong|tong so|tong) toan (?:tinh|thanh pho|tp)|grand total)\b/;

/** A grand-total label: `Tổng cộng`, `Tổng số`, `Cộng`, `Toàn thành phố`, `Toàn tỉnh`, `Toàn huyện`, `Toàn xã`, `Tổng`. */
export function isTotalLabel(label: string): boolean {
  const stripped = stripNumbering(label);
  // A note after the words (`Tổng cộng (cả huyện)`) leaves them a total; no total word follows an organisation's name.
  const key = wordKey(mayHoldNote(stripped) ? areaNameOf(stripped) : stripped);
  return TOTAL_EXACT.has(key) || (mayStartTotal(key) && TOTAL_START.test(key));
}

/** Every `TOTAL_START` opening begins with t, c or g: most keys are ruled out by their first letter. */
function mayStartTotal(key: string): boolean {
  const first = key.charCodeAt(0);
  return first === 116 || first === 99 || first === 103;
}

const BULLET = /^\s*[-–—+*•·]/;

/** A line opened by a bullet (`- Duy trì`, `+ Mới`): an item of a list under the line above. */
export function isBulleted(label: string): boolean {
  return BULLET.test(label);
}

/** `Trong đó: …`, `- Trong đó …`, `+ Trong số đó …`: a part of the line above, already counted in it. */
export function isOfWhichLabel(label: string): boolean {
  const key = wordKey(stripNumbering(label.replace(/^[\s\-–—+*•·]+/, "")));
  return key === "trong do" || key.startsWith("trong do ") || key === "trong so do" || key.startsWith("trong so do ");
}

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

/** `I`, `II`, `IV.` … (a district's number in an STT column). */
export function isRomanNumeral(text: string): boolean {
  const t = text.trim().replace(/[.)/]$/, "");
  return t !== "" && ROMAN.test(t);
}

/** Marks in `letters` (bits `A`…`Z` in the first word, `a`…`z` in the second) the one letter (`A`, `b.`) the text is, if it is one. */
export function markLetter(letters: Uint32Array, text: string): void {
  const t = text.trim();
  if (t.length < 1 || t.length > 2 || (t.length === 2 && t[1] !== "." && t[1] !== ")" && t[1] !== "/")) return;
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) letters[0] |= 1 << (c - 65);
  else if (c >= 97 && c <= 122) letters[1] |= 1 << (c - 97);
}

/** True when `letters` holds the letter before `letter` (`B` for `C`), in its case: `letter` goes on a lettered series. */
export function letterAfterOneOf(letters: Uint32Array, letter: string): boolean {
  if (letter.length !== 1) return false;
  const c = letter.charCodeAt(0);
  if (c > 65 && c <= 90) return (letters[0] & (1 << (c - 66))) !== 0;
  if (c > 97 && c <= 122) return (letters[1] & (1 << (c - 98))) !== 0;
  return false;
}

/** A Roman number in front of a label: `I. Huyện Ba Vì`, `II - Chỉ tiêu`. */
export function hasRomanPrefix(label: string): boolean {
  const match = /^\s*([IVXLC]+)\s*[.)/-]\s*\S/.exec(label);
  return match !== null && ROMAN.test(match[1]);
}

/** Strips a list number in front of a name: `I. Huyện Ba Vì` → `Huyện Ba Vì`, `1) xã A` → `xã A`. */
export function stripNumbering(label: string): string {
  return mayBeNumbered(label) ? label.replace(NUMBERING, "").trim() : label.trim();
}

const NUMBERING = /^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/-]\s+/i;

/** True for the white space of `\s`: ASCII tab to carriage return, space, and the wide ones. */
function isSpaceCode(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * False when `NUMBERING` cannot match: what it takes before its mark `.`, `)`,
 * `/` or `-` is made of spaces, ASCII letters and digits, dots and đ, so the
 * first other character must be that mark, or a dot must come before it.
 */
function mayBeNumbered(label: string): boolean {
  // `X. Ba Trại`, `H. Ba Vì`: Xã, Huyện abbreviated, not the tenth group nor a lettered item.
  const first = label.charCodeAt(0);
  if ((first <= 32 || label.charCodeAt(1) === 46) && abbreviatedPrefix(label) !== null) return false;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (code === 46) return true;
    const letter = code | 32;
    if ((letter >= 97 && letter <= 122) || (code >= 48 && code <= 57) || code === 0x110 || code === 0x111 || isSpaceCode(code)) continue;
    return code === 41 || code === 47 || code === 45;
  }
  return false;
}

/** `district` for Huyện/Quận/Thị xã/Thành phố names, `commune` for Xã/Phường/Thị trấn (an organisation in front left out), else null. */
export function areaLevel(label: string): "district" | "commune" | null {
  const stripped = stripNumbering(label);
  if (mayHoldNote(stripped)) return labelFacts(label).level;
  const prefix = areaPrefix(stripped);
  if (prefix === null) return mayOpenWithOrganisation(wordKey(stripped)) ? labelFacts(label).level : null;
  if (DISTRICT_PREFIXES.has(prefix)) return "district";
  if (COMMUNE_PREFIXES.has(prefix)) return "commune";
  return null;
}

export interface LabelFacts {
  /** Matching key (`ba vi`): numbering, administrative prefix, a note after the name and an organisation before it removed, folded. */
  readonly key: string;
  /** The whole label (numbering removed) folded, prefix kept: `xa ba trai`, `cong huyen`. */
  readonly folded: string;
  readonly total: boolean;
  readonly level: "district" | "commune" | null;
  readonly romanPrefix: boolean;
}

/** Everything the area axis needs from a label, folding it once (this runs once per body row). */
export function labelFacts(label: string): LabelFacts {
  const trimmed = label.trim();
  const stripped = mayBeNumbered(label) ? label.replace(NUMBERING, "").trim() : trimmed;
  // `folded` is the word key of the area's name in `stripped` (a note after it, an organisation before it, left out), prefix kept.
  let parts = areaPartsFolded(stripped);
  if (mayHoldNote(stripped) || (parts.prefix === null && mayOpenWithOrganisation(parts.folded))) {
    const name = areaNameOf(stripped);
    if (name !== stripped) parts = areaPartsFolded(name);
  }
  const { prefix, key, folded } = parts;
  return {
    key,
    folded,
    total: TOTAL_EXACT.has(folded) || (mayStartTotal(folded) && TOTAL_START.test(folded)),
    level: prefix === null ? null : DISTRICT_PREFIXES.has(prefix) ? "district" : COMMUNE_PREFIXES.has(prefix) ? "commune" : null,
    romanPrefix: stripped.length !== trimmed.length && hasRomanPrefix(label),
  };
}

/** `labelFacts` as the one-column area axis reads it, row after row; `readRowLabel` fills it in. */
export interface RowLabel {
  key: string;
  /**
   * The folded label, prefix kept; null when the label starts with an
   * administrative prefix (`Xã …`), which no total or subtotal word does.
   */
  folded: string | null;
  total: boolean;
  level: "district" | "commune" | null;
  romanPrefix: boolean;
}

const PLAIN_PARTS: AreaKeyParts = { prefix: null, key: "", tidy: false };

/** True for a total word (`TOTAL_EXACT`, `TOTAL_START`), told apart first by the key's first letter. */
function isTotalKey(key: string): boolean {
  const first = key.charCodeAt(0);
  // Every total word starts with t, c, g or s.
  if (first !== 116 && first !== 99 && first !== 103 && first !== 115) return false;
  return TOTAL_EXACT.has(key) || (mayStartTotal(key) && TOTAL_START.test(key));
}

/** Parts of a label without an administrative prefix in front that may open with an organisation's name (`UBND huyện …`). */
function organisationLed(parts: AreaKeyParts): boolean {
  return parts.prefix === null && mayOpenWithOrganisation(parts.key);
}

/** `out` from `PLAIN_PARTS`, just filled in for a label without list numbering. */
function fromPlainParts(out: RowLabel): RowLabel {
  const prefix = PLAIN_PARTS.prefix;
  out.key = PLAIN_PARTS.key;
  out.romanPrefix = false;
  if (prefix === null) {
    out.folded = out.key;
    out.total = isTotalKey(out.key);
    out.level = null;
  } else {
    // A prefix and its space lead the folded label: no total word starts so (see `TOTAL_EXACT`, `TOTAL_START`).
    out.folded = null;
    out.total = false;
    out.level = DISTRICT_PREFIXES.has(prefix) ? "district" : COMMUNE_PREFIXES.has(prefix) ? "commune" : null;
  }
  return out;
}

/**
 * `labelFacts(label)` into `out` (no object made): a label without list
 * numbering, of ASCII and plain letters only, is folded once and its whole
 * word key made only when no prefix leads it. This runs once per body row.
 */
export function readRowLabel(label: string, out: RowLabel): RowLabel {
  if (!mayBeNumbered(label) && !mayHoldNote(label) && plainAreaKey(label, PLAIN_PARTS) && !organisationLed(PLAIN_PARTS)) return fromPlainParts(out);
  const facts = labelFacts(label);
  out.key = facts.key;
  out.folded = facts.folded;
  out.total = facts.total;
  out.level = facts.level;
  out.romanPrefix = facts.romanPrefix;
  return out;
}

/**
 * `readRowLabel(text, out)` for a cell's text that `cellText` leaves as it is
 * (tidy), read in the same pass that checks it is; false, and `out` not to be
 * read, for any other text (tidy it with `cellText`, then `readRowLabel`).
 */
export function readTidyRowLabel(text: string, out: RowLabel): boolean {
  if (mayBeNumbered(text) || mayHoldNote(text) || !plainAreaKey(text, PLAIN_PARTS) || !PLAIN_PARTS.tidy || organisationLed(PLAIN_PARTS)) return false;
  fromPlainParts(out);
  return true;
}

/**
 * Folded first words that only a village's name (below a commune) opens with: `thôn`, `xóm`, `tổ dân phố`, `khu phố` —
 * `khu dân cư`, and `chi hội` (`Chi hội thôn Na Hối`, `Chi hội phụ nữ bản Mới`), the Women's Union's branch in a village.
 */
const VILLAGE_WORDS = ["thon ", "xom ", "to dan pho ", "tdp ", "khu pho ", "chi hoi ", "khu dan cu ", "kdc "];
/**
 * `Bản`, `Buôn`, `Làng`, `Ấp` open villages' names, and communes' too (`Bản
 * Lầu`, `Bản Xèo`, `Làng Nủ` are communes written bare): read as villages only
 * when the plan lists its communes, so that a commune of the plan is told apart.
 */
const AMBIGUOUS_VILLAGE_WORDS = ["ban ", "buon ", "lang ", "ap "];

/** A folded label that opens like a village's name (`thon 1`; `ban moi` only when the plan lists its communes). */
export function isVillage(folded: string, planListsCommunes: boolean): boolean {
  for (const word of VILLAGE_WORDS) if (folded.startsWith(word)) return true;
  // `Khu vực 1`, `Khu vực 2` (a ward's neighbourhoods, numbered): not `Khu vực III`, a kind of communes.
  if (folded.startsWith("khu vuc ")) {
    const next = folded.charCodeAt(8);
    if (next >= 48 && next <= 57) return true;
  }
  if (planListsCommunes) for (const word of AMBIGUOUS_VILLAGE_WORDS) if (folded.startsWith(word)) return true;
  return false;
}

const PERIOD_LABEL = /^(nam \d{4}( \d{4})?|giai doan( [ivx]+)?( nam)? \d{4}( \d{4})?|quy [ivx1-4]+( nam)? \d{4}|[69] thang (dau |cuoi )?nam \d{4})$/;

/** A folded label naming a period (`nam 2024`, `giai doan 2022 2025`, `quy ii nam 2024`, `6 thang dau nam 2024`). */
export function isPeriodLabel(folded: string): boolean {
  const first = folded.charCodeAt(0);
  // n, g, q, 6, 9: the test runs only on labels that may open so.
  return (first === 110 || first === 103 || first === 113 || first === 54 || first === 57) && PERIOD_LABEL.test(folded);
}
