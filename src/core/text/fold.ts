/**
 * Text keys for matching: NFC and NFD alike, case and spacing folded,
 * diacritics removed including đ → d (NFD does not decompose đ).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2007\u202f\u2009\u200b]+/g;

/** The definition of `foldText`, one Unicode pass per step (slow on long columns of labels). */
export function foldTextReference(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(SPACES, " ")
    .trim();
}

/** Folded form of single non-ASCII characters, learnt on first sight (" " for spaces). */
const CHAR_FOLD = new Map<number, string>();

function foldChar(code: number): string {
  let folded = CHAR_FOLD.get(code);
  if (folded === undefined) {
    const ch = String.fromCharCode(code);
    folded = /^[\s\u00a0\u2007\u202f\u2009\u200b]$/.test(ch) ? " " : foldTextReference(ch);
    CHAR_FOLD.set(code, folded);
  }
  return folded;
}

/**
 * `  Huyện  QUỐC\nOai ` → `huyen quoc oai`. Punctuation is kept (see `wordKey`).
 * Same result as `foldTextReference`, character by character: removing every
 * combining mark makes the decomposition of a text the concatenation of its
 * characters' decompositions.
 */
export function foldText(text: string): string {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let piece: string;
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) piece = " ";
      else piece = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    } else if (code === 0x3a3) {
      return foldTextReference(text); // Σ lowercases by context (σ or final ς)
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      piece = foldTextReference(text.slice(i, i + 2)) || "";
      i++;
    } else {
      piece = foldChar(code);
    }
    if (piece === " ") {
      pendingSpace = out.length > 0;
      continue;
    }
    if (piece === "") continue;
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    out += piece;
  }
  return out;
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
