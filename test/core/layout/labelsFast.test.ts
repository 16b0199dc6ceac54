import fc from "fast-check";
import { isTotalLabel, labelFacts, stripNumbering } from "../../../src/core/layout/labels";
import { areaNameOf } from "../../../src/core/layout/areaName";
import { areaPartsFolded, areaPrefix, wordKey } from "../../../src/core/text/fold";

/** `stripNumbering` by its definition: the regular expression tried on every label. */
function stripNumberingReference(label: string): string {
  return label.replace(/^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/-]\s+/i, "").trim();
}

const TOTAL_EXACT = new Set(["tong", "cong", "tong cong", "tong so", "total", "grand total", "sum", "cong toan thanh pho", "cong chung", "tong chung", "tong hop"]);
const TOTAL_START = /^(tong cong|tong so|toan thanh pho|toan tinh|toan quan|toan thi xa|toan huyen|toan xa|toan phuong|toan thi tran|toan tp|(?:cong|tong so|tong) toan (?:tinh|thanh pho|tp)|grand total)\b/;

/** `H. Ba Vì` → `Huyện Ba Vì` (also `Q.`, `X.`, `P.`) by its definition, unless a prefixed name follows. */
function expandReference(label: string): string {
  const match = /^\s*([HQXP])\s*\.\s*(?=\p{Lu})/u.exec(label);
  if (match === null) return label;
  const rest = label.slice(match[0].length);
  if (areaPrefix(rest) !== null) return label;
  return `${({ H: "Huyện", Q: "Quận", X: "Xã", P: "Phường" } as Record<string, string>)[match[1]]} ${rest}`;
}

/** `labelFacts` by its definition: the total words tested by the regular expression on every label. */
function labelFactsReference(written: string) {
  const label = expandReference(written);
  const numbered = stripNumberingReference(label);
  const stripped = areaNameOf(numbered);
  const { prefix, key, folded } = areaPartsFolded(stripped);
  const district = new Set(["huyen", "quan", "thi xa", "thanh pho", "tp", "tx"]);
  const commune = new Set(["xa", "phuong", "thi tran", "tt"]);
  const roman = /^\s*([IVXLC]+)\s*[.)/-]\s*\S/.exec(label);
  return {
    key,
    folded,
    total: TOTAL_EXACT.has(folded) || TOTAL_START.test(folded),
    level: prefix === null ? null : district.has(prefix) ? "district" : commune.has(prefix) ? "commune" : null,
    romanPrefix:
      numbered.length !== label.trim().length &&
      roman !== null &&
      /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i.test(roman[1]),
  };
}

/** Numbering marks, the white space `\s` knows (and some it does not), letters that fold or case-fold near ASCII. */
const PIECES = [
  ..."IVXLCivxlc0123456789.)/-(: ,;abzAZđĐăâêôơưHQP",
  "\u00a0", "\u2007", "\u202f", "\u3000", "\ufeff", "\u2028", "\u0085", "\u200b", "\t", "\n",
  "ı", "ſ", "K", "İ", "ß", "Tổng cộng", "Toàn tỉnh", "Huyện ", "Xã ", "II", "1.2", "a)", "Cộng", "Grand total", "TỔNG SỐ",
];
const label = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(""));

test("stripNumbering (the regular expression only where it can match) agrees with its definition", () => {
  fc.assert(
    fc.property(label, (text) => {
      expect(stripNumbering(text)).toBe(stripNumberingReference(text));
    }),
    { numRuns: 5000 },
  );
});

test("labelFacts and isTotalLabel (total words ruled out by the first letter) agree with their definitions", () => {
  fc.assert(
    fc.property(label, (text) => {
      expect(labelFacts(text)).toEqual(labelFactsReference(text));
      const key = wordKey(areaNameOf(stripNumberingReference(text)));
      expect(isTotalLabel(text)).toBe(TOTAL_EXACT.has(key) || TOTAL_START.test(key));
    }),
    { numRuns: 5000 },
  );
});

test.each([
  ["I. Huyện Ba Vì", "Huyện Ba Vì"],
  ["  1.2) xã A", "xã A"],
  ["\u00a0II - Chỉ tiêu", "Chỉ tiêu"],
  ["đ) Xã B", "Xã B"],
  ["Xã Tân Lập 1-2", "Xã Tân Lập 1-2"],
  ["1 - 2", "2"],
  ["A.B. x", "A.B. x"],
])("stripNumbering(%j) is %j", (text, expected) => {
  expect(stripNumbering(text)).toBe(expected);
  expect(stripNumberingReference(text)).toBe(expected);
});
