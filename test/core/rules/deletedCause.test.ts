/**
 * One cause, one finding for a plan commune whose row was deleted: whatever
 * the totals (typed as they were, SUM formulas that follow the deletion,
 * none), with or without district rows, the `coverage` finding is the one
 * finding when the commune's figures are the only gap; the under-plan
 * ceilings are named in it. A sheet with anything else off keeps them.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { parseA1 } from "../../../src/core/model/address";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";
import { allocationRows, checkTotals, LAYOUTS, told, withFigure, type District, type Layout, type PlanSpec, SIX_COMMUNES_PLAN as PLAN, SIX_COMMUNES_HEADERS as HEADERS, SIX_COMMUNES as DISTRICTS } from "./totalsSheet";

/** Xã Ba Trại's row gone. */
const DELETED: District[] = [{ ...DISTRICTS[0], communes: DISTRICTS[0].communes.slice(0, 2) }, DISTRICTS[1]];

describe.each(LAYOUTS)("a plan commune's row deleted (totals $totals, district rows $districtRows)", (layout) => {
  test("its figures the only gap: one coverage finding, naming the ceilings", () => {
    const findings = checkTotals(PLAN, DISTRICTS, DELETED, layout, HEADERS);
    expect(told(findings)).toEqual(["coverage Ba Trại"]);
  });

  test("another commune's figure off besides: the ceilings it leaves are told", () => {
    const findings = checkTotals(PLAN, DISTRICTS, withFigure(DELETED, 1, 0, 1, 9), layout, HEADERS);
    expect(told(findings)).toContain("coverage Ba Trại");
    expect(findings.length).toBeGreaterThan(1);
  });
});

describe("formula totals: lines off by what the commune could not hold", () => {
  const formula = { totals: "formula", districtRows: true } as const;
  test("the coverage finding names the gaps and the ceilings", () => {
    const [finding] = checkTotals(PLAN, DISTRICTS, DELETED, formula, HEADERS);
    expect(finding.message.vi).toEqual(expect.stringContaining("1 tổ (C2), 1 địa chỉ (D2) và 80 triệu đồng (E2)"));
    expect(finding.message.en).toEqual(expect.stringContaining("was probably deleted from the table"));
  });

  // The quota line short by exactly one commune's quota: the other lines it explains are named, the line off on its own stays.
  test("a line under by more than any commune holds", () => {
    const plan: PlanSpec = { lines: [PLAN.lines[0], { ...PLAN.lines[1], target: 20 }, PLAN.lines[2]] };
    expect(told(checkTotals(plan, DISTRICTS, DELETED, formula, HEADERS))).toEqual(["ceiling D2", "coverage Ba Trại"]);
  });

  test("a line over its plan besides", () => {
    const plan: PlanSpec = { lines: [PLAN.lines[0], { ...PLAN.lines[1], target: 10 }, PLAN.lines[2]] };
    expect(told(checkTotals(plan, DISTRICTS, DELETED, formula, HEADERS))).toEqual(["ceiling D2", "coverage Ba Trại"]);
  });

  test("without a quota line, a line off on its own keeps every ceiling", () => {
    const plan: PlanSpec = { lines: [{ code: "1", name: PLAN.lines[0].name, unit: "tổ", target: 6 }, { ...PLAN.lines[1], target: 20 }, PLAN.lines[2]] };
    expect(told(checkTotals(plan, DISTRICTS, DELETED, formula, HEADERS))).toEqual(["ceiling C2", "ceiling D2", "ceiling E2", "coverage Ba Trại"]);
  });

  test("a line every commune fills meets its plan without it", () => {
    const plan: PlanSpec = { lines: [PLAN.lines[0], { ...PLAN.lines[1], target: 11 }, PLAN.lines[2]] };
    expect(told(checkTotals(plan, DISTRICTS, DELETED, formula, HEADERS))).toEqual(["ceiling C2", "ceiling E2", "coverage Ba Trại"]);
  });
});

describe("a commune deleted and another's figure wrong, district subtotals following their communes under a typed grand total", () => {
  test.each([
    ["formula district subtotals", "formula"],
    ["blank district rows", "none"],
  ] as const)("%s: the coverage finding, and the wrong line's grand total", (_name, districtTotals) => {
    const findings = checkTotals(PLAN, DISTRICTS, withFigure(DELETED, 1, 0, 1, 5), { totals: "typed", districtRows: true, districtTotals }, HEADERS);
    expect(told(findings)).toEqual(["coverage Ba Trại", "subtotal D2"]);
  });
});

describe("formula totals: a commune deleted and another's figure wrong", () => {
  test("the quota line short by its quota: the coverage finding names the lines it explains, the wrong line keeps its ceiling", () => {
    const findings = checkTotals(PLAN, DISTRICTS, withFigure(DELETED, 1, 0, 1, 5), { totals: "formula", districtRows: true }, HEADERS);
    expect(told(findings)).toEqual(["ceiling D2", "coverage Ba Trại"]);
  });

  test("no quota line: every ceiling stays", () => {
    const plan: PlanSpec = { lines: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.target })) };
    const findings = checkTotals(plan, DISTRICTS, withFigure(DELETED, 1, 0, 1, 5), { totals: "formula", districtRows: true }, HEADERS);
    expect(told(findings)).toEqual(["ceiling C2", "ceiling D2", "ceiling E2", "coverage Ba Trại"]);
  });
});

describe("the deleted commune held a line's largest figure", () => {
  /** Xã Ba Trại with `values`, the plan's targets counting them; the communes left hold at most 3 địa chỉ and 120 triệu. */
  function check(values: number[], quota: boolean, addressTarget: number | null, layout: Layout): string[] {
    const all: District[] = [{ ...DISTRICTS[0], communes: [DISTRICTS[0].communes[0], DISTRICTS[0].communes[1], { name: "Ba Trại", values }] }, DISTRICTS[1]];
    const gone: District[] = [{ ...all[0], communes: all[0].communes.slice(0, 2) }, all[1]];
    const totals = [0, 1, 2].map((line) => all.reduce((s, d) => s + d.communes.reduce((t, c) => t + Number(c.values[line]), 0), 0));
    const lines = PLAN.lines.map((l, line) => ({ code: l.code, name: l.name, unit: l.unit, target: line === 1 && addressTarget !== null ? addressTarget : totals[line], ...(quota && l.quota !== undefined ? { quota: l.quota } : {}) }));
    return told(checkTotals({ lines }, all, gone, layout, HEADERS));
  }
  const followed: Layout[] = [
    { totals: "formula", districtRows: true },
    { totals: "formula", districtRows: false },
    { totals: "none", districtRows: true },
  ];
  test.each<[string, number[], boolean, number | null, string[]]>([
    ["the largest figures of two lines, a quota line short by its quota", [1, 4, 150], true, null, ["coverage Ba Trại"]],
    ["the largest figure of one line, two lines under by what a commune left holds", [1, 4, 80], false, null, ["coverage Ba Trại"]],
    // Up to twice the largest figure left: not beyond it.
    ["a line under by more than twice any commune's figure, beside a quota line", [1, 2, 150], true, 19, ["ceiling D2", "coverage Ba Trại"]],
    // One line only fits the tighter bound: nothing says a row is gone.
    ["the largest figures of two lines, no quota line", [1, 4, 150], false, null, ["ceiling C2", "ceiling D2", "ceiling E2", "coverage Ba Trại"]],
  ])("%s", (_name, values, quota, addressTarget, expected) => {
    for (const layout of followed) expect(check(values, quota, addressTarget, layout)).toEqual(expected);
  });
});

describe("formula totals: a commune deleted and another's cell in error on one line", () => {
  test.each<[string, number, CellValue, string[]]>([
    ["#REF! on the money line: that line keeps its ceiling and the error, the others are named in the coverage finding", 2, { error: "#REF!" }, ["ceiling E2", "coverage Ba Trại", "invalid-value E8"]],
    ["a negative count: that line keeps its ceiling and the error", 1, -2, ["ceiling D2", "coverage Ba Trại", "invalid-value D8"]],
  ])("%s", (_name, line, value, expected) => {
    const findings = checkTotals(PLAN, DISTRICTS, withFigure(DELETED, 1, 1, line, value), { totals: "formula", districtRows: true }, HEADERS);
    expect(told(findings)).toEqual(expected);
  });
});

describe("a deleted commune beside a mistake that moves no allocation", () => {
  const layout = { totals: "formula", districtRows: true } as const;
  /** The sheet of `DELETED` with one cell changed (a district's subtotal typed, a commune's figure as text). */
  function checkWith(cell: string, value: CellValue, skippedBy: string[] = []): string[] {
    const { rows, formulas } = allocationRows(HEADERS, DISTRICTS, DELETED, layout);
    const { row, col } = parseA1(cell);
    // The formula totals over a figure typed as text show Excel's SUM, which skips it.
    for (const total of skippedBy) {
      const at = parseA1(total);
      rows[at.row][at.col] = (rows[at.row][at.col] as number) - (rows[row][col] as number);
    }
    rows[row][col] = value;
    delete formulas[cell];
    const plan = readPlanJson(
      { title: "Kế hoạch thử", indicators: PLAN.lines, areas: DISTRICTS.flatMap((d) => d.communes.map((c) => ({ district: d.name, commune: c.name }))) },
      "plan.json",
    );
    const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows, { formulas })), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    return told(report.findings);
  }

  test("Mỹ Đức's money subtotal typed 400 for its communes' 300: the subtotal and the coverage finding, no ceiling", () => {
    // Row 6 is Huyện Mỹ Đức (title row 1, total 2, Ba Vì 3, its two communes 4–5), column E the money line.
    expect(checkWith("E6", 400)).toEqual(["coverage Ba Trại", "subtotal E6"]);
  });

  test("An Phú's addresses typed as text under a SUM: the text number and the coverage finding, no ceiling", () => {
    expect(checkWith("D7", "2", ["D6", "D2"])).toEqual(["coverage Ba Trại", "text-number D7"]);
  });
});

describe("the coverage finding's words beside another finding", () => {
  const layout = { totals: "formula", districtRows: true } as const;
  test("a number typed as text beside it: the message names it, never says nothing else is off", () => {
    const { rows, formulas } = allocationRows(HEADERS, DISTRICTS, DELETED, layout);
    rows[6][3] = "2";
    rows[5][3] = (rows[5][3] as number) - 2;
    rows[1][3] = (rows[1][3] as number) - 2;
    delete formulas.D7;
    const plan = readPlanJson(
      { title: "Kế hoạch thử", indicators: PLAN.lines, areas: DISTRICTS.flatMap((d) => d.communes.map((c) => ({ district: d.name, commune: c.name }))) },
      "plan.json",
    );
    const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows, { formulas })), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    const coverage = report.findings.find((f) => f.rule === "coverage");
    expect(told(report.findings)).toEqual(["coverage Ba Trại", "text-number D7"]);
    expect(coverage?.message.vi).not.toContain("không còn sai lệch nào khác");
    expect(coverage?.message.vi).toContain("ngoài điều đã báo riêng ở D7");
    expect(coverage?.message.en).toContain("besides what is told apart at D7");
  });

  test("nothing else told: the message says so", () => {
    const [finding] = checkTotals(PLAN, DISTRICTS, DELETED, layout, HEADERS);
    expect(finding.message.vi).toContain("mọi chỉ tiêu còn thấp hơn kế hoạch");
    expect(finding.message.vi).toContain("không còn sai lệch nào khác");
  });
});

describe("a deleted commune beside a SUM stopping one row short, off by the very figure the commune held", () => {
  // Phù Lưu's money 80 (as Ba Trại's): Mỹ Đức's =SUM(E7:E8) leaves it out, off by 80, the money line's gap.
  const districts = withFigure(DISTRICTS, 1, 2, 2, 80);
  const deleted: District[] = [{ ...districts[0], communes: districts[0].communes.slice(0, 2) }, districts[1]];
  const lines = [PLAN.lines[0], PLAN.lines[1], { ...PLAN.lines[2], target: 580 }];
  test("the short formula and the coverage finding, no ceiling", () => {
    const { rows, formulas } = allocationRows(HEADERS, districts, deleted, { totals: "formula", districtRows: true });
    formulas.E6 = "SUM(E7:E8)";
    rows[5][4] = 200;
    rows[1][4] = 420;
    const plan = readPlanJson({ title: "Kế hoạch thử", indicators: lines, areas: districts.flatMap((d) => d.communes.map((c) => ({ district: d.name, commune: c.name }))) }, "plan.json");
    const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows, { formulas })), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    expect(told(report.findings)).toEqual(["coverage Ba Trại", "subtotal E6"]);
    expect(report.findings.find((f) => f.rule === "coverage")?.message.vi).toContain("80 triệu đồng (E2)");
  });
});
