/**
 * A commune's row present but left blank under totals that follow the table
 * (formulas, or none): as for a commune with no row, the under-plan ceilings
 * of the lines it would fill, each by what one commune could hold, are the
 * same cause — told once, in its quota finding; where anything else is off,
 * or a line is under by more than a commune could hold, every finding stays.
 */
import {
  checkTotals,
  told,
  withFigure,
  type District,
  type Layout,
  type PlanSpec,
  SIX_COMMUNES_PLAN as PLAN,
  SIX_COMMUNES_HEADERS as HEADERS,
  SIX_COMMUNES as DISTRICTS,
  SIX_COMMUNES_TWO_LINES_PLAN as PLAN_TWO,
  SIX_COMMUNES_TWO_LINES_HEADERS as HEADERS_TWO,
  SIX_COMMUNES_TWO_LINES as DISTRICTS_TWO,
} from "./totalsSheet";

/** Minh Quang's row present, every figure blank. */
const BLANK: District[] = [0, 1, 2].reduce((d, line) => withFigure(d, 0, 1, line, null), DISTRICTS);
const FOLLOWING: [string, Layout, string][] = [
  ["formula totals", { totals: "formula", districtRows: true }, "quota C5"],
  ["formula totals, no district rows", { totals: "formula", districtRows: false }, "quota C4"],
  ["no totals", { totals: "none", districtRows: true }, "quota C5"],
  ["no totals, no district rows", { totals: "none", districtRows: false }, "quota C4"],
];

test.each(FOLLOWING)("%s: one finding at the row's quota cell, naming the ceilings", (_name, layout, cell) => {
  const findings = checkTotals(PLAN, DISTRICTS, BLANK, layout, HEADERS);
  expect(told(findings)).toEqual([cell]);
  const [quota] = findings;
  expect(quota.message.vi).toContain("(3 địa chỉ và 120 triệu đồng)");
  expect(quota.message.en).toContain("was probably left unfilled");
  expect(quota.message.en).toContain("the allocated total of Địa chỉ tin cậy against the plan");
  expect(quota.message.en).toContain("the allocated total of Kinh phí hỗ trợ against the plan");
});

describe("refused: every finding stays", () => {
  const layout: Layout = { totals: "formula", districtRows: true };
  test("a line under by more than one commune could hold", () => {
    const plan: PlanSpec = { lines: [PLAN.lines[0], PLAN.lines[1], { ...PLAN.lines[2], target: 900 }] };
    expect(told(checkTotals(plan, DISTRICTS, BLANK, layout, HEADERS))).toEqual(["ceiling D2", "ceiling E2", "quota C5"]);
  });

  test("another commune's figure off besides", () => {
    expect(told(checkTotals(PLAN, DISTRICTS, withFigure(BLANK, 1, 1, 1, -1), layout, HEADERS))).toEqual(expect.arrayContaining(["ceiling E2", "quota C5"]));
  });

  test("two blank rows", () => {
    const two = [0, 1, 2].reduce((d, line) => withFigure(d, 1, 0, line, null), BLANK);
    expect(told(checkTotals(PLAN, DISTRICTS, two, layout, HEADERS)).length).toBeGreaterThan(2);
  });

  test("typed totals that carry the blank as they stand", () => {
    expect(told(checkTotals(PLAN, DISTRICTS, BLANK, { totals: "typed", districtRows: true, typedAsWritten: true }, HEADERS))).toEqual(expect.arrayContaining(["ceiling D2", "ceiling E2", "quota C5"]));
  });
});

describe("no quota line: the blank row's one finding is at its first cell", () => {
  /** Minh Quang's row present, both figures blank; the plan has no quota to tell it by. */
  const BLANK_TWO: District[] = [0, 1].reduce((d, line) => withFigure(d, 0, 1, line, null), DISTRICTS_TWO);
  test.each<[string, Layout, string]>([
    ["formula totals", { totals: "formula", districtRows: true }, "C5"],
    ["formula totals, no district rows", { totals: "formula", districtRows: false }, "C4"],
    ["no totals", { totals: "none", districtRows: true }, "C5"],
    ["no totals, no district rows", { totals: "none", districtRows: false }, "C4"],
  ])("%s", (_name, layout, cell) => {
    const findings = checkTotals(PLAN_TWO, DISTRICTS_TWO, BLANK_TWO, layout, HEADERS_TWO);
    expect(told(findings)).toEqual([`ceiling ${cell}`]);
    const [found] = findings;
    expect(found.severity).toBe("warning");
    expect(`${String.fromCharCode(65 + (found.col ?? 0))}${(found.row ?? 0) + 1}`).toBe(cell);
    expect(found.area).toBe("Xã Minh Quang");
    expect(found.message.vi).toContain("(3 địa chỉ và 120 triệu đồng)");
    expect(found.message.en).toContain("was probably left unfilled");
    expect(found.message.en).toContain("the allocated total of Kinh phí hỗ trợ against the plan");
  });

  test("a line under by more than one commune could hold: every ceiling stays at its total", () => {
    const plan: PlanSpec = { lines: [PLAN_TWO.lines[0], { ...PLAN_TWO.lines[1], target: 900 }] };
    expect(told(checkTotals(plan, DISTRICTS_TWO, BLANK_TWO, { totals: "formula", districtRows: true }, HEADERS_TWO))).toEqual(["ceiling C2", "ceiling D2"]);
  });
});
