/**
 * The grand total typed with a figure within the plan (the allocation kept
 * under the ceiling), a commune's figure changed after it was typed so that
 * the communes pass the plan: one gap puts the total off its parts and the
 * line over its plan, told once, as the total's subtotal at its cell. Where
 * the total breaks the plan too, is itself a slip, the parts are under the
 * plan, or one commune's slip makes the gap, the two findings are two
 * causes and both stay.
 */
import { setFigure, checkStaff, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, tell, type Placed, type StaffDistrict, type StaffLayout } from "./staffSheet";

const name = (l: StaffLayout) => `${l.orientation}, total ${l.grand}, districts ${l.districtTotals}`;
// The grand total typed by hand; the districts' totals typed from the communes as they stand, formulas, or none.
const layouts: [string, StaffLayout][] = staffLayouts()
  .filter((l) => l.headerRows === 2 && l.grandTotals === "typed")
  .flatMap((l) => (l.districtTotals === "typed" ? [l, { ...l, districtTotals: "formula" as const }] : [l]))
  .map((l) => [name(l), l]);

// Planned: 1 250 of the 1 265 triệu đồng given out (Đông Yên 95, not 110), 15 kept back.
const planned = setFigure(D, 2, 2, 3, 95);

/** The sheet as planned, `Tổng cộng` typed as `grand` on the money line, then Hùng Tiến's money (115) typed `figure`. */
function sheet(layout: StaffLayout, figure: number, grand = 1250, districts: readonly StaffDistrict[] = planned): Placed {
  const actual = setFigure(districts, 1, 1, 3, figure);
  const typedGrand = setFigure(districts, 2, 2, 3, districts[2].communes[2].values[3] as number - (sumOf(districts) - grand));
  return staffWorkbook(STAFF_LINES, D, { actual, typedDistricts: actual, typedGrand }, layout);
}

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
});
