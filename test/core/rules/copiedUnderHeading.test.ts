/**
 * A commune's row (areas across: its column) copied from the one before it,
 * under district headings that hold no subtotal of their own (a blank
 * `Huyện` row; across the columns a district header merged over its
 * communes) and a grand total typed as planned: one finding, at the copy.
 */
import { checkTotals, told, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, type District, type Layout } from "./totalsSheet";

/** Minh Quang (row 5 under the Ba Vì heading) holding Khánh Thượng's figures. */
const COPIED: District[] = SIX_COMMUNES_TWO_LINES.map((d, i) => (i === 0 ? { ...d, communes: d.communes.map((c, j) => (j === 1 ? { ...c, values: d.communes[0].values } : c)) } : d));

describe("a row copied from the one before it, under district headings", () => {
  test.each<[string, Layout, string[]]>([
    ["district headings, grand total typed as planned", { totals: "typed", districtRows: true, districtTotals: "none" }, ["subtotal C5"]],
    // No district rows: the communes sit right under the grand total (told before, kept).
    ["no district rows, grand total typed as planned", { totals: "typed", districtRows: false }, ["subtotal C4"]],
  ])("%s", (_name, layout, expected) => {
    const findings = checkTotals(SIX_COMMUNES_TWO_LINES_PLAN, SIX_COMMUNES_TWO_LINES, COPIED, layout, SIX_COMMUNES_TWO_LINES_HEADERS);
    expect(told(findings)).toEqual(expected);
    expect(findings[0].message.en).toEqual(expect.stringContaining("repeat the figures of the row above"));
  });
});
