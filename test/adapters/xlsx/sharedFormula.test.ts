import { shiftFormula } from "../../../src/adapters/xlsx/sharedFormula";

describe("shiftFormula", () => {
  test.each([
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
  ])("%s moved by (%i, %i) is %s", (formula, dRow, dCol, expected) => {
    expect(shiftFormula(formula, dRow, dCol)).toBe(expected);
  });
});
