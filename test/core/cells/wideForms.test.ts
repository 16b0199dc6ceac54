/**
 * Figures typed with an East Asian input method left on (`１２`, `１．５００`)
 * or with the minus sign `−` (U+2212) read as the number they show, stored as
 * text: counted, and told by `text-number` as any number typed as text is.
 */
import { CELL, readCell, type LineMeasure } from "../../../src/core/cells/readCell";
import type { CellValue } from "../../../src/core/model/workbook";
import { cellFormula } from "../../../src/core/summary";
import { excelNumberValue } from "../../../src/core/summary";

const COUNT: LineMeasure = { kind: "count", scale: 1 };
const MILLION: LineMeasure = { kind: "money", scale: 1e6 };
const DONG: LineMeasure = { kind: "money", scale: 1 };
const PERCENT: LineMeasure = { kind: "percent", scale: 1 };

describe("full-width digits and the minus sign", () => {
  test.each<[CellValue, LineMeasure, number, number]>([
    ["\uff11", COUNT, 1, CELL.textNumber],
    ["\uff11\uff12", COUNT, 12, CELL.textNumber],
    ["\uff11\uff12", MILLION, 12e6, CELL.textNumber],
    ["\uff11\uff0e\uff12\uff15\uff10", COUNT, 1250, CELL.textNumber],
    ["\uff11\uff0c\uff15", MILLION, 1.5e6, CELL.textNumber],
    ["\uff11\uff12\u3000", COUNT, 12, CELL.textNumber],
    ["\uff08\uff11\uff12\uff09", COUNT, -12, CELL.textNumber],
    ["\uff11\uff12 t\u1ed5", COUNT, 12, CELL.textNumber],
    ["\uff11\uff0c\uff12 t\u1ef7", MILLION, 1.2e9, CELL.textNumber],
    ["\uff18\uff15%", PERCENT, 85, CELL.textNumber],
    ["\uff18\uff15\uff05", PERCENT, 85, CELL.textNumber],
    ["\u221212", COUNT, -12, CELL.textNumber],
    ["\u22121.500.000", DONG, -1500000, CELL.textNumber],
    ["\uff41\uff42", COUNT, 0, CELL.text],
  ])("%j in %j → %d", (raw, measure, base, state) => {
    const reading = readCell(raw, null, measure);
    expect([reading.base, reading.state]).toEqual([base, state]);
  });

  test("the summary formula narrows the full-width forms before NUMBERVALUE, as the engine reads them", () => {
    const sheet = { name: "Phân bổ", values: [["\uff11\uff12"], ["\u22125"], ["\uff11\uff12 t\u1ed5"]], merges: [] };
    const formula = cellFormula(sheet, { row: 0, col: 0 }, "sum", 1);
    expect(formula).toBe(
      `IFERROR(IF(ISTEXT('Phân bổ'!A1),NUMBERVALUE(SUBSTITUTE(SUBSTITUTE('Phân bổ'!A1,UNICHAR(65297),"1"),UNICHAR(65298),"2"),",","."),N('Phân bổ'!A1)),0)`,
    );
    expect(excelNumberValue("12", ",", ".")).toBe(12);
    expect(cellFormula(sheet, { row: 1, col: 0 }, "sum", 1)).toContain(`SUBSTITUTE('Phân bổ'!A2,UNICHAR(8722),"-")`);
    expect(cellFormula(sheet, { row: 2, col: 0 }, "sum", 1)).toContain(`SUBSTITUTE(SUBSTITUTE(SUBSTITUTE('Phân bổ'!A3,UNICHAR(65297),"1"),UNICHAR(65298),"2"),"tổ","")`);
  });
});
