/**
 * Money staff type in words and figures in a money line: `500k`, a sum in
 * falling units (`1 tỷ 200 triệu`, `1 tỷ 2` as said aloud), and an amount with
 * its unit in accounting parentheses (`(1,5 tỷ)` is −1,5 tỷ). Each reads as a
 * number stored as text, in the line's unit; anything else stays text.
 */
import { CELL, readCell, type LineMeasure } from "../../../src/core/cells/readCell";
import type { CellValue } from "../../../src/core/model/workbook";
import { cellFormula } from "../../../src/core/summary";

const DONG: LineMeasure = { kind: "money", scale: 1 };
const MILLION: LineMeasure = { kind: "money", scale: 1e6 };
const COUNT: LineMeasure = { kind: "count", scale: 1 };

describe("money spelled in words and figures", () => {
  test.each<[CellValue, LineMeasure, number, number]>([
    ["500k", DONG, 500000, CELL.textNumber],
    ["500K", MILLION, 500000, CELL.textNumber],
    ["1,5k", DONG, 1500, CELL.textNumber],
    ["500kđ", DONG, 500000, CELL.textNumber],
    ["1 tỷ 200 triệu", MILLION, 1.2e9, CELL.textNumber],
    ["1 tỷ 200 triệu đồng", MILLION, 1.2e9, CELL.textNumber],
    ["1tỷ200tr", MILLION, 1.2e9, CELL.textNumber],
    ["1 tỷ 2", MILLION, 1.2e9, CELL.textNumber],
    ["1 tỷ 200", MILLION, 1.2e9, CELL.textNumber],
    ["1 tỷ 25", MILLION, 1.25e9, CELL.textNumber],
    ["2 triệu 500 nghìn", DONG, 2.5e6, CELL.textNumber],
    ["2 triệu 5", DONG, 2.5e6, CELL.textNumber],
    ["1 triệu 200 nghìn 500 đồng", DONG, 1200500, CELL.textNumber],
    ["(1,5 tỷ)", MILLION, -1.5e9, CELL.textNumber],
    ["(150 triệu)", MILLION, -150e6, CELL.textNumber],
    ["(1 tỷ 200 triệu)", MILLION, -1.2e9, CELL.textNumber],
    ["1,2 tỷ 300 triệu", MILLION, 0, CELL.text],
    ["1 tỷ 2000 triệu", MILLION, 0, CELL.text],
    ["1 triệu 2 tỷ", MILLION, 0, CELL.text],
    ["1 tỷ 2000", MILLION, 0, CELL.text],
    ["5 nghìn 3 đồng 2", DONG, 0, CELL.text],
    ["1 tỷ 200 triệu", COUNT, 0, CELL.text],
    ["5 (đã gồm 1 dự phòng)", MILLION, 0, CELL.text],
  ])("%j in %j → %d", (raw, measure, base, state) => {
    const reading = readCell(raw, null, measure);
    expect([reading.base, reading.state]).toEqual([base, state]);
  });

  test("the summary formula gives the engine's figure in the line's unit while the cell holds text", () => {
    const sheet = { name: "Phân bổ", values: [["1 tỷ 200 triệu"], ["500k"]], merges: [] };
    expect(cellFormula(sheet, { row: 0, col: 0, moneyScale: 1e6 }, "sum", 1)).toBe(`IFERROR(IF(ISTEXT('Phân bổ'!A1),1200,N('Phân bổ'!A1)),0)`);
    expect(cellFormula(sheet, { row: 1, col: 0, moneyScale: 1e6 }, "sum", 1)).toBe(`IFERROR(IF(ISTEXT('Phân bổ'!A2),NUMBERVALUE(SUBSTITUTE('Phân bổ'!A2,"k",""),",","."),N('Phân bổ'!A2)),0)/1000`);
  });
});
