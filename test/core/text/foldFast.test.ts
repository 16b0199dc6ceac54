import fc from "fast-check";
import { foldText, foldTextReference } from "../../../src/core/text/fold";

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
