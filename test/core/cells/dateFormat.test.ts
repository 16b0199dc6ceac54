/** Which number formats show a number as a date or a time (a date in a line of figures is not a figure). */
import { isDateFormat } from "../../../src/core/cells/numberFormat";
import { CELL, readCell } from "../../../src/core/cells/readCell";

describe("isDateFormat", () => {
  test.each([
    ["mm-dd-yy", true],
    ["dd/mm/yyyy", true],
    ["d-mmm-yy", true],
    ["h:mm AM/PM", true],
    ["[h]:mm:ss", true],
    ["[$-42A]d/m/yyyy", true],
    ["yyyy", true],
    ["General", false],
    ["0", false],
    ["#,##0", false],
    ["#,##0 ;[Red](#,##0)", false],
    ['#,##0 "đồng"', false],
    ['0.0 "tháng"', false],
    ["0%", false],
    ["0.00E+00", false],
    ["@", false],
    ["_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)", false],
    [null, false],
  ])("%s → %p", (format, date) => {
    expect(isDateFormat(format)).toBe(date);
  });

  test("a number shown as a date reads as a date (not counted); the same number in #,##0 as a number", () => {
    expect(readCell(45294, "dd/mm/yyyy", { kind: "count", scale: 1 })).toMatchObject({ state: CELL.date, base: 0 });
    expect(readCell(45294, "#,##0", { kind: "count", scale: 1 })).toMatchObject({ state: CELL.number, base: 45294 });
  });
});
