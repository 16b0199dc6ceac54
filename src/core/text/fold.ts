/**
 * Text keys for matching: NFC and NFD alike, case and spacing folded,
 * diacritics removed including đ → d (NFD does not decompose đ).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2007\u202f\u2009\u200b]+/g;

/** The definition of `foldText`, one Unicode pass per step (slow on long columns of labels). */
function foldByDefinition(text: string): string {
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
    folded = /^[\s\u00a0\u2007\u202f\u2009\u200b]$/.test(ch) ? " " : foldByDefinition(ch);
    CHAR_FOLD.set(code, folded);
  }
  return folded;
}

/**
 * `  Huyện  QUỐC\nOai ` → `huyen quoc oai`. Punctuation is kept (see `wordKey`).
 * Same result as `foldByDefinition`, character by character: removing every
 * combining mark makes the decomposition of a text the concatenation of its
 * characters' decompositions.
 */
export function foldText(text: string): string {
  return foldCharacters(text, false);
}

/** Folded text with punctuation turned into spaces: `Kinh phí (triệu đồng)` → `kinh phi trieu dong`. */
export function wordKey(text: string): string {
  return foldCharacters(text, true);
}

/** True for the characters a word key keeps: a–z, 0–9 and `%`. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 37;
}

/**
 * Folded form of single BMP characters as one code: 0 not yet learnt, -1
 * folds to nothing, -2 folds to several characters (see `foldChar`), else the
 * folded character's code + 1.
 */
const FOLD_CODE = new Int32Array(0x10000);

function foldCode(code: number): number {
  let known = FOLD_CODE[code];
  if (known === 0) {
    const folded = foldChar(code);
    known = folded.length === 0 ? -1 : folded.length === 1 ? folded.charCodeAt(0) + 1 : -2;
    FOLD_CODE[code] = known;
  }
  return known;
}

/**
 * One pass over the text: each character folded, runs of spaces (and, for a
 * word key, of anything but a–z, 0–9 and `%`) made one space, ends trimmed.
 */
function foldCharacters(text: string, wordsOnly: boolean): string {
  // The folded text's character codes: the text is made once, at the end. Short texts (labels, one per
  // row) are folded into a reused array rather than a new one each.
  const codes: number[] = text.length <= SCRATCH_SIZE ? SCRATCH : new Array<number>(text.length);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded: number;
    let piece: string | null = null;
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) folded = 32;
      else folded = code >= 65 && code <= 90 ? code + 32 : code;
    } else if (code === 0x3a3) {
      // Σ lowercases by context (σ or final ς): fold the whole text by the definition.
      const whole = foldByDefinition(text);
      return wordsOnly ? whole.replace(/[^a-z0-9%]+/g, " ").trim() : whole;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      piece = foldByDefinition(text.slice(i, i + 2)) || "";
      i++;
      folded = -2;
    } else {
      folded = foldCode(code);
      if (folded === -1) continue;
      if (folded === -2) piece = foldChar(code);
      else folded -= 1;
    }
    if (piece === null) {
      if (folded === 32 || (wordsOnly && !isWordCode(folded))) {
        pendingSpace = n > 0;
        continue;
      }
      if (pendingSpace) {
        codes[n++] = 32;
        pendingSpace = false;
      }
      codes[n++] = folded;
      continue;
    }
    for (let k = 0; k < piece.length; k++) {
      const pieceCode = piece.charCodeAt(k);
      if (pieceCode === 32 || (wordsOnly && !isWordCode(pieceCode))) {
        pendingSpace = n > 0;
        continue;
      }
      if (pendingSpace) {
        codes[n++] = 32;
        pendingSpace = false;
      }
      codes[n++] = pieceCode;
    }
  }
  if (n === 0) return "";
  if (codes === SCRATCH) return fromScratch(n);
  if (codes.length !== n) codes.length = n;
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes);
  // Long texts in pieces: a call takes only so many arguments.
  let out = "";
  for (let at = 0; at < n; at += CHUNK) out += String.fromCharCode.apply(null, codes.slice(at, at + CHUNK));
  return out;
}

/** Character codes turned into text per call. */
const CHUNK = 4096;

/** Texts up to this length are folded in `SCRATCH`. */
const SCRATCH_SIZE = 64;
const SCRATCH: number[] = new Array<number>(SCRATCH_SIZE).fill(0);

/**
 * One kept array of each length up to `SCRATCH_SIZE`, filled from `SCRATCH` to
 * make a text: a fresh `slice` per text is young garbage (≈ 18 MB for the
 * 100 000 labels of a large sheet), which costs a scavenge more in the layout.
 */
const KEPT: number[][] = Array.from({ length: SCRATCH_SIZE + 1 }, (_, n) => new Array<number>(n).fill(0));

/**
 * The text of `SCRATCH[from, to)` (`from < to`), through the kept array of its
 * length; a fold longer than `SCRATCH_SIZE` (a letter folding to several, as
 * Hangul does, grows `SCRATCH`) through a copy.
 */
function keptText(from: number, to: number): string {
  if (to - from > SCRATCH_SIZE) return String.fromCharCode.apply(null, SCRATCH.slice(from, to));
  const codes = KEPT[to - from]!;
  for (let i = from; i < to; i++) codes[i - from] = SCRATCH[i]!;
  return String.fromCharCode.apply(null, codes);
}

/** The text of the first `n` codes of `SCRATCH`. */
function fromScratch(n: number): string {
  return n === 0 ? "" : keptText(0, n);
}

/**
 * Administrative prefixes, longest first: folded form, the form with its
 * diacritics, its length in words, and whether its spelling without
 * diacritics is the prefix in a label that carries diacritics elsewhere. A
 * label's leading words are a prefix when they fold to it and either carry
 * exactly these diacritics or none at all, so `Xà Hồ` is a name, not `Xã` +
 * `Hồ`, while `Xa Khánh Thượng` is a commune with its prefix typed bare. Not
 * so `quan`: a word many place names start with (`Quan Hóa`, `Quan Sơn`,
 * `Quan Lạn`), it is `Quận` only in a label written without any diacritics.
 */
const AREA_PREFIXES: ReadonlyArray<readonly [folded: string, written: string, words: 1 | 2, bareBesideDiacritics: boolean]> = [
  ["thanh pho", "thành phố", 2, true],
  ["thi xa", "thị xã", 2, true],
  ["thi tran", "thị trấn", 2, true],
  ["huyen", "huyện", 1, true],
  ["quan", "quận", 1, false],
  ["phuong", "phường", 1, true],
  ["xa", "xã", 1, true],
  ["tinh", "tỉnh", 1, true],
  ["tp", "tp", 1, true],
  ["tx", "tx", 1, true],
  ["tt", "tt", 1, true],
];

/** Prefixes (folded) that name a district's level, and a commune's: the written-out forms and their abbreviations (`H.`, `X.`). */
export const DISTRICT_PREFIXES: ReadonlySet<string> = new Set(["huyen", "quan", "thi xa", "thanh pho", "tp", "tx", "h", "q"]);
export const COMMUNE_PREFIXES: ReadonlySet<string> = new Set(["xa", "phuong", "thi tran", "tt", "x", "p"]);

/**
 * `X. Ba Trại`, `H.Ba Vì`, `P. Quang Trung`, `Q. Hoàn Kiếm`: Xã, Huyện,
 * Phường, Quận cut to a capital and a dot before a name (`TT.`, `TX.`, `TP.`
 * are prefixes of their own). The folded letter and where the name starts,
 * or null — also when the name carries a prefix of its own (`X. Huyện Ba Vì`
 * is the tenth group, in Roman numerals, not a commune).
 */
export function abbreviatedPrefix(label: string): { prefix: string; rest: number } | null {
  let i = 0;
  while (i < label.length && label.charCodeAt(i) <= 32) i++;
  const letter = label.charCodeAt(i);
  if ((letter !== 88 && letter !== 72 && letter !== 80 && letter !== 81) || label.charCodeAt(i + 1) !== 46) return null;
  let rest = i + 2;
  while (rest < label.length && label.charCodeAt(rest) <= 32) rest++;
  // A name follows, spelt with a capital: not a list mark (`X.`, `H. 1`) nor lower-case words.
  const first = label[rest];
  if (first === undefined || first === first.toLowerCase() || !/\p{L}/u.test(first)) return null;
  if (areaPartsFoldedOf(label.slice(rest)).prefix !== null) return null;
  return { prefix: String.fromCharCode(letter + 32), rest };
}

/** `areaPartsFolded` of a label with an abbreviated prefix (`X. Ba Trại`), or null for any other label. */
function abbreviatedParts(label: string): { prefix: string | null; key: string; folded: string } | null {
  const abbreviated = abbreviatedPrefix(label);
  if (abbreviated === null) return null;
  const key = areaPartsFoldedOf(label.slice(abbreviated.rest)).folded;
  return { prefix: abbreviated.prefix, key, folded: `${abbreviated.prefix} ${key}` };
}

/** True when a label's second character after leading spaces may be the dot of `X.`, `H.`, `P.`, `Q.` (one look, before any other work). */
function mayBeAbbreviated(label: string): boolean {
  const c = label.charCodeAt(0);
  return c <= 32 || ((c === 88 || c === 72 || c === 80 || c === 81) && label.charCodeAt(1) === 46);
}

/**
 * Letters that NFC leaves alone, lower-case to one letter and are `\p{L}`:
 * Latin-1 letters, Latin Extended-A (but `İ`, which lower-cases to two
 * characters), `Ơ ơ Ư ư` and Latin Extended Additional (`ạ … ỹ`), so every
 * Vietnamese letter, precomposed.
 */
function isPlainLetter(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0x17f && code !== 0xd7 && code !== 0xf7 && code !== 0x130) ||
    code === 0x1a0 || code === 0x1a1 || code === 0x1af || code === 0x1b0 ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/**
 * `labelWords` of a text made of ASCII and plain letters only (NFC leaves it
 * alone; a word is a run of letters, digits and `%`), without the Unicode
 * passes; null for any other text.
 */
function plainLabelWords(label: string, limit: number): string[] | null {
  const words: string[] = [];
  let count = 0;
  let start = -1;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    let word: boolean;
    if (code < 128) word = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 37;
    else if (isPlainLetter(code)) word = true;
    else return null;
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (count++ < limit) words.push(label.slice(start, i).toLowerCase());
      else words.push("");
      start = -1;
    }
  }
  if (start >= 0) words.push(count < limit ? label.slice(start).toLowerCase() : "");
  return words;
}

/** Lower-case NFC words of a label, punctuation as spaces (past the first `limit` words, maybe only counted: ""). */
function labelWords(label: string, limit = Number.POSITIVE_INFINITY): string[] {
  const plain = plainLabelWords(label, limit);
  if (plain !== null) return plain;
  return label
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 0);
}

/** Enough of a label's start to hold any prefix's words (the longest, `thành phố`, is 9 letters). */
const PREFIX_SPAN = 32;

/** Prefix and matching key of an area label in one pass: `areaPrefix` and `areaKey` together. */
export function areaParts(label: string): { prefix: string | null; key: string } {
  const { prefix, key } = areaPartsFolded(label);
  return { prefix, key };
}

/** Lower-case code of a plain letter (one character, see `isPlainLetter`), learnt on first sight; 0 not yet learnt. */
const LOWER_CODE = new Uint16Array(0x1f00);

function lowerPlain(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let lower = LOWER_CODE[code];
  if (lower === 0) {
    lower = String.fromCharCode(code).toLowerCase().charCodeAt(0);
    LOWER_CODE[code] = lower;
  }
  return lower;
}

/**
 * True when the lower-case words of `text` at [s0, e0) (and, for two words, a
 * space and [s1, e1)) spell `target`, đ read as d when `dAsD`.
 */
function headSpells(text: string, s0: number, e0: number, s1: number, e1: number, size: number, target: string, dAsD: boolean): boolean {
  const length = e0 - s0 + (size === 2 ? 1 + e1 - s1 : 0);
  if (length !== target.length) return false;
  let j = 0;
  for (let w = 0; w < size; w++) {
    if (w === 1 && target.charCodeAt(j++) !== 32) return false;
    const from = w === 0 ? s0 : s1;
    const to = w === 0 ? e0 : e1;
    for (let i = from; i < to; i++) {
      let code = lowerPlain(text.charCodeAt(i));
      if (dAsD && code === 0x111) code = 100;
      if (code !== target.charCodeAt(j++)) return false;
    }
  }
  return true;
}

/**
 * The prefix `areaPartsFolded` finds from the first `end` characters of a
 * label's start when they are ASCII and plain letters (what `plainLabelWords`
 * reads), without making the words into strings: the prefix, null for none,
 * or undefined for any other text (then read by `labelWords`).
 */
function plainPrefix(text: string, end: number, key: string, undiacritised: boolean): string | null | undefined {
  let count = 0;
  let start = -1;
  let s0 = -1;
  let e0 = -1;
  let s1 = -1;
  let e1 = -1;
  for (let i = 0; i <= end; i++) {
    let word = false;
    if (i < end) {
      const code = text.charCodeAt(i);
      if (code < 128) word = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 37;
      else if (isPlainLetter(code)) word = true;
      else return undefined;
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (count === 0) {
        s0 = start;
        e0 = i;
      } else if (count === 1) {
        s1 = start;
        e1 = i;
      }
      count++;
      start = -1;
    }
  }
  if (count < 2) return null;
  for (let p = 0; p < AREA_PREFIXES.length; p++) {
    const entry = AREA_PREFIXES[p];
    const prefix = entry[0];
    const size = entry[2];
    if (count <= size || !key.startsWith(prefix) || key.charCodeAt(prefix.length) !== 32) continue;
    if (headSpells(text, s0, e0, s1, e1, size, entry[1], false) || ((undiacritised || entry[3]) && headSpells(text, s0, e0, s1, e1, size, prefix, true))) return prefix;
  }
  return null;
}

/** True when the text holds no letter beyond ASCII and no combining mark: written without diacritics (NFC or NFD alike). */
function withoutDiacritics(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 && (isPlainLetter(code) || (code >= 0x300 && code <= 0x36f) || /\p{L}/u.test(text[i]))) return false;
  }
  return true;
}

/** True when the word key starts with a prefix's words and a space: the one case a label can carry a prefix. */
function mayHavePrefix(key: string): boolean {
  // Every prefix starts with h, p, q, t or x: most keys are told apart by their first letter.
  const first = key.charCodeAt(0);
  if (first !== 104 && first !== 112 && first !== 113 && first !== 116 && first !== 120) return false;
  for (let p = 0; p < AREA_PREFIXES.length; p++) {
    const prefix = AREA_PREFIXES[p][0];
    if (key.startsWith(prefix) && key.charCodeAt(prefix.length) === 32) return true;
  }
  return false;
}

/** `areaParts` and the label's whole word key (`folded`: the prefix kept), folding the label once. */
export function areaPartsFolded(label: string): { prefix: string | null; key: string; folded: string } {
  return (mayBeAbbreviated(label) ? abbreviatedParts(label) : null) ?? areaPartsFoldedOf(label);
}

/** `areaPartsFolded` for written-out prefixes only. */
function areaPartsFoldedOf(label: string): { prefix: string | null; key: string; folded: string } {
  const plain = plainAreaParts(label);
  if (plain !== null) return plain;
  const folded = wordKey(label);
  const prefix = prefixOfFolded(label, folded);
  return { prefix, key: prefix === null ? folded : folded.slice(prefix.length + 1), folded };
}

/** True for ASCII white space, the only white space a text of ASCII and plain letters holds. */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** True for what `plainPrefix` reads as part of a word in such a text: ASCII letters, digits, `%` and plain letters. */
function isPlainWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 37;
  return true;
}

/** The text of `SCRATCH[from, to)`. */
function scratchText(from: number, to: number): string {
  return from === to ? "" : keptText(from, to);
}

/** The prefix the last `foldPlainLabel` found (null for none). */
let plainPrefixFound: string | null = null;
/** Whether the last label `foldPlainLabel` read is tidy: no white space at its ends, none but single spaces inside. */
let plainTidy = false;

/**
 * `areaPartsFolded` over a label made of ASCII and plain letters only (every
 * precomposed Vietnamese label), at most `SCRATCH_SIZE` long: the label
 * folded into `SCRATCH` (as `foldCharacters` does) in one pass, then — only
 * when the folded text may open with a prefix — its first words found (as
 * `plainPrefix` does) and the prefix compared on the codes, into
 * `plainPrefixFound`. Returns the folded length, or -1 for any other label
 * (then read the usual way).
 */
function foldPlainLabel(label: string): number {
  const length = label.length;
  if (length > SCRATCH_SIZE) return -1;
  let first = 0;
  while (first < length && isAsciiSpace(label.charCodeAt(first))) first++;
  let n = 0;
  let pendingSpace = false;
  let tidy = first === 0;
  let previousSpace = false;
  let plainAscii = true;
  for (let i = first; i < length; i++) {
    const code = label.charCodeAt(i);
    let folded: number;
    if (code < 128) {
      if (code === 32) {
        if (previousSpace) tidy = false;
        previousSpace = true;
        pendingSpace = n > 0;
        continue;
      }
      previousSpace = false;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 37) folded = code;
      else if (code >= 65 && code <= 90) folded = code + 32;
      else {
        // Punctuation, and white space but the plain space (never tidy).
        if (code >= 9 && code <= 13) tidy = false;
        pendingSpace = n > 0;
        continue;
      }
    } else if (isPlainLetter(code)) {
      previousSpace = false;
      plainAscii = false;
      folded = foldCode(code);
      if (folded === -2) return -1;
      if (folded === -1) continue;
      folded -= 1;
      if (!isWordCode(folded)) {
        pendingSpace = n > 0;
        continue;
      }
    } else return -1;
    if (pendingSpace) {
      SCRATCH[n++] = 32;
      pendingSpace = false;
    }
    SCRATCH[n++] = folded;
  }
  plainTidy = tidy && !previousSpace;
  plainPrefixFound = null;
  // A prefix, its space and a word after it: every prefix starts with h, p, q, t or x.
  const head = SCRATCH[0];
  if (n < 3 || (head !== 104 && head !== 112 && head !== 113 && head !== 116 && head !== 120)) return n;
  findPlainPrefix(label, first, first + Math.min(length - first, PREFIX_SPAN), n, plainAscii);
  return n;
}

/**
 * The prefix of a label `foldPlainLabel` has folded into `SCRATCH[0, n)`, into
 * `plainPrefixFound`: the words of `label[first, span)` (the first
 * `PREFIX_SPAN` characters from its trimmed start, as `prefixOfFolded` reads
 * them), at most three of them counted, and the prefix compared on the codes.
 */
function findPlainPrefix(label: string, first: number, span: number, n: number, plainAscii: boolean): void {
  let count = 0;
  let start = -1;
  let s0 = -1;
  let e0 = -1;
  let s1 = -1;
  let e1 = -1;
  for (let i = first; i < span; i++) {
    if (isPlainWordCode(label.charCodeAt(i))) {
      if (start >= 0) continue;
      if (count === 2) {
        // A third word: no prefix has more than two, so the count needs to go no further.
        count = 3;
        break;
      }
      start = i;
    } else if (start >= 0) {
      if (count === 0) {
        s0 = start;
        e0 = i;
      } else {
        s1 = start;
        e1 = i;
      }
      count++;
      start = -1;
    }
  }
  if (start >= 0 && count < 3) {
    // The last word read ends at the span's end.
    if (count === 0) {
      s0 = start;
      e0 = span;
    } else {
      s1 = start;
      e1 = span;
    }
    count++;
  }
  if (count < 2) return;
  for (let p = 0; p < AREA_PREFIXES.length; p++) {
    const entry = AREA_PREFIXES[p];
    const prefix = entry[0];
    const size = entry[2];
    if (count <= size || n <= prefix.length || SCRATCH[prefix.length] !== 32 || !scratchStartsWith(prefix)) continue;
    if (headSpells(label, s0, e0, s1, e1, size, entry[1], false) || ((plainAscii || entry[3]) && headSpells(label, s0, e0, s1, e1, size, prefix, true))) {
      plainPrefixFound = prefix;
      return;
    }
  }
}

/** `areaPartsFolded` of a label `foldPlainLabel` reads, or null. */
function plainAreaParts(label: string): { prefix: string | null; key: string; folded: string } | null {
  const n = foldPlainLabel(label);
  if (n < 0) return null;
  const prefix = plainPrefixFound;
  const folded = scratchText(0, n);
  return { prefix, key: prefix === null ? folded : scratchText(prefix.length + 1, n), folded };
}

/** An area label's prefix and matching key, as `areaParts` gives them; filled in by `plainAreaKey`. */
export interface AreaKeyParts {
  prefix: string | null;
  key: string;
  /** The label has no white space to tidy: none at its ends, none but single plain spaces inside. */
  tidy: boolean;
}

/**
 * `areaParts(label)` into `out`, without making the label's whole word key,
 * for a label of ASCII and plain letters only (every precomposed Vietnamese
 * label) of at most 64 characters; false (and `out` untouched) for any other.
 */
export function plainAreaKey(label: string, out: AreaKeyParts): boolean {
  const n = foldPlainLabel(label);
  if (n < 0) return false;
  const abbreviated = mayBeAbbreviated(label) ? abbreviatedParts(label) : null;
  if (abbreviated !== null) {
    out.tidy = plainTidy;
    out.prefix = abbreviated.prefix;
    out.key = abbreviated.key;
    return true;
  }
  const prefix = plainPrefixFound;
  out.tidy = plainTidy;
  out.prefix = prefix;
  out.key = scratchText(prefix === null ? 0 : prefix.length + 1, n);
  return true;
}

/** True when `SCRATCH` starts with the codes of `text`. */
function scratchStartsWith(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (SCRATCH[i] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * The administrative prefix of a label whose word key is `key` (`wordKey(label)`),
 * folded, or null; the label's matching key is `key` without it and its space.
 * No object made: this runs for every area label.
 */
export function prefixOfFolded(label: string, key: string): string | null {
  if (mayBeAbbreviated(label)) {
    const abbreviated = abbreviatedPrefix(label);
    if (abbreviated !== null) return abbreviated.prefix;
  }
  if (!mayHavePrefix(key)) return null;
  // Only the first two words can hold a prefix: read just the label's start.
  const start = label.trimStart();
  // `Quan` for `Quận` only in a label written without any diacritics (`Quan Sơn` is a name; see `AREA_PREFIXES`).
  const undiacritised = withoutDiacritics(start);
  const plain = plainPrefix(start, Math.min(start.length, PREFIX_SPAN), key, undiacritised);
  if (plain !== undefined) return plain;
  // A prefix has at most two words and needs a word after it: the first two words, and how many there are.
  const words = labelWords(start.length > PREFIX_SPAN ? start.slice(0, PREFIX_SPAN) : start, 2);
  if (words.length >= 2) {
    for (let p = 0; p < AREA_PREFIXES.length; p++) {
      const entry = AREA_PREFIXES[p];
      const prefix = entry[0];
      const written = entry[1];
      const size = entry[2];
      // The key's first words must be the prefix's, folded (they are dropped from it).
      if (words.length <= size || !key.startsWith(prefix) || key.charCodeAt(prefix.length) !== 32) continue;
      // The label's own words carry the prefix's diacritics or none (then they fold to it too).
      const head = size === 1 ? words[0] : `${words[0]} ${words[1]}`;
      if (head === written || ((undiacritised || entry[3]) && head === prefix)) return prefix;
    }
  }
  return null;
}

/** The leading administrative prefix of a label, folded (`huyen`, `xa`, …), or null. */
export function areaPrefix(label: string): string | null {
  return areaParts(label).prefix;
}

/**
 * Matching key of an area name: `huyện Quốc Oai`, `Quoc Oai`, `QUỐC OAI`
 * (NFC or NFD) all give `quoc oai`. A prefix is removed only when a name
 * follows it.
 */
export function areaKey(label: string): string {
  return areaParts(label).key;
}
