/**
 * A commune's row present but left blank under typed district subtotals and a
 * typed grand total: where the subtotals' gaps prove the row's figures (the
 * quota line short by the quota, every other line's subtotal over by what one
 * commune could hold, filling the row puts the plan right), one finding at the
 * blank row names the subtotals that come right; where anything else touches
 * those lines, or nothing proves it, every finding stays.
 */
import { checkTotals, told, withFigure, type District, type Layout, type PlanSpec, SIX_COMMUNES_PLAN as PLAN, SIX_COMMUNES_HEADERS as HEADERS, SIX_COMMUNES as DISTRICTS } from "./totalsSheet";

const TYPED: Layout = { totals: "typed", districtRows: true };
/** Minh Quang's row present, every figure blank. */
const BLANK: District[] = [0, 1, 2].reduce((d, line) => withFigure(d, 0, 1, line, null), DISTRICTS);

test("a blank row under typed totals: one finding at it, naming the subtotals that come right", () => {
  const findings = checkTotals(PLAN, DISTRICTS, BLANK, TYPED, HEADERS);
  expect(told(findings)).toEqual(["quota C5"]);
  const [quota] = findings;
  expect(quota.message.vi).toContain("(1 tổ, 3 địa chỉ và 120 triệu đồng)");
  for (const cell of ["C3", "D3", "E3"]) expect(quota.message.vi).toContain(`(${cell})`);
  expect(quota.message.en).toContain("was probably left unfilled");
});

describe("refused: every finding stays", () => {
  test("another commune's figure off on a line the row moves", () => {
    const findings = told(checkTotals(PLAN, DISTRICTS, withFigure(BLANK, 1, 1, 1, 4), TYPED, HEADERS));
    expect(findings).toEqual(expect.arrayContaining(["quota C5", "subtotal D3", "subtotal E3"]));
  });

  test("a plan the filled row does not meet", () => {
    const plan: PlanSpec = { lines: [PLAN.lines[0], PLAN.lines[1], { ...PLAN.lines[2], target: 605 }] };
    expect(told(checkTotals(plan, DISTRICTS, BLANK, TYPED, HEADERS))).toEqual(expect.arrayContaining(["quota C5", "subtotal D3", "subtotal E3"]));
  });

  test("a subtotal over by more than one commune could hold", () => {
    const planned = withFigure(DISTRICTS, 0, 1, 2, 400);
    const plan: PlanSpec = { lines: [PLAN.lines[0], PLAN.lines[1], { ...PLAN.lines[2], target: 880 }] };
    expect(told(checkTotals(plan, planned, BLANK, TYPED, HEADERS))).toEqual(expect.arrayContaining(["quota C5", "subtotal E3"]));
  });

  test("a row only partly blank", () => {
    const partly = withFigure(BLANK, 0, 1, 2, 120);
    expect(told(checkTotals(PLAN, DISTRICTS, partly, TYPED, HEADERS))).toEqual(expect.arrayContaining(["quota C5", "subtotal D3"]));
  });

  test.each<[string, Layout]>([
    ["formula totals", { totals: "formula", districtRows: true }],
    ["no totals", { totals: "none", districtRows: true }],
  ])("%s: nothing proves the row's figures", (_name, layout) => {
    expect(told(checkTotals(PLAN, DISTRICTS, BLANK, layout, HEADERS))).toContain("quota C5");
    expect(told(checkTotals(PLAN, DISTRICTS, BLANK, layout, HEADERS)).length).toBeGreaterThan(1);
  });
});
