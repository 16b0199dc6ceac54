/**
 * A number in scientific notation stored as text (`1.5E+07`, as a system
 * export or a narrow column writes it): Excel's VALUE reads it and its SUM
 * skips it, so it reads as a number stored as text; letters around digits
 * otherwise stay text.
 */
import { CELL, readCell, type LineMeasure } from "../../../src/core/cells/readCell";
import type { CellValue } from "../../../src/core/model/workbook";
import { cellFormula } from "../../../src/core/summary";

const DONG: LineMeasure = { kind: "money", scale: 1 };
const MILLION: LineMeasure = { kind: "money", scale: 1e6 };
const COUNT: LineMeasure = { kind: "count", scale: 1 };

describe("scientific notation typed as text", () => {
  test.each<[CellValue, LineMeasure, number, number]>([
    ["1.5E+07", DONG, 15_000_000, CELL.textNumber],
    ["1,25E+6", DONG, 1_250_000, CELL.textNumber],
    ["1e3", COUNT, 1000, CELL.textNumber],
    ["'2.5E+02", MILLION, 250_000_000, CELL.textNumber],
    ["1.5E-01", MILLION, 150_000, CELL.textNumber],
    ["E5", COUNT, 0, CELL.text],
    ["1e400", COUNT, 0, CELL.text],
    ["2x3", COUNT, 0, CELL.text],
  ])("%j in %j → %d", (raw, measure, base, state) => {
    const reading = readCell(raw, null, measure);
    expect([reading.base, reading.state]).toEqual([base, state]);
  });

  test("the summary formula reads it with NUMBERVALUE, as the engine does", () => {
    const sheet = { name: "Phân bổ", values: [["1.5E+07"]], merges: [] };
    expect(cellFormula(sheet, { row: 0, col: 0 }, "sum", 1)).toBe(`IFERROR(IF(ISTEXT('Phân bổ'!A1),NUMBERVALUE('Phân bổ'!A1,".",","),N('Phân bổ'!A1)),0)`);
  });
});
