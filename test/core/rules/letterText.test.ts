/**
 * A figure typed with one letter after it (`2o`, `4x`) is not read as a
 * number (CONTRACT §3: non-numeric text is `invalid-value`, counted as 0):
 * its one finding, at the cell, says it could not be read and names the
 * readings (`2o`: 2 with a stray o, or 20 with the o for a zero); under a
 * typed subtotal, what the subtotal says the cell held.
 */
import { checkTotals, LAYOUTS, told, withFigure, SIX_COMMUNES_PLAN as PLAN, SIX_COMMUNES_HEADERS as HEADERS, SIX_COMMUNES as DISTRICTS } from "./totalsSheet";

describe.each(LAYOUTS)("Xã Khánh Thượng's addresses typed `2o` (totals $totals, district rows $districtRows)", (layout) => {
  test("one finding at the cell, naming both readings", () => {
    const findings = checkTotals(PLAN, DISTRICTS, withFigure(DISTRICTS, 0, 0, 1, "2o"), layout, HEADERS);
    const cell = `D${layout.districtRows ? 4 : 3}`;
    expect(told(findings)).toEqual([`invalid-value ${cell}`]);
    const finding = findings.find((f) => f.rule === "invalid-value");
    expect(finding?.message.en).toContain('"2o" cannot be read as a number: it may be 2 with a stray letter o, or 20 with the letter o typed for a zero (counted as 0).');
    expect(finding?.message.vi).toContain('"2o" không đọc được thành số: có thể là 2 gõ thừa chữ o, hoặc 20 với chữ o gõ nhầm cho số 0');
  });
});

test("under a typed district subtotal: the subtotal says which reading", () => {
  const findings = checkTotals(PLAN, DISTRICTS, withFigure(DISTRICTS, 0, 0, 1, "2o"), { totals: "typed", districtRows: true }, HEADERS);
  expect(findings[0].message.en).toContain("this cell is 2 địa chỉ");
});

test("`4x`: one reading, the stray letter", () => {
  const findings = checkTotals(PLAN, DISTRICTS, withFigure(DISTRICTS, 0, 0, 1, "4x"), { totals: "none", districtRows: true }, HEADERS);
  expect(findings.find((f) => f.rule === "invalid-value")?.message.en).toContain('"4x" cannot be read as a number: it may be 4 with a stray letter x (counted as 0).');
  expect(told(findings)).toEqual(["invalid-value D4"]);
});
