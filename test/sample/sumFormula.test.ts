import type { CellValue } from "../../src/core/model/workbook";
import { evaluateSum, parseSumFormula } from "../../src/sample/sumFormula";

// A1=1, A2="12" (text), A3=null, B1=2.5, B2=true, C1=#REF!
const cells: Record<string, CellValue> = { "0,0": 1, "1,0": "12", "2,0": null, "0,1": 2.5, "1,1": true, "0,2": { error: "#REF!" } };
const lookup = (r: number, c: number): CellValue => cells[`${r},${c}`] ?? null;

describe("evaluateSum (Excel's SUM over cell references)", () => {
  it("adds numbers, treats blanks as zero and skips text and booleans", () => {
    expect(evaluateSum("SUM(A1:A3)", lookup)).toBe(1);
    expect(evaluateSum("SUM(A1:B2)", lookup)).toBe(3.5);
    expect(evaluateSum("SUM(A1,B1,A3)", lookup)).toBe(3.5);
  });
  it("returns the error of a referenced error cell", () => {
    expect(evaluateSum("SUM(A1:C1)", lookup)).toEqual({ error: "#REF!" });
    expect(evaluateSum("SUM(#REF!)", lookup)).toEqual({ error: "#REF!" });
  });
  it("accepts reversed ranges and rejects other formulas", () => {
    expect(parseSumFormula("SUM(B2:A1)")).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(() => parseSumFormula("A1+A2")).toThrow(/SUM/);
  });
});
