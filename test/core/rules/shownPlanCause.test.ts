/**
 * One cause, one finding: one commune's figure typed wrong while the sheet's
 * typed totals (its district's subtotal, the grand total) still show the
 * plan. The disagreement the user sees is the subtotal's: it is the one
 * finding, naming the plan comparison its gap alone puts off and what the
 * communes add up to against the plan. Formula totals follow the commune
 * (nothing shows where): the ceiling alone. A grand total typed with another
 * figure than the plan keeps both.
 */
import { checkStaff, setFigure, staffWorkbook, STAFF_DISTRICTS, STAFF_LINES, tell, type StaffLayout } from "./staffSheet";
import { checkTotals, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, LAYOUTS, told, withFigure, type District, type Layout, type PlanSpec } from "./totalsSheet";

const PLAN = SIX_COMMUNES_TWO_LINES_PLAN;
const DISTRICTS = SIX_COMMUNES_TWO_LINES;
const HEADERS = SIX_COMMUNES_TWO_LINES_HEADERS;

/** What is told for a wrong figure in Mỹ Đức (column C or D): its subtotal is on row 7; a blank total row over no district rows is no total (the header tells). */
function expected(layout: Layout, column: string): string[] {
  if (layout.totals === "typed") return [`subtotal ${column}${layout.districtRows ? 7 : 2}`];
  return [`ceiling ${column}${layout.totals === "none" && !layout.districtRows ? 1 : 2}`];
}

describe.each(LAYOUTS)("one commune's figure wrong (totals $totals, district rows $districtRows)", (layout) => {
  test.each([
    // 4 for 2: any commune of Mỹ Đức could hold the 2 too many (`spareCause` names the cell when only one could).
    ["a count typed too high", 0, 4, "C"],
    ["a count typed too low", 0, 0, "C"],
    ["an amount in triệu đồng typed too high", 1, 150, "D"],
  ])("%s: one finding", (_name, line, value, column) => {
    const findings = checkTotals(PLAN, DISTRICTS, withFigure(DISTRICTS, 1, 1, line, value), layout, HEADERS);
    expect(told(findings)).toEqual(expected(layout, column));
  });
});

describe("the told subtotal says what the communes add up to against the plan", () => {
  test("typed district subtotal", () => {
    const [finding] = checkTotals(PLAN, DISTRICTS, withFigure(DISTRICTS, 1, 1, 0, 4), { totals: "typed", districtRows: true }, HEADERS);
    expect(finding.message.vi).toEqual(expect.stringContaining("Tính từ các địa bàn, so với kế hoạch (C2): Tổng phân bổ 14 địa chỉ vượt kế hoạch 12 địa chỉ (vượt 2)."));
    expect(finding.message.en).toEqual(expect.stringContaining("Counted from the areas, against the plan (C2): Allocated 14"));
  });

  test("a grand total typed with another figure than the plan: both stay", () => {
    const plan: PlanSpec = { lines: [{ ...PLAN.lines[0], target: 13 }, PLAN.lines[1]] };
    const findings = checkTotals(plan, DISTRICTS, withFigure(DISTRICTS, 1, 1, 0, 5), { totals: "typed", districtRows: true }, HEADERS);
    expect(told(findings)).toEqual(["ceiling C2", "subtotal C7"]);
  });
});

describe("a commune deleted besides, under typed totals", () => {
  const deleted: District[] = [{ ...DISTRICTS[0], communes: DISTRICTS[0].communes.slice(0, 2) }, DISTRICTS[1]];
  test("another commune's figure wrong: the coverage finding and the subtotal, no ceiling", () => {
    const findings = checkTotals(PLAN, DISTRICTS, withFigure(deleted, 1, 0, 0, 5), { totals: "typed", districtRows: true }, HEADERS);
    expect(told(findings)).toEqual(["coverage Ba Trại", "subtotal C6"]);
  });
});

describe("a typed total both off its communes and over a missing commune", () => {
  test("either may be the gap: the subtotal and the ceiling stay beside the coverage finding", () => {
    // Xã Ba Trại (no tổ on line 1) deleted from a table without district rows whose typed grand total still counts it.
    const planned = withFigure(DISTRICTS, 0, 2, 0, 0);
    const deleted: District[] = [{ ...planned[0], communes: planned[0].communes.slice(0, 2) }, planned[1]];
    const plan: PlanSpec = { lines: [{ ...PLAN.lines[0], target: 11 }, PLAN.lines[1]] };
    const findings = checkTotals(plan, planned, deleted, { totals: "typed", districtRows: false }, HEADERS);
    expect(told(findings)).toEqual(["ceiling D2", "coverage Ba Trại", "subtotal D2"]);
  });
});

describe("no grand total: the districts' subtotals named by the level they are written with", () => {
  const layout: StaffLayout = { orientation: "areas-as-rows", grand: "none", grandTotals: "typed", districtTotals: "typed", headerRows: 1 };
  // Hùng Tiến's 115 typed 15: no commune of its district reads as a slip of it — told at the subtotal, naming the plan comparison.
  test.each<[string, string, string]>([
    ["Quận", "Các ô cộng của các quận cộng lại đúng số kế hoạch", "The urban districts' typed subtotals add up to the plan's figure"],
    ["Thị xã", "Các ô cộng của các thị xã cộng lại đúng số kế hoạch", "The towns' typed subtotals add up to the plan's figure"],
    ["Huyện", "Các ô cộng của các huyện cộng lại đúng số kế hoạch", "The districts' typed subtotals add up to the plan's figure"],
  ])("districts written %s …", (prefix, vi, en) => {
    const named = STAFF_DISTRICTS.map((d) => ({ ...d, label: `${prefix} ${d.name}` }));
    const placed = staffWorkbook(STAFF_LINES, STAFF_DISTRICTS, { actual: setFigure(named, 1, 1, 3, 15) }, layout);
    const findings = checkStaff(placed);
    expect(tell(findings)).toEqual([`subtotal ${placed.district(1, 3)}`]);
    expect(findings[0].message.vi).toContain(`${vi}, nên chỉ báo một lần tại đây.`);
    expect(findings[0].message.en).toContain(`${en}, so this is told once, here.`);
  });
});
