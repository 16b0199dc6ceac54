import fc from "fast-check";
import { compileSharedFormula, shiftFormula } from "../../../src/adapters/xlsx/sharedFormula";

const CASES: Array<[string, number, number, string]> = [
    ["A2*$B$1", 3, 1, "B5*$B$1"],
    ["SUM(C4:C6)", 1, 0, "SUM(C5:C7)"],
    ["$A2+A$2", 2, 2, "$A4+C$2"],
    ["'Phân bổ'!F8+Sheet1!A1", 1, 0, "'Phân bổ'!F9+Sheet1!A2"],
    ['IF(A1="B2","C3",A1)', 1, 0, 'IF(A2="B2","C3",A2)'],
    ["LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"],
    ["AB1!C3", 1, 0, "AB1!C4"],
    ["A1", 0, 0, "A1"],
    ["A1", -1, 0, "#REF!"],
    // Whole columns and whole rows move as cell references do.
    ['SUMIF($A:$A,"I*",C:C)', 0, 1, 'SUMIF($A:$A,"I*",D:D)'],
    ["SUM(C:E)-C6", 3, 2, "SUM(E:G)-E9"],
    ["SUM('Kế hoạch'!D:D)+Sheet2!B:$C", 0, 1, "SUM('Kế hoạch'!E:E)+Sheet2!C:$C"],
    ["SUM(5:5)+SUM($5:7)", 2, 4, "SUM(7:7)+SUM($5:9)"],
    ["SUM(B:B)", 0, -2, "SUM(#REF!)"],
    ["SUM(2:3)", -2, 0, "SUM(#REF!)"],
    ['COUNTIF(C:C,"5:5")+A1:B2', 1, 1, 'COUNTIF(D:D,"5:5")+B2:C3'],
    ["SUM(C:C)", 4, 0, "SUM(C:C)"],
    ["SUM(4:4)", 0, 3, "SUM(4:4)"],
];

describe("shiftFormula", () => {
  test.each(CASES)("%s moved by (%i, %i) is %s", (formula, dRow, dCol, expected) => {
    expect(shiftFormula(formula, dRow, dCol)).toBe(expected);
  });
});

// Pieces real formulas are made of, and the near misses the shift must leave alone.
const PIECES = [
  "A1", "$A$1", "a2", "C$5", "$D8", "XFD1", "XFE1", "AAAA1", "A0", "A1048576", "A1048577", "B12345678",
  "C:C", "$A:$A", "B:$C", "5:5", "$5:7", "1048576:1048576", "0:0", "D8:J8", "$C$5:C9",
  "SUM(", "SUMIF(", "LOG10(", "ATAN2(", "ROUND(", "IF(", ")", ",", ":", "+", "-", "*", "/", "&", " ", ".", "_", "!", "$",
  "1", "100", "0.5", "1E3", "KH2024", "Sheet1!", "AB1!", "'Kế hoạch'!", "'It''s'!", '"B2"', '"5:5"', '"say ""A1"""', "'", '"',
];

const formulaArbitrary = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));
const offsetArbitrary = fc.oneof(fc.integer({ min: -12, max: 12 }), fc.integer({ min: -1_100_000, max: 1_100_000 }));

describe("compileSharedFormula", () => {
  test.each(CASES)("%s moved by (%i, %i) is %s", (formula, dRow, dCol, expected) => {
    expect(compileSharedFormula(formula)(dRow, dCol)).toBe(expected);
  });

  test("gives the text shiftFormula gives, for any formula and any offsets", () => {
    fc.assert(
      fc.property(formulaArbitrary, fc.array(fc.tuple(offsetArbitrary, offsetArbitrary), { minLength: 1, maxLength: 6 }), (formula, offsets) => {
        const moved = compileSharedFormula(formula);
        for (const [dRow, dCol] of offsets) expect(moved(dRow, dCol)).toBe(shiftFormula(formula, dRow, dCol));
      }),
      { numRuns: 3000 },
    );
  });
});
