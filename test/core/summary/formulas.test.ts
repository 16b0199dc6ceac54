import fc from "fast-check";
import { allocatedFormula, cellFormula, cellTerm, excelNumberValue, numberValueMarks, scaleSuffix } from "../../../src/core/summary";
import { leafReferences, lowestLeafFormula, PlainRuns, plainRunFormula } from "../../../src/core/summary/formulas";
import { isInvalidState, readCell } from "../../../src/core/cells/readCell";
import { cellNumberFormat, cellValue } from "../../../src/core/model/workbook";
import { readCellNumber } from "../../../src/core/text/vnNumber";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

function column(values: CellValue[], name = "Phân bổ"): SheetData {
  return { name, values: values.map((v) => [v]), merges: [] };
}
const cells = (rows: number[]) => rows.map((row) => ({ row, col: 0 }));

/** The check's reading of a leaf cell in its line's unit (null where a lowest value leaves it out): what the formulas must give. */
function engineCellValue(sheet: SheetData, cell: { row: number; col: number; moneyScale?: number }, mode: "sum" | "min"): number | null {
  const measure = mode === "min" ? { kind: "percent" as const, scale: 1 } : cell.moneyScale !== undefined ? { kind: "money" as const, scale: cell.moneyScale } : { kind: "count" as const, scale: 1 };
  const reading = readCell(cellValue(sheet, cell.row, cell.col), cellNumberFormat(sheet, cell.row, cell.col), measure);
  return mode === "min" && isInvalidState(reading.state) ? null : reading.base / measure.scale;
}

describe("NUMBERVALUE marks that read a text as the engine does", () => {
  test.each([
    ["12", ",", "."],
    ["1.250", ",", "."],
    ["3,1", ",", "."],
    ["9,490", ",", "."],
    ["1.250.000", ",", "."],
    ["1.250,5", ",", "."],
    ["0.5", ".", ","],
    ["1.5", ".", ","],
    ["1,250,000", ".", ","],
    ["1,250.5", ".", ","],
    ["1\u00a0250", ",", "."],
  ])("%s → NUMBERVALUE(x, %s, %s)", (text, decimal, group) => {
    const reading = readCellNumber(text);
    if (reading.kind !== "text-number") throw new Error(`not a text number: ${text}`);
    expect(numberValueMarks(text, reading.value)).toEqual({ decimal, group });
    expect(excelNumberValue(text.replace(/\u00a0/g, ""), decimal, group)).toBeCloseTo(reading.value, 9);
  });

  test("Excel's NUMBERVALUE rules: one decimal mark, no group mark after it, spaces ignored", () => {
    expect(excelNumberValue("1,2,3", ",", ".")).toBeNull();
    expect(excelNumberValue("1,2.3", ",", ".")).toBeNull();
    expect(excelNumberValue(" 1 250 ", ",", ".")).toBe(1250);
    expect(excelNumberValue("", ",", ".")).toBe(0);
    expect(excelNumberValue("abc", ",", ".")).toBeNull();
    expect(excelNumberValue("15%", ",", ".")).toBeCloseTo(0.15);
  });

  test("a no-break space is removed before NUMBERVALUE", () => {
    const reading = readCellNumber("1\u00a0000");
    expect(cellTerm("'Phân bổ'!E11", reading)).toBe(
      `IFERROR(IF(ISTEXT('Phân bổ'!E11),NUMBERVALUE(SUBSTITUTE('Phân bổ'!E11,UNICHAR(160),""),",","."),N('Phân bổ'!E11)),0)`,
    );
  });
});

test("a zero-width space pasted with a number is removed before NUMBERVALUE, as the engine drops it", () => {
  const reading = readCellNumber("1.500\u200b");
  expect(reading).toMatchObject({ kind: "text-number", value: 1500 });
  expect(cellTerm("'Phân bổ'!E11", reading)).toBe(
    `IFERROR(IF(ISTEXT('Phân bổ'!E11),NUMBERVALUE(SUBSTITUTE('Phân bổ'!E11,UNICHAR(8203),""),",","."),N('Phân bổ'!E11)),0)`,
  );
});

describe("allocatedFormula", () => {
  test("contiguous plain cells become ranges; text numbers and errors get their own term", () => {
    const sheet = column([null, 1, 2, "x", null, "12", 5, { error: "#REF!" }, 7]);
    expect(allocatedFormula(sheet, cells([1, 2, 3, 4, 5, 6, 7, 8]), "sum", 1)).toBe(
      "SUM('Phân bổ'!A2:A5,'Phân bổ'!A7,'Phân bổ'!A9)" +
        `+IFERROR(IF(ISTEXT('Phân bổ'!A6),NUMBERVALUE('Phân bổ'!A6,",","."),N('Phân bổ'!A6)),0)` +
        `+IFERROR(IF(ISTEXT('Phân bổ'!A8),NUMBERVALUE('Phân bổ'!A8,",","."),N('Phân bổ'!A8)),0)`,
    );
  });

  test("leaves separated by subtotal rows are separate ranges; rows are taken in sheet order", () => {
    const sheet = column([0, 0, 0, 0, 0, 0, 0]);
    expect(allocatedFormula(sheet, cells([5, 6, 1, 2]), "sum", 1)).toBe("SUM('Phân bổ'!A2:A3,'Phân bổ'!A6:A7)");
  });

  test("a row of leaves (indicators as rows) becomes a horizontal range", () => {
    const sheet: SheetData = { name: "Sheet1", values: [[1, 2, 3, 4]], merges: [] };
    expect(allocatedFormula(sheet, [0, 1, 3].map((col) => ({ row: 0, col })), "sum", 1)).toBe("SUM(Sheet1!A1:B1,Sheet1!D1)");
  });

  test("the sheet's unit is brought to the plan's unit", () => {
    const sheet = column([1, 2]);
    expect(allocatedFormula(sheet, cells([0, 1]), "sum", 1e-6)).toBe("SUM('Phân bổ'!A1:A2)/1000000");
    expect(allocatedFormula(sheet, cells([0, 1]), "sum", 1000)).toBe("SUM('Phân bổ'!A1:A2)*1000");
    expect(scaleSuffix(1)).toBe("");
    expect(scaleSuffix(1e-3)).toBe("/1000");
  });

  test("percent takes the lowest leaf; a blank leaf counts as 0", () => {
    const sheet = column([20, "16,5", 18]);
    const formula = allocatedFormula(sheet, cells([0, 1, 2]), "min", 1);
    expect(formula).toBe(
      `IF(COUNTBLANK('Phân bổ'!A1)+COUNTBLANK('Phân bổ'!A3)>0,MIN(0,MIN('Phân bổ'!A1,'Phân bổ'!A3,IFERROR(IF(ISTEXT('Phân bổ'!A2),NUMBERVALUE('Phân bổ'!A2,",","."),N('Phân bổ'!A2)),0))),MIN('Phân bổ'!A1,'Phân bổ'!A3,IFERROR(IF(ISTEXT('Phân bổ'!A2),NUMBERVALUE('Phân bổ'!A2,",","."),N('Phân bổ'!A2)),0)))`,
    );
  });

  test("no leaves is 0", () => {
    expect(allocatedFormula(column([]), [], "sum", 1)).toBe("0");
  });

  test("more than 255 separate ranges are nested; beyond Excel's formula length there is no formula", () => {
    const values: CellValue[] = [];
    for (let i = 0; i < 600; i++) values.push(i % 2 === 0 ? 1 : null);
    const sheet = column(values, "S");
    const leaves = cells(values.map((_, i) => i).filter((i) => i % 2 === 0).slice(0, 300));
    const formula = allocatedFormula(sheet, leaves, "sum", 1);
    expect(formula).not.toBeNull();
    expect(formula!.startsWith("SUM(SUM(S!A1,S!A3,")).toBe(true);
    expect(formula!.match(/SUM\(/g)).toHaveLength(3);
    const many = cells(values.map((_, i) => i).filter((i) => i % 2 === 0));
    const longSheet = column(values, "Một tên trang tính khá dài");
    expect(allocatedFormula(longSheet, many, "sum", 1)).toBeNull();
  });
});

describe("numbers by their format, as the engine reads them", () => {
  const sheet: SheetData = {
    name: "S",
    values: [[1], [2], [3], [4], [null], [5]],
    numberFormats: [[null], ["dd/mm/yyyy"], ["0%"], ['0"%"'], ["0%"], ["#,##0"]],
    merges: [],
  };
  test("a date breaks a range and is left out; a % format is ×100 only in a lowest value; a blank with a format is a blank", () => {
    expect(allocatedFormula(sheet, cells([0, 1, 2, 3, 4, 5]), "sum", 1)).toBe("SUM(S!A1,S!A3:A6)");
    expect(allocatedFormula(sheet, cells([0, 1, 2, 3, 4, 5]), "min", 1)).toBe(
      "IF(COUNTBLANK(S!A1)+COUNTBLANK(S!A4:A6)+COUNTBLANK(S!A3)>0,MIN(0,MIN(S!A1,S!A4:A6,MIN(S!A3)*100)),MIN(S!A1,S!A4:A6,MIN(S!A3)*100))",
    );
    const dateTerm = `IFERROR(IF(ISTEXT(S!A2),NUMBERVALUE(S!A2,",","."),N(S!A2)),0)`;
    expect([0, 1, 2, 3, 5].map((row) => cellFormula(sheet, { row, col: 0 }, "sum", 1))).toEqual(["N(S!A1)", dateTerm, "N(S!A3)", "N(S!A4)", "N(S!A6)"]);
    expect([0, 1, 2, 3, 5].map((row) => cellFormula(sheet, { row, col: 0 }, "min", 1))).toEqual(["N(S!A1)", dateTerm, "N(S!A3)*100", "N(S!A4)", "N(S!A6)"]);
  });
});

test("one cell that holds a formula of the user's counts 0 when it recalculates to an error, as the engine counts an error value; a typed number is read bare", () => {
  const sheet: SheetData = { name: "Tiến độ", values: [[3000], [0], [1000]], formulas: [["E6+E7"], ["E8+E9"], [null]], merges: [] };
  expect([0, 1, 2].map((row) => cellFormula(sheet, { row, col: 0 }, "sum", 0.001))).toEqual([
    "IFERROR(N('Tiến độ'!A1),0)/1000",
    "IFERROR(N('Tiến độ'!A2),0)/1000",
    "N('Tiến độ'!A3)/1000",
  ]);
});

describe("percent lines read as the engine reads them", () => {
  test("a number shown with a % format is points ×100; `85%` typed as text is 85; an error is left out", () => {
    const sheet: SheetData = {
      name: "P",
      values: [[0.2], [0.15], ["85%"], [{ error: "#N/A" }], [30], [40]],
      numberFormats: [["0%"], ["0.0%"]],
      merges: [],
    };
    expect(allocatedFormula(sheet, cells([0, 1, 2, 3, 4, 5]), "min", 1)).toBe(
      "IF(COUNTBLANK(P!A5:A6)+COUNTBLANK(P!A1:A2)>0,MIN(0,MIN(P!A5:A6,MIN(P!A1:A2)*100," +
        `IFERROR(IF(ISTEXT(P!A3),NUMBERVALUE(P!A3,",","."),N(P!A3)),0)*100)),` +
        "MIN(P!A5:A6,MIN(P!A1:A2)*100," +
        `IFERROR(IF(ISTEXT(P!A3),NUMBERVALUE(P!A3,",","."),N(P!A3)),0)*100))`,
    );
    expect(cells([0, 1, 2, 3, 4]).map((c) => engineCellValue(sheet, c, "min"))).toEqual([20, 15, 85, null, 30]);
    expect(cellFormula(sheet, { row: 1, col: 0 }, "min", 1)).toBe("N(P!A2)*100");
  });

  test("a literal % in a custom format (`0\"%\"`, `0\\%`) is not a percent format: the value is taken as written", () => {
    const sheet: SheetData = { name: "P", values: [[50], [95]], numberFormats: [['0"%"'], ["0\\%"]], merges: [] };
    expect(allocatedFormula(sheet, cells([0, 1]), "min", 1)).toBe("IF(COUNTBLANK(P!A1:A2)>0,MIN(0,MIN(P!A1:A2)),MIN(P!A1:A2))");
    expect(cells([0, 1]).map((c) => engineCellValue(sheet, c, "min"))).toEqual([50, 95]);
    expect(cellFormula(sheet, { row: 0, col: 0 }, "min", 1)).toBe("N(P!A1)");
  });

  test("only errors: no lowest value, no formula", () => {
    const sheet = column([{ error: "#REF!" }]);
    expect(allocatedFormula(sheet, cells([0]), "min", 1)).toBeNull();
  });

  test("in a sum, an error counts 0 and stays live", () => {
    const sheet = column([{ error: "#REF!" }, 2]);
    expect(allocatedFormula(sheet, cells([0, 1]), "sum", 1)).toBe(
      `SUM('Phân bổ'!A2)+IFERROR(IF(ISTEXT('Phân bổ'!A1),NUMBERVALUE('Phân bổ'!A1,",","."),N('Phân bổ'!A1)),0)`,
    );
    expect(engineCellValue(sheet, { row: 0, col: 0 }, "sum")).toBe(0);
  });
});

describe("money typed with its own unit in a money line", () => {
  const sheet = column([100, "1,2 tỷ", "300 triệu", "50 nghìn đồng", "ghi chú"]);
  const moneyCells = [0, 1, 2, 3, 4].map((row) => ({ row, col: 0, moneyScale: 1e6 }));

  test("counts in the line's unit, as the engine reads it", () => {
    expect(moneyCells.map((c) => engineCellValue(sheet, c, "sum"))).toEqual([100, 1200, 300, 0.05, 0]);
  });

  test("the formula strips the unit word and rescales to the line's unit", () => {
    expect(cellFormula(sheet, moneyCells[1], "sum", 1)).toBe(`IFERROR(IF(ISTEXT('Phân bổ'!A2),NUMBERVALUE(SUBSTITUTE('Phân bổ'!A2,"tỷ",""),",","."),N('Phân bổ'!A2)),0)*1000`);
    expect(cellFormula(sheet, moneyCells[2], "sum", 1)).toBe(`IFERROR(IF(ISTEXT('Phân bổ'!A3),NUMBERVALUE(SUBSTITUTE('Phân bổ'!A3,"triệu",""),",","."),N('Phân bổ'!A3)),0)`);
  });

  test("outside a money line the same text is only text (Excel's SUM and the engine both skip it)", () => {
    expect(engineCellValue(sheet, { row: 1, col: 0 }, "sum")).toBe(0);
  });
});

describe("a count typed with its unit in a count line", () => {
  const sheet = column(["2 tổ", "3 CLB", "ghi chú"]);
  const countCells = [0, 1, 2].map((row) => ({ row, col: 0 }));

  test("counts the number, as the engine reads it", () => {
    expect(countCells.map((c) => engineCellValue(sheet, c, "sum"))).toEqual([2, 3, 0]);
  });

  test("the formula strips the unit word", () => {
    expect(cellFormula(sheet, countCells[0], "sum", 1)).toBe(`IFERROR(IF(ISTEXT('Phân bổ'!A1),NUMBERVALUE(SUBSTITUTE('Phân bổ'!A1,"tổ",""),",","."),N('Phân bổ'!A1)),0)`);
  });
});

describe("a sum over one run of plain cells, written without listing its references", () => {
  // The formula the general rule writes: every reference and term of `leafReferences`, in one SUM.
  function generalSum(sheet: SheetData, list: readonly { row: number; col: number }[], factor: number): string | null {
    if (list.length === 0) return "0";
    const { ranges, terms } = leafReferences(sheet, list, "sum");
    const parts = [...(ranges.length > 0 ? [ranges.length <= 255 ? `SUM(${ranges.join(",")})` : "nested"] : []), ...terms];
    if (parts.length === 0) parts.push("0");
    if (parts.includes("nested")) return allocatedFormula(sheet, list, "sum", factor);
    const suffix = scaleSuffix(factor);
    const formula = parts.join("+");
    const out = suffix === "" ? formula : parts.length > 1 ? `(${formula})${suffix}` : `${formula}${suffix}`;
    return out.length > 8000 ? null : out;
  }
  const value = fc.constantFrom<CellValue>(null, 1, 2.5, 0, "12", "x", { error: "#REF!" });
  const format = fc.constantFrom<string | null>(null, "#,##0", "dd/mm/yyyy", "0%");
  test("the same formula as the general rule, on random sheets and cells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(value, format), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(9), fc.nat(4)), { maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom(1, 1000, 0.001),
        (grid, picks, contiguous, factor) => {
          const sheet: SheetData = { name: "Phân bổ", values: grid.map((r) => r.map(([v]) => v)), numberFormats: grid.map((r) => r.map(([, f]) => f)), merges: [] };
          const list = contiguous && picks.length > 0 ? Array.from({ length: picks.length }, (_, i) => ({ row: picks[0][0] + i, col: picks[0][1] })) : picks.map(([row, col]) => ({ row, col }));
          expect(allocatedFormula(sheet, list, "sum", factor)).toBe(generalSum(sheet, list, factor));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("a percent line typed as fractions (0.85 for 85 %)", () => {
  const sheet = column([0.85, 0.7, "0,9", null]);
  test.each<[number[], string]>([
    [[0], "MIN('Phân bổ'!A1)*100"],
    [[2], "IFERROR(IF(ISTEXT('Phân bổ'!A3),NUMBERVALUE('Phân bổ'!A3,\",\",\".\"),N('Phân bổ'!A3)),0)*100"],
  ])("lowest of %j", (rows, expected) => {
    const formula = allocatedFormula(sheet, cells(rows).map((c) => ({ ...c, fractions: true })), "min", 1);
    expect(formula ?? "").toContain(expected);
  });
  test("one leaf's cell reads ×100", () => {
    expect(lowestLeafFormula(sheet, { row: 1, col: 0, fractions: true })).toBe("IF(ISNUMBER('Phân bổ'!A2),'Phân bổ'!A2*100,IF(ISBLANK('Phân bổ'!A2),0,\"\"))");
  });
  test("the lowest of typed fractions reads ×100", () => {
    const formula = allocatedFormula(sheet, cells([0, 1]).map((c) => ({ ...c, fractions: true })), "min", 1);
    expect(formula).toContain("*100");
  });
});

describe("plainRunFormula: allocatedFormula's sum over one run of plain cells, given the leaves' rows (columns)", () => {
  const leafValue = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constant(null), fc.constant("12"), fc.constant("abc"), fc.constant(true));
  const leafFormat = fc.constantFrom(undefined, "#,##0", "#,##0,,", "dd/mm/yyyy", "0%");

  test.each([
    ["areas as rows", true],
    ["areas as columns", false],
  ])("%s: the same formula whenever it answers, and an answer for every run of numbers and blanks", (_, byRows) => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: leafValue, format: leafFormat }), { minLength: 1, maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(1, 1000),
        (filled, picked, factor) => {
          const leaves = [...picked].sort((a, b) => a - b);
          const line = 2;
          const grid: CellValue[][] = Array.from({ length: 10 }, () => Array<CellValue>(10).fill(null));
          const formats: (string | undefined)[][] = Array.from({ length: 10 }, () => Array<string | undefined>(10).fill(undefined));
          leaves.forEach((at, i) => {
            const { value, format } = filled[i % filled.length];
            const [row, col] = byRows ? [at, line] : [line, at];
            grid[row][col] = value;
            formats[row][col] = format;
          });
          const sheet: SheetData = { name: "Phân bổ", values: grid, numberFormats: formats, merges: [] };
          const cellsOf = leaves.map((at) => (byRows ? { row: at, col: line } : { row: line, col: at }));
          const fast = plainRunFormula(sheet, byRows, leaves, line, factor);
          if (fast !== undefined) expect(fast).toBe(allocatedFormula(sheet, cellsOf, "sum", factor));
          const contiguous = leaves.every((at, i) => i === 0 || at === leaves[i - 1] + 1);
          const plain = cellsOf.every(({ row, col }) => grid[row][col] === null || (typeof grid[row][col] === "number" && (formats[row][col] === undefined || formats[row][col] === "#,##0" || formats[row][col] === "0%")));
          expect(fast !== undefined).toBe(contiguous && plain);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("PlainRuns: the leaves of each listed area read once for several lines", () => {
  const leafValue = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constant(null), fc.constant("12"), fc.constant(true));
  const leafFormat = fc.constantFrom(undefined, "#,##0", "#,##0,,", "dd/mm/yyyy");
  const leafFormula = fc.constantFrom(undefined, undefined, undefined, "E6+E7");
  const lines = [1, 3, 4];

  test.each([
    ["areas as rows", true],
    ["areas as columns", false],
  ])("%s: each line's formula as allocatedFormula gives it (a user's formula under AGGREGATE), area after area", (_, byRows) => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: leafValue, format: leafFormat, formula: leafFormula }), { minLength: 50, maxLength: 50 }),
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 0, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(1, 1000),
        (filled, areas, factor) => {
          const grid: CellValue[][] = Array.from({ length: 10 }, () => Array<CellValue>(10).fill(null));
          const formats: (string | undefined)[][] = Array.from({ length: 10 }, () => Array<string | undefined>(10).fill(undefined));
          const formulas: (string | undefined)[][] = Array.from({ length: 10 }, () => Array<string | undefined>(10).fill(undefined));
          let next = 0;
          for (let at = 0; at < 10; at++) {
            for (const line of lines) {
              const { value, format, formula } = filled[next++ % filled.length];
              const [row, col] = byRows ? [at, line] : [line, at];
              grid[row][col] = value;
              formats[row][col] = format;
              formulas[row][col] = formula;
            }
          }
          const sheet: SheetData = { name: "Phân bổ", values: grid, numberFormats: formats, formulas, merges: [] };
          const runs = new PlainRuns(sheet, byRows, lines);
          for (const picked of areas) {
            const leaves = [...picked].sort((a, b) => a - b);
            runs.read(leaves);
            const contiguous = leaves.length > 0 && leaves.every((at, i) => i === 0 || at === leaves[i - 1] + 1);
            for (const line of lines) {
              const cellsOf = leaves.map((at) => (byRows ? { row: at, col: line } : { row: line, col: at }));
              const fast = runs.formula(line, factor);
              if (fast !== undefined) expect(fast).toBe(allocatedFormula(sheet, cellsOf, "sum", factor));
              const plain = cellsOf.every(({ row, col }) => grid[row][col] === null || (typeof grid[row][col] === "number" && (formats[row][col] === undefined || formats[row][col] === "#,##0")));
              expect(fast !== undefined).toBe(contiguous && plain);
              if (typeof fast === "string") expect(fast.includes("AGGREGATE(9,6,")).toBe(cellsOf.some(({ row, col }) => formulas[row][col] !== undefined));
            }
            expect(runs.formula(2, factor)).toBeUndefined();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a figure closed by a stray stop (`5;`, `150 triệu.`, `85%.`)", () => {
  const sheet = column(["5;", "150 triệu.", "85%."]);

  test("the formula takes the engine's figure while the cell holds text, its number once retyped", () => {
    expect(engineCellValue(sheet, { row: 0, col: 0 }, "sum")).toBe(5);
    expect(cellFormula(sheet, { row: 0, col: 0 }, "sum", 1)).toBe(`IFERROR(IF(ISTEXT('Phân bổ'!A1),5,N('Phân bổ'!A1)),0)`);
    expect(engineCellValue(sheet, { row: 1, col: 0, moneyScale: 1e6 }, "sum")).toBe(150);
    expect(cellFormula(sheet, { row: 1, col: 0, moneyScale: 1e6 }, "sum", 1)).toBe(`IFERROR(IF(ISTEXT('Phân bổ'!A2),150,N('Phân bổ'!A2)),0)`);
    expect(engineCellValue(sheet, { row: 2, col: 0 }, "min")).toBe(85);
  });
});
