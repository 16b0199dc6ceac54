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

/**
 * Administrative prefixes, longest first: folded form and the form with its
 * diacritics. A label's leading words are a prefix when they fold to it and
 * either carry exactly these diacritics or none at all, so `Xà Hồ` is a name,
 * not `Xã` + `Hồ`.
 */
const AREA_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ["thanh pho", "thành phố"],
  ["thi xa", "thị xã"],
  ["thi tran", "thị trấn"],
  ["huyen", "huyện"],
  ["quan", "quận"],
  ["phuong", "phường"],
  ["xa", "xã"],
  ["tinh", "tỉnh"],
  ["tp", "tp"],
  ["tx", "tx"],
  ["tt", "tt"],
];

/** Lower-case NFC words of a label, punctuation as spaces. */
function labelWords(label: string): string[] {
  return label
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 0);
}

/** Longest prefix, in words. */
const PREFIX_WORDS = 2;

/** The prefix a label starts with and the words after it, or null. */
function splitPrefix(label: string): { prefix: string; rest: string[] } | null {
  const words = labelWords(label);
  if (words.length < 2) return null;
  // Fold only the words a prefix can span, once (this runs for every area label).
  const folded = words.slice(0, PREFIX_WORDS).map((word) => foldText(word));
  if (folded.some((word) => word === "")) return splitPrefixSlow(words);
  for (const [prefix, written] of AREA_PREFIXES) {
    const size = prefix === "thanh pho" || prefix === "thi xa" || prefix === "thi tran" ? 2 : 1;
    if (words.length <= size) continue;
    const foldedHead = size === 1 ? folded[0] : `${folded[0]} ${folded[1]}`;
    if (foldedHead !== prefix) continue;
    const head = size === 1 ? words[0] : `${words[0]} ${words[1]}`;
    if (head === written || foldedHead === head.replace(/đ/g, "d")) return { prefix, rest: words.slice(size) };
  }
  return null;
}

/** `splitPrefix` word by word as first written (for labels with words that fold to nothing). */
function splitPrefixSlow(words: readonly string[]): { prefix: string; rest: string[] } | null {
  for (const [folded, written] of AREA_PREFIXES) {
    const size = folded.split(" ").length;
    if (words.length <= size) continue;
    const head = words.slice(0, size).join(" ");
    if (foldText(head) !== folded) continue;
    const plain = foldText(head) === head.replace(/đ/g, "d");
    if (head === written || plain) return { prefix: folded, rest: words.slice(size) };
  }
  return null;
}

/** `areaParts` by the word-by-word definition (slow), to test the fast one against. */
export function areaPartsReference(label: string): { prefix: string | null; key: string } {
  const split = splitPrefixSlow(labelWords(label));
  return split === null ? { prefix: null, key: wordKey(label) } : { prefix: split.prefix, key: wordKey(split.rest.join(" ")) };
}

/** Prefix and matching key of an area label in one pass: `areaPrefix` and `areaKey` together. */
export function areaParts(label: string): { prefix: string | null; key: string } {
  const split = splitPrefix(label);
  return split === null ? { prefix: null, key: wordKey(label) } : { prefix: split.prefix, key: wordKey(split.rest.join(" ")) };
}

/** The leading administrative prefix of a label, folded (`huyen`, `xa`, …), or null. */
export function areaPrefix(label: string): string | null {
  return splitPrefix(label)?.prefix ?? null;
}

/**
 * Matching key of an area name: `huyện Quốc Oai`, `Quoc Oai`, `QUỐC OAI`
 * (NFC or NFD) all give `quoc oai`. A prefix is removed only when a name
 * follows it.
 */
export function areaKey(label: string): string {
  const split = splitPrefix(label);
  return split === null ? wordKey(label) : wordKey(split.rest.join(" "));
}
