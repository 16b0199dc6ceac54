/**
 * A commune's row hidden rather than deleted, its figures still counted by
 * the totals: every plan line it fills over the plan by exactly its figures
 * is one error, at the hidden row's first cell, its `hidden` note said in it.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";
import { allocationRows, checkTotals, told, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, type District, type Layout, type PlanSpec } from "./totalsSheet";

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

  // Typed subtotals kept as planned leave the hidden row out: each off by exactly its figures, told once at its label.
  // A rate column beside (no total adds it up): the old row's rate leaves nothing out, and the row is still told once.
  test.each<[string, number[], string[]]>([
    ["an old row the plan's areas lack, hidden, under typed subtotals that leave it out, a rate column beside", [7], ["coverage B7"]],
    ["the same row shown", [], ["coverage B7"]],
  ])("%s: one finding at its label", (_name, hidden, expected) => {
    const { rows } = allocationRows(SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES, withOld([1, 50]), { totals: "typed", districtRows: true });
    const withRate = rows.map((row, i) => [...row, i === 0 ? "Tỷ lệ hộ được tuyên truyền (%)" : typeof row[0] === "number" ? 85 : null]);
    const plan = readPlanJson(
      {
        title: "Kế hoạch thử",
        indicators: [...PLAN.lines, { code: "4", name: "Tỷ lệ hộ được tuyên truyền", unit: "%", target: 80 }],
        areas: SIX_COMMUNES_TWO_LINES.flatMap((d) => d.communes.map((c) => ({ district: d.name, commune: c.name }))),
      },
      "plan.json",
    );
    const data = { ...sheet("Phân bổ", withRate), hiddenRows: hidden.map((row) => row - 1) };
    const findings = checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report.findings;
    expect(told(findings)).toEqual(expected);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].message.en).toEqual(expect.stringContaining("The typed totals leave this row out"));
  });
});
