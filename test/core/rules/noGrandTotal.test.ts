/**
 * A sheet with no grand total row, the districts' subtotals typed as planned:
 * together they show the plan's figure, as a grand total would. One
 * commune's negative or unread figure that alone puts its line off the plan
 * is then one finding, its `invalid-value`, the line's `ceiling` (told at
 * the line's header) named in it — not told beside it.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkTotals, told, withFigure, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN } from "./totalsSheet";

const TYPED = { totals: "typed", districtRows: true } as const;

describe("no grand total row, typed district subtotals: an invalid figure is one finding", () => {
  // Rows: 1 header, 2 Huyện Ba Vì, 3–5 its communes (Minh Quang on row 4), 6 Huyện Mỹ Đức, 7–9 its communes.
  test.each<[string, number, number, CellValue, string[]]>([
    ["Minh Quang's 3 địa chỉ typed -3", 0, 1, -3, ["invalid-value C4"]],
    ["Minh Quang's 120 triệu typed -120", 0, 1, -120, ["invalid-value D4"]],
    ["Hùng Tiến's 2 địa chỉ typed -2", 1, 1, -2, ["invalid-value C8"]],
    ["#VALUE! for An Phú's 90 triệu", 1, 0, { error: "#VALUE!" }, ["invalid-value D7"]],
  ])("%s", (_name, d, c, value, expected) => {
    const line = typeof value === "number" && value > -10 ? 0 : 1;
    const findings = checkTotals(SIX_COMMUNES_TWO_LINES_PLAN, SIX_COMMUNES_TWO_LINES, withFigure(SIX_COMMUNES_TWO_LINES, d, c, line, value), TYPED, SIX_COMMUNES_TWO_LINES_HEADERS, { noGrandTotal: true });
    expect(told(findings)).toEqual(expected);
  });

  test("the invalid figure's finding names the plan comparison it puts right", () => {
    const findings = checkTotals(SIX_COMMUNES_TWO_LINES_PLAN, SIX_COMMUNES_TWO_LINES, withFigure(SIX_COMMUNES_TWO_LINES, 0, 1, 0, -3), TYPED, SIX_COMMUNES_TWO_LINES_HEADERS, { noGrandTotal: true });
    expect(findings[0].message.en).toEqual(expect.stringContaining("the allocated total of Địa chỉ tin cậy against the plan"));
  });

  test("the districts' subtotals not showing the plan (the plan 13, not 12): the ceiling stays", () => {
    const plan = { lines: [{ ...SIX_COMMUNES_TWO_LINES_PLAN.lines[0], target: 13 }, SIX_COMMUNES_TWO_LINES_PLAN.lines[1]] };
    const findings = checkTotals(plan, SIX_COMMUNES_TWO_LINES, withFigure(SIX_COMMUNES_TWO_LINES, 0, 1, 0, -3), TYPED, SIX_COMMUNES_TWO_LINES_HEADERS, { noGrandTotal: true });
    expect(told(findings)).toEqual(["ceiling C1", "invalid-value C4"]);
  });
});
