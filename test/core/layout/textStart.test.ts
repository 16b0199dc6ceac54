/**
 * `textStart` reads a label's first letter off the cell, without tidying its
 * text: it gives what `cellText` and then the first character above 32 give
 * (-1 for a blank text, 0 for one of spaces and control characters only),
 * on texts of every kind of white space, control characters and letters.
 */
import fc from "fast-check";
import { cellText, textStart } from "../../../src/core/layout/grid";
import type { CellValue } from "../../../src/core/model/workbook";

/** The definition: the tidied text's first character above 32. */
function reference(value: CellValue): number {
  const text = cellText(value);
  if (text === "") return -1;
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  return i < text.length ? text.charCodeAt(i) : 0;
}

const PIECES = [" ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u0001", "\u001f", "\u200b", "K", "k", "Đ", "X", "ã", "1", "-", "#"];

test("a text's first letter is read off the cell as its tidied text's", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (picked) => {
      const text = picked.join("");
      expect(textStart(text)).toBe(reference(text));
    }),
    { numRuns: 3000 },
  );
});

test.each<[string, CellValue, number]>([
  ["blank", null, -1],
  ["empty text", "", -1],
  ["white space only", " \u00a0\t ", -1],
  ["a control character only (no white space for cellText)", "\u0001", 0],
  ["a label after white space", " \u00a0Kế hoạch", "K".charCodeAt(0)],
  ["a number", 12.5, "1".charCodeAt(0)],
  ["a negative number", -3, "-".charCodeAt(0)],
  ["a boolean", true, "t".charCodeAt(0)],
  ["an error", { error: "#REF!" }, "#".charCodeAt(0)],
])("%s", (_name, value, expected) => {
  expect(textStart(value)).toBe(expected);
  expect(reference(value)).toBe(expected);
});
