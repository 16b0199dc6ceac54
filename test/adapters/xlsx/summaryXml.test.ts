/**
 * `toFileFormula` tells at once that a formula calls no function newer than
 * Excel 2010 without a regular expression over every formula: on random
 * formulas it stores exactly what the plain rule stores — every newer
 * function outside string literals prefixed with `_xlfn.`, nothing else.
 */
import fc from "fast-check";
import { toFileFormula } from "../../../src/adapters/xlsx/summaryXml";

const NEWER = /\b(NUMBERVALUE|UNICHAR|UNICODE|IFNA|IFS|SWITCH|CONCAT|TEXTJOIN|MAXIFS|MINIFS|XLOOKUP|XOR)\(/g;

/** The rule itself, on every formula. */
function plainRule(formula: string): string {
  return formula
    .split('"')
    .map((piece, i) => (i % 2 === 0 ? piece.replace(NEWER, "_xlfn.$1(") : piece))
    .join('"');
}

const token = fc.constantFrom(
  "SUM(", "SUBTOTAL(", "MIN(", "IF(", "IFERROR(", "ISTEXT(", "N(", "COUNTBLANK(", "SUMIFS(", "NUMBERVALUE(", "UNICHAR(", "UNICODE(",
  "IFNA(", "IFS(", "SWITCH(", "CONCAT(", "TEXTJOIN(", "MAXIFS(", "MINIFS(", "XLOOKUP(", "XOR(", "_xlfn.XOR(", "(", ")", ",", '"', '""',
  "'Phân bổ'!C5", "A1:A9", "*1000", "/1000", "+", " ", "xor(", "MYXOR(", "NUMBERVALUE", "ORS(",
);

test("newer functions get `_xlfn.` exactly where the plain rule puts it", () => {
  fc.assert(
    fc.property(fc.array(token, { maxLength: 14 }), (tokens) => {
      const formula = tokens.join("");
      expect(toFileFormula(formula)).toBe(plainRule(formula));
    }),
    { numRuns: 5000 },
  );
  expect(toFileFormula('IF(A1="IFS(",IFS(A1>0,1),0)')).toBe('IF(A1="IFS(",_xlfn.IFS(A1>0,1),0)');
  expect(toFileFormula("SUMIFS(A1:A2,B1:B2,1)")).toBe("SUMIFS(A1:A2,B1:B2,1)");
});
