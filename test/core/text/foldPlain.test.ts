import fc from "fast-check";
import { areaParts, areaPartsFolded, foldText, wordKey } from "../../../src/core/text/fold";
import { foldTextReference } from "./foldReference";


const PREFIXES: ReadonlyArray<readonly [folded: string, written: string, words: 1 | 2]> = [
  ["thanh pho", "thành phố", 2], ["thi xa", "thị xã", 2], ["thi tran", "thị trấn", 2], ["huyen", "huyện", 1], ["quan", "quận", 1],
  ["phuong", "phường", 1], ["xa", "xã", 1], ["tinh", "tỉnh", 1], ["tp", "tp", 1], ["tx", "tx", 1], ["tt", "tt", 1],
];

/** areaParts as it was before its fast paths: the label's start split into words by the Unicode passes, always. */
function areaPartsReference(label: string): { prefix: string | null; key: string } {
  const key = wordKey(label);
  const start = label.trimStart();
  const words = (start.length > 32 ? start.slice(0, 32) : start)
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 0);
  if (words.length >= 2) {
    const heads = [words[0], `${words[0]} ${words[1]}`];
    for (const [prefix, written, size] of PREFIXES) {
      if (words.length <= size || foldTextReference(heads[size - 1]) !== prefix) continue;
      const head = heads[size - 1];
      // `quan` without its diacritics is `Quận` only in a label written without any (no letter beyond ASCII, no mark).
      const undiacritised = prefix !== "quan" || /^\p{ASCII}*$/u.test(label.replace(/[^\p{L}\p{M}]/gu, ""));
      if ((head === written || (undiacritised && head === prefix)) && key.startsWith(`${prefix} `)) {
        return { prefix, key: key.slice(prefix.length + 1) };
      }
    }
  }
  return { prefix: null, key };
}

/** Every letter the plain path takes, its neighbours it must refuse, and what else labels hold. */
const LATIN = Array.from({ length: 0x250 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i));
const EXTENDED = Array.from({ length: 0x100 }, (_, i) => String.fromCharCode(0x1e00 + i));
const OTHERS = [..." .,-()/%0123456789", "\u0301", "\u0303", "\u00a0", "İ", "ß", "ª", "µ", "Ω", "Å", "😀", "\u200b"];
const STARTS = ["Xã", "xã", "XÃ", "Xà", "Quan", "Thị xã", "thị trấn", "Thành phố", "TP.", "Huyện", "huyen", "Quận", "Phường", "Tỉnh", "tt", "tx", ""];

const label = fc
  .tuple(
    fc.constantFrom(...STARTS),
    fc.array(fc.constantFrom(...LATIN, ...EXTENDED, ...OTHERS, ..."aăâbcdđeêghiklmnoôơpqrstuưvxy", " ", " "), { maxLength: 30 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([start, rest, upper, decompose]) => {
    let text = `${start} ${rest.join("")}`;
    if (upper) text = text.toUpperCase();
    return decompose ? text.normalize("NFD") : text;
  });

test("areaParts (plain letters read without the Unicode passes) agrees with its definition on random labels", () => {
  fc.assert(
    fc.property(label, (text) => {
      expect(areaParts(text)).toEqual(areaPartsReference(text));
    }),
    { numRuns: 3000 },
  );
});

test("areaPartsFolded gives areaParts and the label's whole word key", () => {
  fc.assert(
    fc.property(label, (text) => {
      expect(areaPartsFolded(text)).toEqual({ ...areaParts(text), folded: wordKey(text) });
    }),
    { numRuns: 1000 },
  );
});

test("long texts fold in one piece, as their definition", () => {
  const text = "  Huyện  QUỐC\nOai, xã Đông ".repeat(3000);
  expect(foldText(text)).toBe(foldTextReference(text));
  expect(wordKey(text)).toBe(foldTextReference(text).replace(/[^a-z0-9%]+/g, " ").trim());
});
