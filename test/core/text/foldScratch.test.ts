/**
 * Short texts are folded in one reused array (and made into text from one
 * array per length): texts of every length around that array's size, with
 * characters that fold to several (Hangul syllables) or to none (combining
 * marks), fold as their definition, one after another in any order.
 */
import fc from "fast-check";
import { foldText, wordKey } from "../../../src/core/text/fold";
import { foldTextReference } from "./foldReference";

const CHARS = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐỆỮ0123456789%.,-() ", "\u0301", "\u0323", "\u00a0", "한", "국", "ß", "İ", "ﬁ", "😀", "\t"];

test.each([0, 1, 2, 31, 32, 33, 63, 64, 65, 66, 100, 200])("texts of %i characters fold as their definition", (length) => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...CHARS), { minLength: length, maxLength: length }), (picked) => {
      const text = picked.join("").slice(0, Math.max(length, 0));
      expect(foldText(text)).toBe(foldTextReference(text));
      expect(wordKey(text)).toBe(foldTextReference(text).replace(/[^a-z0-9%]+/g, " ").trim());
    }),
    { numRuns: 300 },
  );
});

test("a text whose fold is longer than the reused array (Hangul letters) folds whole", () => {
  const text = "한".repeat(60);
  expect(foldText(text)).toBe(foldTextReference(text));
  expect(foldText(text).length).toBeGreaterThan(64);
  // The texts after it are not touched by what it left in the array.
  expect(foldText("Xã Ba Trại")).toBe("xa ba trai");
  expect(wordKey("Huyện (A)")).toBe("huyen a");
});

test("texts of random lengths one after another fold as their definition", () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.constantFrom(...CHARS), { maxLength: 90 }), { maxLength: 20 }), (texts) => {
      for (const picked of texts) {
        const text = picked.join("");
        expect(foldText(text)).toBe(foldTextReference(text));
      }
    }),
    { numRuns: 300 },
  );
});
