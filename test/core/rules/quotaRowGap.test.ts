/**
 * A commune's row deleted under totals that follow the table, the plan
 * listing no areas: nothing names the commune. With a per-commune quota line
 * (`1 tổ/xã`) whose target counts more communes than the sheet has rows, the
 * quota line short by exactly one commune's quota, every other line short by
 * what one commune could hold: one finding, at the quota line's ceiling.
 * Without such a line a gap is no evidence: one ceiling per line, as before.
 */
import { checkTotals, told, SIX_COMMUNES, SIX_COMMUNES_HEADERS, SIX_COMMUNES_PLAN, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, withFigure, type District, type Layout, type PlanSpec } from "./totalsSheet";

const FORMULA: Layout = { totals: "formula", districtRows: true };
const FORMULA_FLAT: Layout = { totals: "formula", districtRows: false };
const NONE: Layout = { totals: "none", districtRows: true };

/** The districts without commune `c` of district `d`. */
function without(districts: readonly District[], d: number, c: number): District[] {
  return districts.map((district, i) => ({ ...district, communes: district.communes.filter((_, j) => i !== d || j !== c) }));
}

// Columns C (Tổ, 1 per commune, 6 planned), D (Địa chỉ, 12), E (money, 600). The grand total in row 2.
const NO_QUOTA_TARGET: PlanSpec = { lines: [{ ...SIX_COMMUNES_PLAN.lines[0], target: 5 }, ...SIX_COMMUNES_PLAN.lines.slice(1)] };
const MONEY_OVER: PlanSpec = { lines: [...SIX_COMMUNES_PLAN.lines.slice(0, 2), { ...SIX_COMMUNES_PLAN.lines[2], target: 450 }] };
const MONEY_FAR_UNDER: PlanSpec = { lines: [...SIX_COMMUNES_PLAN.lines.slice(0, 2), { ...SIX_COMMUNES_PLAN.lines[2], target: 900 }] };

describe("a commune's row deleted, the plan listing no areas, totals following the table", () => {
  test.each<[string, PlanSpec, readonly District[], readonly District[], Layout, string[], string[]]>([
    ["Minh Quang's row deleted, formula totals", SIX_COMMUNES_PLAN, SIX_COMMUNES, without(SIX_COMMUNES, 0, 1), FORMULA, SIX_COMMUNES_HEADERS, ["ceiling C2"]],
    ["Phù Lưu's row deleted, a grand total only", SIX_COMMUNES_PLAN, SIX_COMMUNES, without(SIX_COMMUNES, 1, 2), FORMULA_FLAT, SIX_COMMUNES_HEADERS, ["ceiling C2"]],
    ["Minh Quang's row deleted, no totals", SIX_COMMUNES_PLAN, SIX_COMMUNES, without(SIX_COMMUNES, 0, 1), NONE, SIX_COMMUNES_HEADERS, ["ceiling C2"]],
    ["two rows deleted", SIX_COMMUNES_PLAN, SIX_COMMUNES, without(without(SIX_COMMUNES, 0, 1), 1, 0), FORMULA, SIX_COMMUNES_HEADERS, ["ceiling C2"]],
    // No quota line: two lines short by what a commune could hold are no evidence of a row (a plan not wholly allocated).
    ["no quota line", SIX_COMMUNES_TWO_LINES_PLAN, SIX_COMMUNES_TWO_LINES, without(SIX_COMMUNES_TWO_LINES, 0, 1), FORMULA, SIX_COMMUNES_TWO_LINES_HEADERS, ["ceiling C2", "ceiling D2"]],
    // The quota line's target counts the rows the sheet has: no commune missing by it; the other lines' gaps stay.
    ["the quota line's target is the rows present", NO_QUOTA_TARGET, SIX_COMMUNES, without(SIX_COMMUNES, 0, 1), FORMULA, SIX_COMMUNES_HEADERS, ["ceiling D2", "ceiling E2"]],
    // A line over its plan besides: something else is off — every ceiling stays.
    ["a line over its plan besides", MONEY_OVER, SIX_COMMUNES, without(SIX_COMMUNES, 0, 1), FORMULA, SIX_COMMUNES_HEADERS, ["ceiling C2", "ceiling D2", "ceiling E2"]],
    // The money short by more than one commune could hold: a gap of its own — every ceiling stays.
    ["a line short by more than a commune holds", MONEY_FAR_UNDER, SIX_COMMUNES, without(SIX_COMMUNES, 0, 1), FORMULA, SIX_COMMUNES_HEADERS, ["ceiling C2", "ceiling D2", "ceiling E2"]],
    // A commune's tổ blank (a quota miss) rather than a row gone: the quota finding and the ceilings as before.
    ["a quota cell blank, no row missing", SIX_COMMUNES_PLAN, SIX_COMMUNES, withFigure(SIX_COMMUNES, 0, 1, 0, null), FORMULA, SIX_COMMUNES_HEADERS, ["quota C5"]],
  ])("%s", (_name, plan, planned, actual, layout, headers, expected) => {
    expect(told(checkTotals(plan, planned, actual, layout, headers, { noAreas: true }))).toEqual(expected);
  });

  test("the one finding says the row count the quota gives and names the lines it explains", () => {
    const findings = checkTotals(SIX_COMMUNES_PLAN, SIX_COMMUNES, without(SIX_COMMUNES, 0, 1), FORMULA, SIX_COMMUNES_HEADERS, { noAreas: true });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "ceiling", severity: "warning", cell: "C2", indicator: "1", expected: 6, actual: 5 });
    expect(findings[0].message.en).toContain("that is 6 communes, but the table has 5 commune rows");
    expect(findings[0].message.en).toContain("a commune's row was probably deleted");
    expect(findings[0].message.en).toContain("(D2), short by 3");
    expect(findings[0].message.en).toContain("(E2), short by 120 million VND");
    expect(findings[0].message.vi).toContain("có lẽ 1 xã bị xóa dòng");
  });

  test("with the plan listing its areas the commune is named as before (coverage)", () => {
    const findings = checkTotals(SIX_COMMUNES_PLAN, SIX_COMMUNES, without(SIX_COMMUNES, 0, 1), FORMULA, SIX_COMMUNES_HEADERS);
    expect(findings.map((f) => f.rule)).toEqual(["coverage"]);
  });
});
