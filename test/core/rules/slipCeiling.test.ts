/**
 * One slip of the keyboard in a commune's figure (a digit typed twice or one
 * too many, two neighbouring digits swapped) under totals that follow the
 * table (SUM formulas, or none): the line over its plan by exactly the slip,
 * told at the commune's cell when it is the only commune whose figure,
 * corrected by the excess, reads as one slip of it and stands out of its
 * line — otherwise the ceiling stays at the total.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/core/model/workbook";
import { checkTotals, told, withFigure, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, type District, type Layout } from "./totalsSheet";

const FORMULA: Layout = { totals: "formula", districtRows: true };
const FORMULA_FLAT: Layout = { totals: "formula", districtRows: false };
const NONE: Layout = { totals: "none", districtRows: true };
const NONE_FLAT: Layout = { totals: "none", districtRows: false };
const TYPED: Layout = { totals: "typed", districtRows: true };

// Ba Vì: Khánh Thượng (row 4: 2, 100), Minh Quang (row 5: 3, 120), Ba Trại (row 6: 1, 80); Mỹ Đức (row 7) over
// An Phú (row 8: 2, 90), Hùng Tiến (row 9: 2, 110), Phù Lưu (row 10: 2, 100). Counts in column C, money in D.
describe("a commune's figure typed with one slip under totals that follow the table", () => {
  test.each<[string, number, number, number, CellValue, Layout, string[]]>([
    ["a digit typed twice (1100 for 110), formula subtotals", 1, 1, 1, 1100, FORMULA, ["ceiling D9"]],
    ["a zero too many (30 for 3), formula subtotals", 0, 1, 0, 30, FORMULA, ["ceiling C5"]],
    ["a digit typed twice, formula grand total only", 1, 1, 1, 1100, FORMULA_FLAT, ["ceiling D7"]],
    ["a digit typed twice, no totals", 1, 1, 1, 1100, NONE, ["ceiling D9"]],
    ["a zero too many (1200 for 120), no totals, no district rows", 0, 1, 1, 1200, NONE_FLAT, ["ceiling D4"]],
    // Typed subtotals show the plan: the same slip told by the subtotal check (slipCause), once.
    ["a digit typed twice, typed subtotals", 1, 1, 1, 1100, TYPED, ["subtotal D9"]],
    // A digit left out puts the line under the plan: a gap still to allocate, told at the total.
    ["a digit left out (12 for 120): under the plan", 0, 1, 1, 12, FORMULA, ["ceiling D2"]],
    // 180 for 80 is one digit typed for another (no digit slip): kept at the total.
    ["a digit typed for another (180 for 80)", 0, 2, 1, 180, FORMULA, ["ceiling D2"]],
    // 210 for 120 stands out of nothing (the line holds 80–110): a large share, not a slip by itself.
    ["two digits swapped, the figure not standing out (210 for 120)", 0, 1, 1, 210, FORMULA, ["ceiling D2"]],
  ])("%s", (_name, d, c, line, value, layout, expected) => {
    const findings = checkTotals(SIX_COMMUNES_TWO_LINES_PLAN, SIX_COMMUNES_TWO_LINES, withFigure(SIX_COMMUNES_TWO_LINES, d, c, line, value), layout, SIX_COMMUNES_TWO_LINES_HEADERS);
    expect(told(findings)).toEqual(expected);
  });

  test("the finding gives the figure meant and names the plan comparison", () => {
    const findings = checkTotals(SIX_COMMUNES_TWO_LINES_PLAN, SIX_COMMUNES_TWO_LINES, withFigure(SIX_COMMUNES_TWO_LINES, 1, 1, 1, 1100), FORMULA, SIX_COMMUNES_TWO_LINES_HEADERS);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "ceiling", severity: "error", cell: "D9", area: "Xã Hùng Tiến", indicator: "3", expected: 600_000_000, actual: 1_590_000_000 });
    expect(findings[0].message.en).toEqual(expect.stringContaining("corrected to 110 million VND"));
    expect(findings[0].message.en).toEqual(expect.stringContaining("against the plan"));
  });

  // Communes of one scale (no figure more than twice another), the plan below what they hold by any amount: no slip
  // stands out, so the ceiling is never moved to a commune.
  test("clean sheets over the plan with no slip never tell a commune", () => {
    const communes = fc.array(fc.integer({ min: 50, max: 100 }), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(communes, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 200 }), fc.boolean(), fc.boolean(), (figures, excess, formula, districtRows) => {
        const districts: District[] = figures.map((values, d) => ({
          name: ["Ba Vì", "Mỹ Đức", "Quốc Oai"][d],
          communes: values.map((value, c) => ({ name: `Xã ${d}-${c}`, values: [value] })),
        }));
        const sum = figures.flat().reduce((a, b) => a + b, 0);
        const plan = { lines: [{ code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: Math.max(1, sum - excess) }] };
        const layout: Layout = { totals: formula ? "formula" : "none", districtRows };
        const findings = checkTotals(plan, districts, districts, layout, ["Kinh phí hỗ trợ (triệu đồng)"]);
        const ceilings = findings.filter((f) => f.rule === "ceiling");
        return ceilings.length === 1 && ceilings[0].area === null;
      }),
      { numRuns: 60 },
    );
  });
});
