/**
 * Money typed in value cells: plain, with its own unit, with Vietnamese marks;
 * `500,000` in whole đồng, and `1,500` in a count, groups thousands (a fraction
 * of a đồng or of a team is never written).
 */
import { CELL, readCell, type LineMeasure } from "../../../src/core/cells/readCell";
import type { CellValue } from "../../../src/core/model/workbook";

const DONG: LineMeasure = { kind: "money", scale: 1 };
const MILLION: LineMeasure = { kind: "money", scale: 1e6 };
const COUNT: LineMeasure = { kind: "count", scale: 1 };

describe("money cells", () => {
  test.each<[CellValue, LineMeasure, number, number]>([
    [150, MILLION, 150e6, CELL.number],
    ["1.500", MILLION, 1.5e9, CELL.textNumber],
    ["1,5", MILLION, 1.5e6, CELL.textNumber],
    ["1,500", MILLION, 1.5e6, CELL.textNumber],
    ["150 tr", MILLION, 150e6, CELL.textNumber],
    ["1,2 tỷ", MILLION, 1.2e9, CELL.textNumber],
    ["150.000.000 đ", MILLION, 150e6, CELL.textNumber],
    ["500,000 đ", MILLION, 500000, CELL.textNumber],
    ["500,000", DONG, 500000, CELL.textNumber],
    ["-500,000", DONG, -500000, CELL.textNumber],
    ["500.000", DONG, 500000, CELL.textNumber],
    ["1,500,000", DONG, 1500000, CELL.textNumber],
    ["0,5", DONG, 0.5, CELL.textNumber],
    ["1,500", COUNT, 1500, CELL.textNumber],
    ["'12,000", COUNT, 12000, CELL.textNumber],
    ["-1,500", COUNT, -1500, CELL.textNumber],
    ["1,5", COUNT, 1.5, CELL.textNumber],
    ["1,50", COUNT, 1.5, CELL.textNumber],
    ["0,500", COUNT, 0.5, CELL.textNumber],
    ["1,500", { kind: "percent", scale: 1 }, 1.5, CELL.textNumber],
    ["1\u200b", COUNT, 1, CELL.textNumber],
    ["\ufeff1.500\u200b", COUNT, 1500, CELL.textNumber],
    ["\u200b", COUNT, 0, CELL.blank],
    ["1.500", COUNT, 1500, CELL.textNumber],
  ])("%j in %j → %d", (raw, measure, base, state) => {
    const reading = readCell(raw, null, measure);
    expect([reading.base, reading.state]).toEqual([base, state]);
  });
});
