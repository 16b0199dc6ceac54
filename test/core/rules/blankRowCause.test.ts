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

describe("the same evidence without a quota line or without district rows", () => {
  /** The plan without its quota: no quota finding to tell the row in. */
  const NO_QUOTA: PlanSpec = { lines: [{ ...PLAN.lines[0], quota: undefined }, PLAN.lines[1], PLAN.lines[2]] };
  const FLAT: Layout = { totals: "typed", districtRows: false };

  test.each<[string, PlanSpec, Layout, string]>([
    // Minh Quang on row 5 under Huyện Ba Vì's row; on row 4 right under the grand total.
    ["no quota line: one finding at the row's first cell", NO_QUOTA, TYPED, "subtotal C5"],
    ["no quota line, no district rows", NO_QUOTA, FLAT, "subtotal C4"],
    ["a quota line, no district rows: at the quota cell", PLAN, FLAT, "quota C4"],
  ])("%s", (_name, plan, layout, cell) => {
    const findings = checkTotals(plan, DISTRICTS, BLANK, layout, HEADERS);
    expect(told(findings)).toEqual([cell]);
    const [finding] = findings;
    expect(finding.message.vi).toContain("3 địa chỉ và 120 triệu đồng)");
    expect(finding.message.en).toContain("was probably left unfilled");
    const totalRow = layout.districtRows ? 3 : 2;
    for (const column of ["D", "E"]) expect(finding.message.vi).toContain(`(${column}${totalRow})`);
  });

  test("no quota line: the finding gives the figure the subtotal asks for the cell", () => {
    const [finding] = checkTotals(NO_QUOTA, DISTRICTS, BLANK, TYPED, HEADERS);
    expect(finding).toMatchObject({ rule: "subtotal", severity: "error", indicator: "1", area: "Xã Minh Quang", expected: 1, actual: 0 });
  });

  test("no quota line, another commune's figure off on a line the row moves: every finding stays", () => {
    const findings = told(checkTotals(NO_QUOTA, DISTRICTS, withFigure(BLANK, 1, 1, 1, 4), TYPED, HEADERS));
    expect(findings).toEqual(expect.arrayContaining(["subtotal C3", "subtotal D3", "subtotal E3"]));
  });

  test("no quota line, two blank rows: every finding stays", () => {
    const two = [0, 1, 2].reduce((d, line) => withFigure(d, 0, 2, line, null), BLANK);
    expect(told(checkTotals(NO_QUOTA, DISTRICTS, two, TYPED, HEADERS))).toEqual(["subtotal C3", "subtotal D3", "subtotal E3"]);
  });
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

  // Its blank quota cell, and its blank addresses cell the district's typed total still counts (told at it: `blankCellCause`).
  test("a row only partly blank", () => {
    const partly = withFigure(BLANK, 0, 1, 2, 120);
    expect(told(checkTotals(PLAN, DISTRICTS, partly, TYPED, HEADERS))).toEqual(["quota C5", "subtotal D5"]);
  });

});
