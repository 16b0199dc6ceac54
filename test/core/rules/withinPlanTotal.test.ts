/**
 * The grand total typed with a figure within the plan (the allocation kept
 * under the ceiling), a commune's figure changed after it was typed so that
 * the communes pass the plan: one gap puts the total off its parts and the
 * line over its plan, told once, as the total's subtotal at its cell. Where
 * the total breaks the plan too, is itself a slip, the parts are under the
 * plan, or one commune's slip makes the gap, the two findings are two
 * causes and both stay.
 */
import type { Finding } from "../../../src/core/model/finding";
import type { CellValue } from "../../../src/core/model/workbook";
import type { AllocationTable } from "../../../src/core/model/table";
import { detectTable } from "../../../src/core/layout";
import { readPlanFromWorkbook } from "../../../src/core/plan";
import { evaluateRules } from "../../../src/core/rules";
import { buildRuleContext } from "../../../src/core/rules/context";
import { setCommunes, setFigure, checkStaff, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, tell, type Placed, type StaffDistrict, type StaffLayout } from "./staffSheet";

const name = (l: StaffLayout) => `${l.orientation}, total ${l.grand}, districts ${l.districtTotals}`;
// The grand total typed by hand; the districts' totals typed from the communes as they stand, formulas, or none.
const layouts: [string, StaffLayout][] = staffLayouts()
  .filter((l) => l.headerRows === 2 && l.grandTotals === "typed")
  .flatMap((l) => (l.districtTotals === "typed" ? [l, { ...l, districtTotals: "formula" as const }] : [l]))
  .map((l) => [name(l), l]);

// Planned: 1 250 of the 1 265 triệu đồng given out (Đông Yên 95, not 110), 15 kept back.
const planned = setFigure(D, 2, 2, 3, 95);

/** The sheet as planned, `Tổng cộng` typed as `grand` on the money line, then Hùng Tiến's money (115) typed `figure`, then `also` planted. */
function sheet(layout: StaffLayout, figure: CellValue, grand = 1250, districts: readonly StaffDistrict[] = planned, also: Also = (d) => d): Placed {
  const actual = also(setFigure(districts, 1, 1, 3, figure));
  const typedGrand = setFigure(districts, 2, 2, 3, districts[2].communes[2].values[3] as number - (sumOf(districts) - grand));
  return staffWorkbook(STAFF_LINES, D, { actual, typedDistricts: actual, typedGrand }, layout);
}

type Also = (districts: StaffDistrict[]) => StaffDistrict[];

const sumOf = (districts: readonly StaffDistrict[]) => districts.reduce((s, d) => s + d.communes.reduce((t, c) => t + (c.values[3] as number), 0), 0);

describe("the grand total within the plan, the communes over it", () => {
  // Hùng Tiến 115 typed 150: the communes add up to 1 285, over the plan's 1 265; the total shows 1 250.
  test.each(layouts)("%s — one finding, the total's subtotal naming the plan comparison", (_n, layout) => {
    const placed = sheet(layout, 150);
    const findings = checkStaff(placed);
    expect(tell(findings)).toEqual([`subtotal ${placed.grand(3)}`]);
    const [found] = findings;
    expect(found.severity).toBe("error");
    expect([found.expected, found.actual]).toEqual([1_285_000_000, 1_250_000_000]);
    expect(found.message.en).toContain("Allocated 1,285 million VND exceeds the plan's 1,265 million VND (over by 20 million VND). This cell shows 1,250 million VND, within the plan");
    expect(found.message.en).toContain("puts this total and the plan comparison right together, 15 million VND still to allocate as this cell shows");
    expect(found.message.vi).toContain("Tổng phân bổ 1.285 triệu đồng vượt kế hoạch 1.265 triệu đồng (vượt 20 triệu đồng). Ô này ghi 1.250 triệu đồng, trong phạm vi kế hoạch");
    expect(found.message.vi).toContain(layout.orientation === "areas-as-rows" ? "nếu một ô thành phần bên dưới ghi sai" : "nếu một ô thành phần trên cùng dòng ghi sai");
  });

  const [layout] = layouts.map(([, l]) => l).filter((l) => l.orientation === "areas-as-rows" && l.districtTotals === "none");
  const both = (placed: Placed) => [`ceiling ${placed.grand(3)}`, `subtotal ${placed.grand(3)}`].sort();
  test.each<[string, Placed]>([
    // The total over the plan as well (1 280): the line is over whichever figure is right.
    ["the total over the plan too", sheet(layout, 150, 1280)],
    // The total typed 1 258 for the 1 285 the communes add up to (two digits swapped): the total mistyped, the line over on its own.
    ["the total a slip of its parts' sum", sheet(layout, 150, 1258)],
    // Hùng Tiến 115 typed 80: the communes under the plan (a gap still to allocate whichever figure is right).
    ["the communes under the plan", sheet(layout, 80)],
    // Planned to the plan's figure, Hùng Tiến's 115 typed 1150 (a digit typed twice) and the total typed 1 250: the slip alone
    // puts the line over, the total is wrong besides.
    ["one commune's slip making the line's gap", sheet(layout, 1150, 1250, D)],
  ])("%s — two causes, both told", (_n, placed) => {
    expect(tell(checkStaff(placed))).toEqual(both(placed));
  });

  // Another problem planted beside the one gap: told at its own cell, the total's one finding kept.
  describe("a second problem beside it", () => {
    test.each<[string, CellValue, Also, (p: Placed) => string]>([
      // Khánh Thượng's tổ typed 2 (the quota 1), on another line.
      ["a quota broken on another line", 150, (d) => setFigure(d, 0, 0, 0, 2), (p) => `quota ${p.cell(0, 0, 0)}`],
      // Minh Quang's địa chỉ typed -2, on another line.
      ["a negative figure on another line", 150, (d) => setFigure(d, 0, 1, 1, -2), (p) => `invalid-value ${p.cell(0, 1, 1)}`],
      // Minh Quang's địa chỉ typed as text ("2"), on another line.
      ["a number stored as text on another line", 150, (d) => setFigure(d, 0, 1, 1, "2"), (p) => `text-number ${p.cell(0, 1, 1)}`],
      // Minh Quang's money typed as text ("95"), on the total's own line: counted as typed, it moves no figure.
      ["a number stored as text on the same line", 150, (d) => setFigure(d, 0, 1, 3, "95"), (p) => `text-number ${p.cell(0, 1, 3)}`],
      // Hùng Tiến's changed figure itself stored as text ("150").
      ["the changed commune's figure stored as text", "150", (d) => d, (p) => `text-number ${p.cell(1, 1, 3)}`],
    ])("%s — both told, the total's subtotal once", (_n, figure, also, other) => {
      // A text cell on the money line under districts' SUM formulas skips their totals (an error naming them, at it): the
      // grand total's parts counted with it, the one gap stays one finding, its figures allocheck's.
      for (const [, layout] of layouts) {
        const placed = sheet(layout, figure, 1250, planned, also);
        const findings = checkStaff(placed);
        expect([name(layout), tell(findings)]).toEqual([name(layout), [`subtotal ${placed.grand(3)}`, other(placed)].sort()]);
        const subtotal = findings.find((f) => f.rule === "subtotal");
        expect(subtotal?.message.en).toContain("This cell shows 1,250 million VND, within the plan");
        expect([subtotal?.expected, subtotal?.actual]).toEqual([1_285_000_000, 1_250_000_000]);
        const skipped = /same line|changed commune/.test(_n) && layout.districtTotals === "formula";
        // A number stored as text is an error where a district's SUM skips it, else a warning.
        expect(findings.find((f) => f.rule !== "subtotal")?.severity).toBe(/text/.test(_n) && layout.districtTotals !== "formula" ? "warning" : "error");
        if (skipped) expect(subtotal?.message.en).toContain("its areas add up to 1,285 million VND counting the number stored as text that a SUM below skips");
      }
    });

    // A row told repeated or missing moves only the lines it fills: on the total's line, the one gap is still one cause.
    const withRepeat = (values: CellValue[]): Also => (d) => setCommunes(d, 2, [...d[2].communes, { name: "Sài Sơn", values }]);
    test.each<[string, Also]>([
      // Sài Sơn written again at the end of Quốc Oai, left blank.
      ["a blank repeat of a commune", withRepeat([null, null, null, null])],
      // Sài Sơn written again, only its rate (83 %) filled: on the percent line, not the money line.
      ["a repeat holding a rate only", withRepeat([null, null, 83, null])],
    ])("%s — the repeat told at its label, the total's subtotal once", (_n, also) => {
      for (const [, layout] of layouts) {
        const placed = sheet(layout, 150, 1250, planned, also);
        const findings = checkStaff(placed);
        const repeat = findings.find((f) => f.rule === "duplicate");
        expect([name(layout), tell(findings)]).toEqual([name(layout), [`duplicate ${repeat?.cell ?? "none"}`, `subtotal ${placed.grand(3)}`].sort()]);
        expect(repeat?.area).toBe("Xã Sài Sơn");
        expect(findings.find((f) => f.rule === "subtotal")?.message.en).toContain("This cell shows 1,250 million VND, within the plan");
      }
    });

    // Hợp Thanh (100) left out, every total typed without it, Hùng Tiến's 115 typed 300: the parts (1 335) over the plan,
    // the total showing 1 150. A missing row could only leave the parts short of the total: it is no step of this gap.
    test("a commune of the plan's list missing — its coverage finding, the total's subtotal once", () => {
      const short = setCommunes(planned, 1, planned[1].communes.filter((c) => c.name !== "Hợp Thanh"));
      const actual = setFigure(short, 1, 1, 3, 300);
      for (const [, layout] of layouts) {
        const placed = staffWorkbook(STAFF_LINES, D, { actual, typedDistricts: actual, typedGrand: short }, layout);
        const findings = checkStaff(placed);
        expect([name(layout), tell(findings)]).toEqual([name(layout), ["coverage Hợp Thanh", `subtotal ${placed.grand(3)}`]]);
        expect(findings.find((f) => f.rule === "subtotal")?.message.en).toContain("This cell shows 1,150 million VND, within the plan");
      }
    });

    // Planted to the plan's figure, Hùng Tiến's 115 typed "1150" as text (a digit typed twice) and the total typed 1 250:
    // the slip alone puts the line over, stored as text or not — the total is wrong besides, both stay.
    test("a commune's slip stored as text making the line's gap — two causes, both told", () => {
      const placed = sheet(layout, "1150", 1250, D);
      expect(tell(checkStaff(placed))).toEqual([...both(placed), `text-number ${placed.cell(1, 1, 3)}`].sort());
    });
  });
});

// A district written again (its block repeated at the end): the repeat is told at the district's label, and the lines it
// moves are those its communes fill — found by the label cell the finding is told at, the district's, not a commune's.
describe("a district repeated beside the one gap", () => {
  /** Ba Vì written again at the end, its communes' figures as planned but on the money line `money` (one a commune, in order). */
  const repeatBaVi =
    (money: readonly CellValue[]): Also =>
    (d) => [...d, { ...d[0], communes: d[0].communes.map((c, i) => ({ ...c, values: [...c.values.slice(0, 3), money[i]] })) }];
  // Sheets with district rows (typed or formula subtotals): a district label to repeat.
  const withDistricts = layouts.filter(([, l]) => l.districtTotals !== "none");
  // What is told at the grand total's money cell (the repeat's other lines, filled as planned, are moved by it: both stay there).
  const onMoney = (placed: Placed, findings: readonly Finding[]) => tell(findings).filter((t) => t.endsWith(` ${placed.grand(3)}`));

  // The repeat's money line left blank: it is not moved, the total's one finding holds.
  test("its communes' money left blank — the repeat told at its label, the total's subtotal once", () => {
    expect(withDistricts.length).toBeGreaterThan(0);
    for (const [, layout] of withDistricts) {
      const placed = sheet(layout, 150, 1250, planned, repeatBaVi([null, null, null, null]));
      const findings = checkStaff(placed);
      const repeat = findings.find((f) => f.rule === "duplicate");
      expect([name(layout), repeat?.area]).toEqual([name(layout), "Huyện Ba Vì"]);
      expect([name(layout), onMoney(placed, findings)]).toEqual([name(layout), [`subtotal ${placed.grand(3)}`]]);
    }
  });

  // Its first commune's money blank, its second's 20 (Minh Quang's row again, a figure no commune's slip reads the gap as): the
  // repeat moves the money line, a cause of its own — the line's ceiling stays told beside the total's subtotal. Read at its
  // first commune instead of the district, the repeat would leave the line alone and the two be folded into one.
  test("a commune under it holding money, its first commune blank — the ceiling and the total's subtotal both told", () => {
    for (const [, layout] of withDistricts) {
      const placed = sheet(layout, 150, 1250, planned, repeatBaVi([null, 20, null, null]));
      const findings = checkStaff(placed);
      const repeat = findings.find((f) => f.rule === "duplicate");
      expect([name(layout), repeat?.area]).toEqual([name(layout), "Huyện Ba Vì"]);
      expect([name(layout), onMoney(placed, findings)]).toEqual([name(layout), [`ceiling ${placed.grand(3)}`, `subtotal ${placed.grand(3)}`]]);
    }
  });

  // Two areas with one label cell (no sheet read here gives one; a table read otherwise might): a finding told there is the
  // first area's, as a search from the top finds it. The repeated district's first commune (money blank) given the district's
  // label cell: the repeat is still the district's, its Minh Quang's 20 moves the money line, both findings stay.
  test("two areas sharing the repeat's label cell — the first, the district, is the repeat's", () => {
    for (const [, layout] of withDistricts) {
      const placed = sheet(layout, 150, 1250, planned, repeatBaVi([null, 20, null, null]));
      const [planSheet, , allocation] = placed.sheets;
      const plan = readPlanFromWorkbook({ sheets: placed.sheets });
      const table = detectTable(allocation, plan);
      const baVi = table.areas.flatMap((a, i) => (a.kind === "group" && a.label === "Huyện Ba Vì" ? [i] : []));
      expect([name(layout), baVi.length]).toEqual([name(layout), 2]);
      const repeat = baVi[1];
      const [first] = table.areas[repeat].children;
      const shared: AllocationTable = {
        ...table,
        areas: table.areas.map((a, i) => (i === first ? { ...a, labelRow: table.areas[repeat].labelRow, labelCol: table.areas[repeat].labelCol } : a)),
      };
      const findings = evaluateRules(buildRuleContext({ plan, table: shared, sheet: allocation, planSheet }));
      expect([name(layout), onMoney(placed, findings)]).toEqual([name(layout), [`ceiling ${placed.grand(3)}`, `subtotal ${placed.grand(3)}`]]);
    }
  });
});
