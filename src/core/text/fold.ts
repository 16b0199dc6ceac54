/**
 * Text keys for matching: NFC and NFD alike, case and spacing folded,
 * diacritics removed including đ → d (NFD does not decompose đ).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2007\u202f\u2009\u200b]+/g;

/** `  Huyện  QUỐC\nOai ` → `huyen quoc oai`. Punctuation is kept (see `wordKey`). */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(SPACES, " ")
    .trim();
}

/** Folded text with punctuation turned into spaces: `Kinh phí (triệu đồng)` → `kinh phi trieu dong`. */
export function wordKey(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/** Administrative prefixes, longest first, as folded words. */
const AREA_PREFIXES = [
  "thanh pho",
  "thi xa",
  "thi tran",
  "huyen",
  "quan",
  "phuong",
  "xa",
  "tinh",
  "tp",
  "tx",
  "tt",
];

/** The leading administrative prefix of a label, folded (`huyen`, `xa`, …), or null. */
export function areaPrefix(label: string): string | null {
  const key = wordKey(label);
  for (const prefix of AREA_PREFIXES) {
    if (key === prefix) return null;
    if (key.startsWith(prefix + " ")) return prefix;
  }
  return null;
}

/**
 * Matching key of an area name: `huyện Quốc Oai`, `Quoc Oai`, `QUỐC OAI`
 * (NFC or NFD) all give `quoc oai`. A prefix is removed only when a name
 * follows it.
 */
export function areaKey(label: string): string {
  let key = wordKey(label);
  for (const prefix of AREA_PREFIXES) {
    if (key.startsWith(prefix + " ")) {
      key = key.slice(prefix.length + 1);
      break;
    }
  }
  return key;
}
