/**
 * The đồng sign `₫` that Excel's Vietnamese currency format writes
 * (`1.500.000 ₫`), kept when the figure is pasted as text, and the sign or
 * code written before the amount (`₫1.500.000`, `VND 150,000`): money in
 * đồng, stored as text. `₫` as a line's unit makes a money line in đồng.
 */
import { CELL, readCell, type LineMeasure } from "../../../src/core/cells/readCell";
import type { CellValue } from "../../../src/core/model/workbook";
import { cellFormula } from "../../../src/core/summary";
import { findUnitInText, parseUnit } from "../../../src/core/text/units";

const DONG: LineMeasure = { kind: "money", scale: 1 };
const MILLION: LineMeasure = { kind: "money", scale: 1e6 };
const COUNT: LineMeasure = { kind: "count", scale: 1 };

describe("the đồng sign", () => {
  test.each<[CellValue, LineMeasure, number, number]>([
    ["1.500.000 \u20ab", DONG, 1_500_000, CELL.textNumber],
    ["150.000.000\u20ab", MILLION, 150_000_000, CELL.textNumber],
    ["\u20ab1.500.000", DONG, 1_500_000, CELL.textNumber],
    ["VND 150,000", DONG, 150_000, CELL.textNumber],
    ["VNĐ 150.000", MILLION, 150_000, CELL.textNumber],
    ["đ 150.000", DONG, 150_000, CELL.textNumber],
    ["tỷ 1,5", MILLION, 0, CELL.text],
    ["\u20ab", DONG, 0, CELL.text],
    ["1.500.000 \u20ab", COUNT, 0, CELL.text],
  ])("%j in %j → %d", (raw, measure, base, state) => {
    const reading = readCell(raw, null, measure);
    expect([reading.base, reading.state]).toEqual([base, state]);
  });

  test("`₫` as a unit, or in a header, is money in đồng", () => {
    expect(parseUnit("\u20ab")).toEqual({ kind: "money", scale: 1 });
    expect(findUnitInText("Kinh phí hỗ trợ (\u20ab)")).toEqual({ kind: "money", scale: 1 });
  });

  test("the summary formula strips the sign", () => {
    const sheet = { name: "Phân bổ", values: [["\u20ab1.500.000"]], merges: [] };
    expect(cellFormula(sheet, { row: 0, col: 0, moneyScale: 1 }, "sum", 1)).toBe(`IFERROR(IF(ISTEXT('Phân bổ'!A1),NUMBERVALUE(SUBSTITUTE('Phân bổ'!A1,"₫",""),",","."),N('Phân bổ'!A1)),0)`);
  });
});
