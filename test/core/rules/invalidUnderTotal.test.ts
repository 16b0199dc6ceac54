/**
 * A commune's unfit figure (negative, fractional, TRUE) under typed totals
 * that say what it held: one finding, its `invalid-value` error naming the
 * figure — also where the grand total stands right over the communes (no
 * district rows) and where the cell holds TRUE.
 */
import { checkTotals, told, withFigure, type Layout, SIX_COMMUNES_PLAN as PLAN, SIX_COMMUNES_HEADERS as HEADERS, SIX_COMMUNES as DISTRICTS } from "./totalsSheet";

const FLAT: Layout = { totals: "typed", districtRows: false };
const TYPED: Layout = { totals: "typed", districtRows: true };

// Xã Minh Quang's addresses (3) typed otherwise: on row 4 right under the grand total, on row 5 under Huyện Ba Vì.
test.each<[string, unknown, Layout, string]>([
  ["a negative, no district rows", -2, FLAT, "D4"],
  ["a fractional count, no district rows", 1.5, FLAT, "D4"],
  ["TRUE under a district row", true, TYPED, "D5"],
  ["TRUE, no district rows", true, FLAT, "D4"],
])("%s: one finding at the cell, the typed total giving its figure", (_name, value, layout, cell) => {
  const findings = checkTotals(PLAN, DISTRICTS, withFigure(DISTRICTS, 0, 1, 1, value as never), layout, HEADERS);
  expect(told(findings)).toEqual([`invalid-value ${cell}`]);
  expect(findings[0].message.en).toContain("this cell is 3 địa chỉ");
});
