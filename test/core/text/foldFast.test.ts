import fc from "fast-check";
import { areaKey, areaParts, areaPartsReference, areaPrefix, foldText, foldTextReference } from "../../../src/core/text/fold";

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

describe("areaParts", () => {
  test("gives areaPrefix and areaKey in one pass", () => {
    const labels = [
      "Xã Xà Hồ", "Xà Hồ", "xa ho", "Thành phố Điện Biên Phủ", "Thanh pho Dien Bien Phu", "THỊ XÃ Sơn Tây", "Huyện", "Xã",
      "Phường 1", "TP. Lào Cai", "tt Phong Thổ", "Thị trấn", "Quận Ba Đình", "Tỉnh Lào Cai", "Ba Vì", "thi xa Son Tay".normalize("NFD"),
      "Xã\u0301 A", "Huyện Quốc Oai".normalize("NFD"),
    ];
    for (const label of labels) {
      expect([label, areaParts(label)]).toEqual([label, { prefix: areaPrefix(label), key: areaKey(label) }]);
      expect([label, areaParts(label)]).toEqual([label, areaPartsReference(label)]);
    }
  });

  test("the fast prefix split agrees with its definition on random labels", () => {
    const starts = ["Xã", "xa", "Xà", "Thị xã", "Thi xa", "thị trấn", "Thành phố", "TP.", "Huyện", "huyen", "Quận", "Phường", "Tỉnh", "tt", "tx", "", "Ba"];
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
