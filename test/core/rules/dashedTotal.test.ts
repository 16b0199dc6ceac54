/**
 * A dash in a total or a district's row that shows figures on its other lines
 * is its figure, zero (as an accounting format shows 0), checked against its
 * children like any typed subtotal — not a blank left unchecked.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { findingsOf, rows } from "../cells/staffRows";

test.each<[string, CellValue[][], string[]]>([
  ["a grand total's `-` beside figures is zero: subtotal at it", rows([2, 80, 150, 100], [2, 85, 150, 100], undefined, [8, null, 600, "-"]), ["subtotal/error@F4"]],
  ["a district's `–` beside figures is zero: subtotal at it", rows([2, 80, 150, 100], [2, 85, 150, 100], [4, null, 300, "–"]), ["subtotal/error@F5"]],
  ["a `-` total over blank children is right", rows([2, 80, 150, null], [2, 85, 150, null], [4, null, 300, "-"], [8, null, 600, 200]), ["ceiling/warning@F4"]],
  ["a blank total is still no figure", rows([2, 80, 150, 100], [2, 85, 150, 100], undefined, [8, null, 600, null]), []],
  // Right under the grand total, a row of dashes is the district's row, not the table's header.
  ["a district's row of dashes only is no figure, and no header", rows([2, 80, 150, 100], [2, 85, 150, 100], ["-", null, "-", "–"]), []],
])("%s", (_name, table, expected) => {
  expect(findingsOf(table)).toEqual(expected);
});
