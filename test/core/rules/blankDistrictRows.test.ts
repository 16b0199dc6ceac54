/**
 * District rows that only name their district (blank figures) pass their
 * communes' figures up to a typed grand total as a SUM would: a repeated
 * commune the typed grand total leaves out, or a deleted one it still
 * counts, is one finding, as under formula district subtotals.
 */
import { checkTotals, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, told, type District, type Layout } from "./totalsSheet";

const PLAN = SIX_COMMUNES_TWO_LINES_PLAN;
const HEADERS = SIX_COMMUNES_TWO_LINES_HEADERS;
const DISTRICTS = SIX_COMMUNES_TWO_LINES;
const REPEATED: District[] = [{ ...DISTRICTS[0], communes: [...DISTRICTS[0].communes, DISTRICTS[0].communes[1]] }, DISTRICTS[1]];
const DELETED: District[] = [{ ...DISTRICTS[0], communes: DISTRICTS[0].communes.slice(0, 2) }, DISTRICTS[1]];

describe.each<[string, Layout]>([
  ["blank district rows", { totals: "typed", districtRows: true, districtTotals: "none" }],
  ["formula district subtotals", { totals: "typed", districtRows: true, districtTotals: "formula" }],
])("%s under a typed grand total", (_name, layout) => {
  test("a commune written twice: one duplicate finding", () => {
    expect(told(checkTotals(PLAN, DISTRICTS, REPEATED, layout, HEADERS))).toEqual(["duplicate B7"]);
  });

  test("a commune deleted: one coverage finding", () => {
    expect(told(checkTotals(PLAN, DISTRICTS, DELETED, layout, HEADERS))).toEqual(["coverage Ba Trại"]);
  });
});
