/**
 * A commune's row written twice while a plan commune has none (the typist
 * put one row twice, the other's left out): where the typed subtotals prove
 * what the missing commune held and every comparison the pair moves lands
 * on the plan, the ceilings (and subtotals) they make are named in their
 * findings, not told apart; where nothing proves it (formula totals) the
 * repeat is counted once and the gaps weighed as a deleted row's; where
 * another mistake touches a line they move, every ceiling stays.
 */
import { checkTotals, told, withFigure, type District, type Layout, type PlanSpec, SIX_COMMUNES_PLAN as PLAN, SIX_COMMUNES_HEADERS as HEADERS, SIX_COMMUNES as DISTRICTS } from "./totalsSheet";

/** Khánh Thượng's row written again where Ba Trại's should be. */
const SAME: District[] = [{ ...DISTRICTS[0], communes: [DISTRICTS[0].communes[0], DISTRICTS[0].communes[1], DISTRICTS[0].communes[0]] }, DISTRICTS[1]];
/** Ba Trại's row gone from Ba Vì, An Phú's written again in Mỹ Đức. */
const OTHER: District[] = [{ ...DISTRICTS[0], communes: DISTRICTS[0].communes.slice(0, 2) }, { ...DISTRICTS[1], communes: [...DISTRICTS[1].communes, DISTRICTS[1].communes[0]] }];
const TYPED: Layout = { totals: "typed", districtRows: true };

describe("typed totals prove the missing commune's figures", () => {
  test("in one district: the repeat's row is the one finding, naming the missing commune, its figures and what comes right", () => {
    const findings = checkTotals(PLAN, DISTRICTS, SAME, TYPED, HEADERS);
    expect(told(findings)).toEqual(["duplicate B6"]);
    const [repeat] = findings;
    expect(repeat.message.vi).toContain('có lẽ dòng này là của "Ba Trại"');
    expect(repeat.message.vi).toContain("(1 tổ, 1 địa chỉ và 80 triệu đồng)");
    for (const cell of ["D3", "E3", "D2", "E2"]) expect(repeat.message.vi).toContain(`(${cell})`);
    expect(repeat.message.en).toContain('this row is probably "Ba Trại"\'s');
  });

  test("in two districts: the repeat and the missing commune, each naming the ceilings they make together", () => {
    const findings = checkTotals(PLAN, DISTRICTS, OTHER, TYPED, HEADERS);
    expect(told(findings)).toEqual(["coverage Ba Trại", "duplicate B10"]);
    for (const finding of findings) for (const cell of ["D2", "E2"]) expect(finding.message.vi).toContain(`(${cell})`);
    expect(findings.find((f) => f.rule === "coverage")?.message.vi).toContain("cùng với dòng trùng B10, đúng là chênh lệch");
  });
});

describe("a typed grand total proves them where the district has no typed subtotal", () => {
  test.each<[string, Layout, string, string]>([
    // The repeat on row 6 under district rows, on row 5 without; An Phú's repeat on row 10, on row 8.
    ["district subtotals formulas", { totals: "typed", districtRows: true, districtTotals: "formula" }, "duplicate B6", "duplicate B10"],
    ["no district subtotals", { totals: "typed", districtRows: true, districtTotals: "none" }, "duplicate B6", "duplicate B10"],
    ["no district rows", { totals: "typed", districtRows: false }, "duplicate B5", "duplicate B8"],
  ])("%s: the ceilings and the grand total's subtotals folded", (_name, layout, same, other) => {
    const one = checkTotals(PLAN, DISTRICTS, SAME, layout, HEADERS);
    expect(told(one)).toEqual([same]);
    expect(one[0].message.vi).toContain('có lẽ dòng này là của "Ba Trại"');
    expect(one[0].message.vi).toContain("các ô cộng gõ tay của Tổng cộng cho đúng phần của nó (1 tổ, 1 địa chỉ và 80 triệu đồng)");
    for (const cell of ["D2", "E2"]) expect(one[0].message.vi).toContain(`(${cell})`);
    expect(told(checkTotals(PLAN, DISTRICTS, OTHER, layout, HEADERS))).toEqual(["coverage Ba Trại", other]);
  });

  // The plan's money target 605: the pair puts the line on 600, not on the plan.
  test("a comparison the pair does not put on the plan: the ceilings stay", () => {
    const plan: PlanSpec = { lines: [PLAN.lines[0], PLAN.lines[1], { ...PLAN.lines[2], target: 605 }] };
    const findings = checkTotals(plan, DISTRICTS, SAME, { totals: "typed", districtRows: false }, HEADERS);
    expect(told(findings)).toEqual(expect.arrayContaining(["ceiling D2", "ceiling E2"]));
  });
});

describe("no typed total proves it: the repeat counted once, the gaps weighed as a deleted row's", () => {
  test.each<[string, Layout]>([
    ["formula totals", { totals: "formula", districtRows: true }],
    ["no totals", { totals: "none", districtRows: true }],
  ])("%s: the ceilings named in the coverage finding with the repeat", (_name, layout) => {
    for (const [sheet, repeat] of [
      [SAME, "B6"],
      [OTHER, "B10"],
    ] as const) {
      const findings = checkTotals(PLAN, DISTRICTS, sheet, layout, HEADERS);
      expect(told(findings)).toEqual(["coverage Ba Trại", `duplicate ${repeat}`]);
      const coverage = findings.find((f) => f.rule === "coverage");
      for (const cell of ["D2", "E2"]) expect(coverage?.message.vi).toContain(`(${cell})`);
      expect(coverage?.message.vi).toContain(`bỏ dòng trùng ${repeat} (đã tính hai lần)`);
      expect(coverage?.message.en).toContain(`with the repeated row ${repeat} (counted twice) removed`);
    }
  });

  // The plan's money target 900: with the repeat counted once the line is under by more than any one commune could hold.
  test("a line the repeat counted once leaves under by more than a commune could hold: the ceilings stay", () => {
    const plan: PlanSpec = { lines: [PLAN.lines[0], PLAN.lines[1], { ...PLAN.lines[2], target: 900 }] };
    const findings = checkTotals(plan, DISTRICTS, OTHER, { totals: "formula", districtRows: true }, HEADERS);
    expect(told(findings)).toEqual(expect.arrayContaining(["ceiling E2"]));
  });
});

describe("something else touches a line the pair moves: every ceiling stays", () => {

  // Hùng Tiến's addresses typed 4 for 2 besides: the line is over by more than the pair makes.
  test("a commune's figure off on a line the pair moves", () => {
    const findings = checkTotals(PLAN, DISTRICTS, withFigure(OTHER, 1, 1, 1, 4), TYPED, HEADERS);
    expect(told(findings)).toContain("ceiling D2");
    expect(told(findings)).toContain("ceiling E2");
  });

  // The plan's money target 605: the pair puts the line on 600, not on the plan.
  test("a comparison the pair does not put on the plan", () => {
    const plan: PlanSpec = { lines: [PLAN.lines[0], PLAN.lines[1], { ...PLAN.lines[2], target: 605 }] };
    const findings = checkTotals(plan, DISTRICTS, OTHER, TYPED, HEADERS);
    expect(told(findings)).toEqual(expect.arrayContaining(["ceiling D2", "ceiling E2"]));
  });

  // The repeat's district typed with the repeat counted: the typist's totals do not leave it out.
  test("the repeat's district typed with the repeat", () => {
    const findings = checkTotals(PLAN, DISTRICTS, OTHER, { ...TYPED, typedAsWritten: true }, HEADERS);
    expect(told(findings)).toEqual(expect.arrayContaining(["ceiling D2", "ceiling E2"]));
  });
});
