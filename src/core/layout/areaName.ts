/**
 * The area's name inside a label that says more: a bracketed note after it
 * (`Xã Tân Lập (xã khu vực III)`), the district it lies in after it (`Xã Ba
 * Trại, huyện Ba Vì`), or the body that carries the work out in
 * front of it (`UBND huyện Ba Vì`, `Hội LHPN xã Ba Trại`, `Phòng LĐTBXH
 * huyện Mỹ Đức`). The name is what the area is matched and levelled by.
 */
import { wordKey } from "../text/fold";

/** Administrative prefixes (folded) that an organisation's name must be followed by, then a name. */
const ADMIN = "(?:huyen|quan|thi xa|thanh pho|tp|tx|xa|phuong|thi tran|tt)";

/**
 * An organisation's name in front of an administrative prefix (folded words).
 * Names of a fixed length first; `Phòng …`, `Trung tâm …`, `Ban …` take every
 * word up to the last prefix that a name follows.
 */
const ORGANISATION = new RegExp(
  "^(?:ubnd|uy ban nhan dan|ubmttq|mttq|uy ban mttq|uy ban mat tran to quoc|mat tran to quoc|" +
    "hoi lhpn|hoi lien hiep phu nu|hoi phu nu|hoi nong dan|hoi cuu chien binh|hoi ccb|chi hoi phu nu|" +
    "dang uy|huyen uy|doan thanh nien|huyen doan|cong an|" +
    // Greedy, so that `Phòng Lao động - Thương binh và Xã hội huyện …` reads to `huyện`, never ending on
    // the first word of a two-word prefix (`Phòng Y tế thị xã Sơn Tây` keeps `Thị xã`).
    "(?:phong|trung tam|ban|so|chi cuc)(?: [a-z0-9]+)+(?<! thi| thanh))" +
    // `Xã hội` (social) ending the name or before the level it serves (`… Công tác xã hội tỉnh`) is no commune's prefix.
    ` (?=${ADMIN} [a-z0-9])(?!xa hoi(?: (?:tinh|thanh pho|tp|huyen|quan|thi xa|tx)(?: |$)|$))`,
);

/** Folded first words that may open an organisation's name (told apart before any regular expression). */
const OPENERS = ["ubnd ", "uy ban ", "ubmttq ", "mttq ", "mat tran ", "hoi ", "chi hoi ", "dang uy ", "huyen uy ", "doan ", "huyen doan ", "cong an ", "phong ", "trung tam ", "ban ", "so ", "chi cuc "];

/** True when a folded label may open with an organisation's name (a few `startsWith`, no regular expression). */
export function mayOpenWithOrganisation(folded: string): boolean {
  const first = folded.charCodeAt(0);
  // u, m, h, c, d, p, t, b, s
  if (first !== 117 && first !== 109 && first !== 104 && first !== 99 && first !== 100 && first !== 112 && first !== 116 && first !== 98 && first !== 115) return false;
  for (const opener of OPENERS) if (folded.startsWith(opener)) return true;
  return false;
}

/**
 * True when the label holds a bracket, or a comma or a dash after some text
 * that a district's word may follow (`Xã A, huyện B`, `Xã A - H. B`): a note
 * or the district may follow the name. Not the list mark in front of a name
 * (`- Xã A`), nor a dash inside a number or a name (`Tân Lập 12-3`).
 */
export function mayHoldNote(label: string): boolean {
  // One pass over the label: it is read for every row of a large sheet.
  let textBefore = false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 40 || c === 91) return true; // ( [
    if (textBefore && (c === 44 || c === 45 || c === 0x2013)) {
      // , - –: then spaces, then h, q or t (where `DISTRICT_AFTER` may match).
      let next = i + 1;
      while (next < label.length && label.charCodeAt(next) <= 32) next++;
      const initial = label.charCodeAt(next) | 32;
      if (initial === 104 || initial === 113 || initial === 116) return true;
      // ` - ` then a capital: a bare district's name may follow (`Xã A - Ba Vì`).
      if (c !== 44 && next > i + 1 && label.charCodeAt(i - 1) <= 32 && isCapital(label, next)) return true;
    }
    if (c > 32) textBefore = true;
  }
  return false;
}

/** True when the character at `i` is a capital letter (`B`, `Đ`, `Ư`). */
function isCapital(label: string, i: number): boolean {
  if (i >= label.length) return false;
  const c = label.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = label[i];
  return ch !== ch.toLowerCase();
}

/**
 * ` - Ba Vì` after a commune's name: a district's bare name (one to four
 * capitalised words, no digit) after a spaced dash. Only read so after a
 * commune's prefix (`Xã A - Ba Vì`, `Phường B – Sơn Tây`), where a name
 * of its own never holds a spaced dash; a note in lower case (`- khu vực
 * III`) or with a number stays part of the label.
 */
const BARE_DISTRICT_AFTER = /\s+[-\u2013\u2014]\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}\s*$/u;
const COMMUNE_OPENING = /^(?:xa|phuong|thi tran|tt|x|p) [a-z]/;

/** `, huyện Ba Vì`, ` - H. Ba Vì` after a name: the district it lies in (NFC, diacritics optional). */
const DISTRICT_AFTER = /\s*[,\-\u2013\u2014]\s*(?:huy[eệ]n|qu[aậ]n|th[iị] x[aã]|th[aà]nh ph[oố]|tp\.?|tx\.?|h\.)\s*\p{L}.*$/iu;

/** The label without the district named after it: `Xã Ba Trại, huyện Ba Vì` → `Xã Ba Trại`. */
function withoutDistrictAfter(label: string): string {
  const nfc = label.normalize("NFC");
  const match = DISTRICT_AFTER.exec(nfc) ?? (COMMUNE_OPENING.test(wordKey(nfc)) ? BARE_DISTRICT_AFTER.exec(nfc) : null);
  if (match === null || match.index === 0) return label;
  const head = nfc.slice(0, match.index).trim();
  return /\p{L}/u.test(head) ? head : label;
}

/** The label without its bracketed notes: `Xã Tân Lập (xã khu vực III)` → `Xã Tân Lập`; a bracket left open runs to the end. */
function withoutNote(label: string): string {
  const open = label.search(/[([]/);
  if (open <= 0) return label;
  // A bracket right after a single word (`=SUM(1,2)`, `A(1)`) is no note after a name.
  const before = label.slice(0, open);
  if (!/\s/.test(before.trim()) && !/\s$/.test(before)) return label;
  const rest = label.replace(/\([^()]*\)|\[[^[\]]*\]/g, " ").replace(/[([].*$/s, "");
  const head = rest.replace(/\s+/g, " ").trim();
  // A label that is only a note, or a name left with no letter, stays whole.
  return /\p{L}/u.test(head) ? head : label;
}

/** Drops the first `count` words (runs of letters, digits and `%`, as in a word key) of an NFC label. */
function dropWords(label: string, count: number): string {
  const match = new RegExp(`^[^\\p{L}\\p{N}%]*(?:[\\p{L}\\p{M}\\p{N}%]+[^\\p{L}\\p{M}\\p{N}%]+){${count}}`, "u").exec(label);
  return match === null ? label : label.slice(match[0].length).trim();
}

/**
 * The area's name inside the label (`label` itself when it says nothing
 * more): its bracketed note and the organisation in front of it removed.
 */
export function areaNameOf(label: string): string {
  let name = mayHoldNote(label) ? withoutDistrictAfter(withoutNote(label)) : label;
  const folded = wordKey(name);
  if (mayOpenWithOrganisation(folded)) {
    const match = ORGANISATION.exec(folded);
    if (match !== null) {
      const rest = dropWords(name.normalize("NFC"), match[0].trim().split(" ").length);
      // Kept only when its words are the ones after the organisation's name: a letter the word key
      // leaves out (`cþXã`) splits one label word in two there and would drop one word too many.
      if (wordKey(rest) === folded.slice(match[0].length)) name = rest;
    }
  }
  return name;
}
