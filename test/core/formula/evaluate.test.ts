import { addedCells, evaluateFormula, evaluateMissingValues } from "../../../src/core/formula/evaluate";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet } from "../layout/sheetBuilder";

// A1..A4 = 1, 2, "3" (text), blank; B1 = #REF!; B2 = "abc"; B3 = true.
const rows: CellValue[][] = [
  [1, { error: "#REF!" }],
  [2, "abc"],
  ["3", true],
  [null, null],
];
const cells = { value: (row: number, col: number): CellValue => rows[row]?.[col] ?? null };

describe("the arithmetic subset, with Excel's semantics", () => {
  test.each([
    ["SUM(A1:A4)", 3], // text "3" and the blank skipped
    ["SUM(A1,A2,5)", 8],
    ["sum( A1 : A2 )", 3],
    ["A1+A2-A3", 0], // "3" coerced by an operator
    ["-A1+(A2+10)", 11],
    ["A4+1", 1],
    ["$A$1+A$2", 3],
    ["1.5e2-50", 100],
    ["SUM(A1:A2)+SUM(A3:A4)", 3],
    ["SUM()", 0],
  ])("=%s → %p", (formula, expected) => {
    expect(evaluateFormula(formula, cells)).toBe(expected);
  });

  test.each([
    ["SUM(A1:B1)", "#REF!"],
    ["A1+B2", "#VALUE!"],
    ["A1+B1", "#REF!"],
  ])("=%s → the error %s", (formula, error) => {
    expect(evaluateFormula(formula, cells)).toEqual({ error });
  });

  test.each(["A1*2", "A1/2", "ROUND(A1,0)", "VLOOKUP(A1,B1:B2,1)", "Sheet2!A1", "'Kế hoạch'!D5", "A1&A2", "IF(A1>0,1,0)", "A1:A2", ""])(
    "=%s is outside the subset (null)",
    (formula) => {
      const result = evaluateFormula(formula, cells);
      expect(result === null || (typeof result === "object" && result.error === "#VALUE!")).toBe(true);
      if (formula !== "A1:A2") expect(result).toBeNull();
    },
  );
});

describe("a formula holding an error value is that error, whatever else it computes", () => {
  test.each([
    ["SUM(#REF!)", "#REF!"],
    ["#REF!+A1", "#REF!"],
    ["SUM(A1,Sheet2!#REF!)", "#REF!"],
    ["A1/#DIV/0!", "#DIV/0!"],
    ["IF(A1>0,#N/A,1)", "#N/A"],
    ["SUM(#value!)", "#VALUE!"],
    ["#NAME?", "#NAME?"],
  ])("=%s → the error %s", (formula, error) => {
    expect(evaluateFormula(formula, cells)).toEqual({ error });
  });

  test.each(['IF(A1="#REF!",1,0)', 'A1&"#N/A"'])("=%s: an error's name inside a text literal is text (outside the subset: null)", (formula) => {
    expect(evaluateFormula(formula, cells)).toBeNull();
  });

  test("in a sheet: the broken formula reads as its error, not as a blank left for no-value", () => {
    const data = sheet("S", [[1, null, null]], { formulas: { B1: "SUM(#REF!)", C1: "A1+1" } });
    const { sheet: out, unevaluated } = evaluateMissingValues(data);
    expect(out.values[0]).toEqual([1, { error: "#REF!" }, 2]);
    expect(unevaluated).toEqual([]);
  });
});

describe("formulas without a saved value in a sheet", () => {
  test("evaluated in dependency order; one outside the subset stays blank, is listed, and counts as blank in others", () => {
    const data = sheet("S", [[1, 2, null, null, null, null]], {
      formulas: { C1: "A1+B1", D1: "SUM(A1:C1)", E1: "ROUND(D1,0)", F1: "E1+1" },
    });
    const { sheet: out, unevaluated } = evaluateMissingValues(data);
    expect(out.values[0]).toEqual([1, 2, 3, 6, null, 1]);
    expect(unevaluated.map((u) => [u.row, u.col, u.formula])).toEqual([[0, 4, "ROUND(D1,0)"]]);
    // The input is never changed.
    expect(data.values[0]).toEqual([1, 2, null, null, null, null]);
  });

  test("a cycle is not evaluated; cached values are kept as they are", () => {
    const data = sheet("S", [[null, null, 7]], { formulas: { A1: "B1+1", B1: "A1+1", C1: "A1" } });
    const { sheet: out, unevaluated } = evaluateMissingValues(data);
    expect(out.values[0]).toEqual([null, null, 7]);
    expect(unevaluated.map((u) => u.col)).toEqual([0, 1]);
  });

  test("a sheet whose formulas all have values is returned as it is", () => {
    const data = sheet("S", [[1, 2, 3]], { formulas: { C1: "A1+B1" } });
    expect(evaluateMissingValues(data).sheet).toBe(data);
  });
});

describe("the cells a subtotal formula adds up", () => {
  const box = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });
  test.each([
    ["SUM(C8:C11)", [box(7, 2, 10, 2)]],
    ["C8+C9+C10", [box(7, 2), box(8, 2), box(9, 2)]],
    ["SUM($C$8:$C$11)", [box(7, 2, 10, 2)]],
    ["SUBTOTAL(9,C8:C11)", [box(7, 2, 10, 2)]],
    ["subtotal(109, C8:C9, C11)", [box(7, 2, 8, 2), box(10, 2)]],
    ['SUMIF($B$8:$B$11,"<>",C8:C11)', [box(7, 2, 10, 2)]],
    ['SUMIF(C8:C11,">0")', [box(7, 2, 10, 2)]],
    ['SUMIFS(D8:D11,$B$8:$B$11,"Xã, phường*",$A$8:$A$11,">0")', [box(7, 3, 10, 3)]],
  ])("=%s reads %j", (formula, boxes) => {
    expect(addedCells(formula)?.map(({ top, left, bottom, right }) => ({ top, left, bottom, right }))).toEqual(boxes);
  });

  test.each(["SUBTOTAL(1,C8:C11)", "SUBTOTAL(9,C8:C11)*2", 'SUMIF(B8:B11,"<>")+1', "SUMIF(B8:B11)", "SUMIFS(D8:D11,B8:B11)", "C8-C9", 'SUMIF(B:B,"<>",C:C)'])("=%s adds up no cells of its own (null)", (formula) => {
    expect(addedCells(formula)).toBeNull();
  });

  test.each(["SUBTOTAL(9,C1:C2)", 'SUMIF(A1:B1,"<>")'])("=%s is still outside the evaluated subset", (formula) => {
    expect(evaluateFormula(formula, { value: () => 1 })).toBeNull();
  });
});
