/**
 * A count typed with its unit (`2 tổ`, `3 CLB`, `5 địa chỉ`, `2 tổ truyền
 * thông cộng đồng`) reads as the number, stored as text (Excel's SUM skips
 * it, so it gets the usual `text-number` warning); a money unit, a percent sign, a note or one
 * stray letter (`2o`, which may be 20) after the number leaves the text
 * unread (`invalid-value`).
 */
import { CELL, readCell, type LineMeasure } from "../../../src/core/cells/readCell";
import type { CellValue } from "../../../src/core/model/workbook";

const COUNT: LineMeasure = { kind: "count", scale: 1 };
const MILLION: LineMeasure = { kind: "money", scale: 1e6 };

describe("a count typed with its unit", () => {
  test.each<[CellValue, LineMeasure, number, number]>([
    ["2 tổ", COUNT, 2, CELL.textNumber],
    ["3 CLB", COUNT, 3, CELL.textNumber],
    ["3CLB", COUNT, 3, CELL.textNumber],
    ["5 địa chỉ", COUNT, 5, CELL.textNumber],
    ["5 địa chỉ".normalize("NFD"), COUNT, 5, CELL.textNumber],
    ["10 người".normalize("NFD"), COUNT, 10, CELL.textNumber],
    ["1 mô hình", COUNT, 1, CELL.textNumber],
    [" 12  người ", COUNT, 12, CELL.textNumber],
    ["1.500 người", COUNT, 1500, CELL.textNumber],
    ["1,500 người", COUNT, 1500, CELL.textNumber],
    ["2,5 tổ", COUNT, 2.5, CELL.textNumber],
    ["15 triệu", COUNT, 0, CELL.text],
    ["2%", COUNT, 0, CELL.text],
    ["2 (tổ)", COUNT, 2, CELL.textNumber],
    ["2 tổ.", COUNT, 2, CELL.textNumber],
    ["2 (15 triệu)", COUNT, 0, CELL.text],
    ["2 tổ (mới)", COUNT, 0, CELL.text],
    ["2 tổ, 1 CLB", COUNT, 0, CELL.text],
    ["Tổ 2", COUNT, 0, CELL.text],
    // A unit of several words that starts with a counting word is the unit still (text/units.ts).
    ["2 tổ truyền thông cộng đồng", COUNT, 2, CELL.textNumber],
    ["2 tổ", MILLION, 0, CELL.text],
    // One letter is no unit but a slip: `2o` may be 2 or 20 — not taken.
    ["2o", COUNT, 0, CELL.text],
    ["2 O", COUNT, 0, CELL.text],
    ["4x", COUNT, 0, CELL.text],
  ])("%j in %j → %d", (raw, measure, base, state) => {
    const reading = readCell(raw, null, measure);
    expect([reading.base, reading.state]).toEqual([base, state]);
  });
});
