/**
 * A commune's row deleted under a district whose typed subtotals still count
 * it, the plan listing no areas to name it: the district's subtotals, each
 * over its rows by a share one commune could hold, with the grand total
 * showing the plan, are one finding at the district's first told cell.
 */
import { checkTotals, told, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, type District, type Layout, type PlanSpec } from "./totalsSheet";

const PLAN = SIX_COMMUNES_TWO_LINES_PLAN;
const DISTRICTS = SIX_COMMUNES_TWO_LINES;
const TYPED: Layout = { totals: "typed", districtRows: true };

/** The districts without commune `c` of district `d`. */
function without(districts: readonly District[], d: number, c: number): District[] {
  return districts.map((district, i) => ({ ...district, communes: district.communes.filter((_, j) => i !== d || j !== c) }));
}

// Minh Quang (3, 120) holds more than twice any other commune's money when it holds 500 (the plan's money 980).
const LARGE: District[] = DISTRICTS.map((district, i) => ({ ...district, communes: district.communes.map((commune, j) => (i === 0 && j === 1 ? { ...commune, values: [3, 500] } : commune)) }));
const LARGE_PLAN: PlanSpec = { lines: [PLAN.lines[0], { ...PLAN.lines[1], target: 980 }] };
// Phù Lưu holding no địa chỉ: its row gone puts one subtotal off only (the plan's 10).
const NO_COUNT: District[] = DISTRICTS.map((district, i) => ({ ...district, communes: district.communes.map((commune, j) => (i === 1 && j === 2 ? { ...commune, values: [0, 100] } : commune)) }));
const NO_COUNT_PLAN: PlanSpec = { lines: [{ ...PLAN.lines[0], target: 10 }, PLAN.lines[1]] };

describe("a commune's row deleted, the plan listing no areas", () => {
  test.each<[string, PlanSpec, readonly District[], number, number, Layout, string[]]>([
    // Ba Vì (row 3) typed 6 and 300 over Khánh Thượng and Ba Trại (3 and 180): one finding, at C3.
    ["Minh Quang's row deleted", PLAN, DISTRICTS, 0, 1, TYPED, ["subtotal C3"]],
    ["Phù Lưu's row deleted", PLAN, DISTRICTS, 1, 2, TYPED, ["subtotal C7"]],
    // Formula totals follow the deletion: only the plan shows it.
    ["formula totals", PLAN, DISTRICTS, 0, 1, { totals: "formula", districtRows: true }, ["ceiling C2", "ceiling D2"]],
    // 500 is more than one commune of the sheet holds: no evidence of one row.
    ["a gap larger than a commune holds", LARGE_PLAN, LARGE, 0, 1, TYPED, ["subtotal C3", "subtotal D3"]],
    // One line off: any mistyped figure could be it.
    ["one subtotal off", NO_COUNT_PLAN, NO_COUNT, 1, 2, TYPED, ["subtotal D7"]],
  ])("%s", (_name, plan, planned, d, c, layout, expected) => {
    expect(told(checkTotals(plan, planned, without(planned, d, c), layout, SIX_COMMUNES_TWO_LINES_HEADERS, { noAreas: true }))).toEqual(expected);
  });

  test("the finding names the subtotals and the shares they hold", () => {
    const [finding] = checkTotals(PLAN, DISTRICTS, without(DISTRICTS, 0, 1), TYPED, SIX_COMMUNES_TWO_LINES_HEADERS, { noAreas: true });
    expect(finding.message.en).toEqual(expect.stringContaining("The typed subtotals of Huyện Ba Vì (C3 and D3)"));
    expect(finding.message.en).toEqual(expect.stringContaining("(3 địa chỉ and 120 million VND)"));
    expect(finding.message.vi).toEqual(expect.stringContaining("bị xóa khỏi Huyện Ba Vì"));
  });
});
