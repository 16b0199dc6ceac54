import fc from "fast-check";
import { areaKey, areaParts, areaPrefix, foldText, wordKey } from "../../../src/core/text/fold";
import { foldTextReference } from "./foldReference";


const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ["thanh pho", "thành phố"], ["thi xa", "thị xã"], ["thi tran", "thị trấn"], ["huyen", "huyện"], ["quan", "quận"],
  ["phuong", "phường"], ["xa", "xã"], ["tinh", "tỉnh"], ["tp", "tp"], ["tx", "tx"], ["tt", "tt"],
];

/** The definition of area parts, word by word: a prefix's head folds to it and has its diacritics or none. */
function areaPartsReference(label: string): { prefix: string | null; key: string } {
  // `X. Ba Trại`, `H.Ba Vì`: a capital X, H, P or Q and a dot before a capitalised name without a prefix of its own.
  const abbreviated = /^\s*([XHPQ])\.\s*(\p{Lu}.*)$/su.exec(label);
  if (abbreviated !== null && areaPartsReference(abbreviated[2]).prefix === null) return { prefix: abbreviated[1].toLowerCase(), key: wordKey(abbreviated[2]) };
  const words = label.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, " ").trim().split(" ").filter(Boolean);
  for (const [folded, written] of PREFIXES) {
    const size = folded.split(" ").length;
    if (words.length <= size) continue;
    const head = words.slice(0, size).join(" ");
    if (foldTextReference(head) !== folded) continue;
    // Without its diacritics, a prefix (`quan` only in a label written without any).
    if (head === written || (foldTextReference(head) === head && (folded !== "quan" || /^\p{ASCII}*$/u.test(label.replace(/[^\p{L}\p{M}]/gu, ""))))) {
      return { prefix: folded, key: wordKey(words.slice(size).join(" ")) };
    }
  }
  return { prefix: null, key: wordKey(label) };
}

const VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
const OTHERS = " \t\n\u00a0\u2007\u202f\u2009\u200b.,:;()/-%0123456789İßΣ\u0301\u0300\u0303😀";

describe("foldText (fast) gives what its definition gives", () => {
  test.each([
    "  Huyện  QUỐC\nOai ",
    "Quốc Oai".normalize("NFD"),
    "ĐVT: triệu đồng",
    "\u200bXã\u00a0Đông   Xuân\u200b",
    "Kinh phí\n(tr.đ)",
    "",
    "   ",
  ])("%j", (text) => {
    expect(foldText(text)).toBe(foldTextReference(text));
  });

  test("on random Vietnamese text, NFC or NFD", () => {
    const chars = [...VIETNAMESE, ...OTHERS];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chars), { maxLength: 40 }),
        fc.boolean(),
        (picked, decompose) => {
          const text = decompose ? picked.join("").normalize("NFD") : picked.join("");
          expect(foldText(text)).toBe(foldTextReference(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});

test("wordKey (one pass) gives the fold with punctuation made spaces, on random text", () => {
  const chars = [...VIETNAMESE, ...OTHERS, "(", ")", "“", "”", "–", "_", "ﬁ"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), fc.boolean(), (picked, decompose) => {
      const text = decompose ? picked.join("").normalize("NFD") : picked.join("");
      expect(wordKey(text)).toBe(foldTextReference(text).replace(/[^a-z0-9%]+/g, " ").trim());
    }),
    { numRuns: 1000 },
  );
});

describe("areaParts", () => {
  test("gives areaPrefix and areaKey in one pass", () => {
    const labels = [
      "Xã Xà Hồ", "Xà Hồ", "xa ho", "Thành phố Điện Biên Phủ", "Thanh pho Dien Bien Phu", "THỊ XÃ Sơn Tây", "Huyện", "Xã",
      "Phường 1", "TP. Lào Cai", "tt Phong Thổ", "Thị trấn", "Quận Ba Đình", "Tỉnh Lào Cai", "Ba Vì", "X. Ba Trại", "H.Ba Vì", " P. Quang Trung", "Q. Hoàn Kiếm", "X. Huyện Mỹ Đức", "X. 1", "x. Ba Trại", "X.", "TT. Tây Đằng", "thi xa Son Tay".normalize("NFD"),
      "Xã\u0301 A", "Huyện Quốc Oai".normalize("NFD"),
      `Xã ${"Đông".repeat(20)}`, `   Thành    phố ${"Điện Biên ".repeat(8)}`.normalize("NFD"), `${"Xà".repeat(20)} Hồ`,
    ];
    for (const label of labels) {
      expect([label, areaParts(label)]).toEqual([label, { prefix: areaPrefix(label), key: areaKey(label) }]);
      expect([label, areaParts(label)]).toEqual([label, areaPartsReference(label)]);
    }
  });

  test("the fast prefix split agrees with its definition on random labels", () => {
    const starts = ["Xã", "xa", "Xà", "Quan", "quan", "Thị xã", "Thi xa", "thị trấn", "Thành phố", "TP.", "Huyện", "huyen", "Quận", "Phường", "Tỉnh", "tt", "tx", "", "Ba", "X.", "H.", "P.", "Q.", "x.", "X. Huyện"];
    const names = ["Hồ", "Ba Vì", "Quốc Oai", "Đông Xuân", "1", "A Mú Sung"];
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.constantFrom(...names), fc.boolean(), fc.boolean(), (start, name, upper, decompose) => {
        let label = `${start} ${name}`;
        if (upper) label = label.toUpperCase();
        if (decompose) label = label.normalize("NFD");
        expect(areaParts(label)).toEqual(areaPartsReference(label));
      }),
      { numRuns: 400 },
    );
  });
});
