/**
 * A commune's row hidden rather than deleted, its figures still counted by
 * the totals: every plan line it fills over the plan by exactly its figures
 * is one error, at the hidden row's first cell, its `hidden` note said in it.
 */
import { checkTotals, told, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, type District, type Layout, type PlanSpec } from "./totalsSheet";

const PLAN = SIX_COMMUNES_TWO_LINES_PLAN;
const FORMULA: Layout = { totals: "formula", districtRows: true };

/** The districts with an old commune `Vật Lại` holding `values` after Ba Vì's communes (row 7). */
function withOld(values: readonly number[]): District[] {
  return SIX_COMMUNES_TWO_LINES.map((district, i) => (i === 0 ? { ...district, communes: [...district.communes, { name: "Vật Lại", values }] } : district));
}

describe("a commune's row hidden, its figures still counted", () => {
  test.each<[string, PlanSpec, readonly number[], Layout, readonly number[], string[]]>([
    // Vật Lại (row 7: 1, 50) hidden under formula totals: both lines over by exactly its figures.
    ["an old row hidden, formula totals", PLAN, [1, 50], FORMULA, [7], ["ceiling C7"]],
    ["an old row hidden, no totals", PLAN, [1, 50], { totals: "none", districtRows: true }, [7], ["ceiling C7"]],
    // Not hidden: the ceilings stay where they are.
    ["the same row shown", PLAN, [1, 50], FORMULA, [], ["ceiling C2", "ceiling D2"]],
    // Hidden, but the money line over by more than it holds (the plan's 580): the findings stay.
    ["over by more than the hidden row holds", { lines: [PLAN.lines[0], { ...PLAN.lines[1], target: 580 }] }, [1, 50], FORMULA, [7], ["ceiling C2", "ceiling D2", "hidden B7"]],
  ])("%s", (_name, plan, values, layout, hidden, expected) => {
    const planned = SIX_COMMUNES_TWO_LINES;
    const findings = checkTotals(plan, planned, withOld(values), layout, SIX_COMMUNES_TWO_LINES_HEADERS, { noAreas: true, hiddenRows: hidden });
    expect(told(findings)).toEqual(expected);
  });

  test("the finding names the hidden row and the plan comparisons", () => {
    const [finding] = checkTotals(PLAN, SIX_COMMUNES_TWO_LINES, withOld([1, 50]), FORMULA, SIX_COMMUNES_TWO_LINES_HEADERS, { noAreas: true, hiddenRows: [7] });
    expect(finding).toMatchObject({ rule: "ceiling", severity: "error", area: "Xã Vật Lại" });
    expect(finding.message.en).toEqual(expect.stringContaining('The row of "Xã Vật Lại" is hidden'));
    expect(finding.message.en).toEqual(expect.stringContaining("(1 địa chỉ and 50 million VND)"));
  });
});
