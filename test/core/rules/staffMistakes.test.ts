/**
 * One planted mistake in a workbook made the way staff make it (title block,
 * merged headers, STT, district rows with typed, formula or no totals,
 * `Tổng cộng` at the top or the bottom, areas down the rows or across the
 * columns): exactly one finding, at the cell to fix, in every layout.
 */
import { checkStaff, setCommunes, setFigure, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, tell, type Placed, type StaffLayout, type StaffLine, type StaffSheet } from "./staffSheet";

interface Case {
  /** The sheet with the mistake planted, or null where the layout cannot hold it. */
  readonly plant: (layout: StaffLayout) => StaffSheet | null;
  /** The one cell (or, with no cell, area) to be told. */
  readonly at: (placed: Placed) => string;
  readonly lines?: readonly StaffLine[];
}

const commune = (d: number, c: number) => D[d].communes[c];
const LOWER_MONEY = STAFF_LINES.map((l) => (l.code === "4" ? { ...l, target: 1200 } : l));

const CASES: Record<string, Case> = {
  "a digit left out (120 typed 12)": { plant: () => ({ actual: setFigure(D, 0, 0, 3, 12) }), at: (p) => p.cell(0, 0, 3) },
  "a digit typed twice (115 typed 1155)": { plant: () => ({ actual: setFigure(D, 1, 1, 3, 1155) }), at: (p) => p.cell(1, 1, 3) },
  "a typed district total off": { plant: (l) => (l.districtTotals === "typed" ? { actual: D, typedDistricts: setFigure(D, 1, 2, 3, 135) } : null), at: (p) => p.district(1, 3) },
  "a figure typed as text": { plant: () => ({ actual: setFigure(D, 1, 2, 3, "125") }), at: (p) => p.cell(1, 2, 3) },
  "a commune written twice": { plant: () => ({ actual: setCommunes(D, 1, [...D[1].communes.slice(0, 3), commune(1, 1), commune(1, 3)]) }), at: (p) => p.label(1, 3) },
  "a commune left out": { plant: () => ({ actual: setCommunes(D, 2, [commune(2, 0), commune(2, 2)]) }), at: () => "Cấn Hữu" },
  "over the plan's ceiling": { plant: () => ({ actual: D }), at: (p) => p.grand(3), lines: LOWER_MONEY },
  "a commune's quota missed": { plant: () => ({ actual: setFigure(D, 0, 2, 0, 0) }), at: (p) => p.cell(0, 2, 0) },
  "a commune's percent below the target": { plant: () => ({ actual: setFigure(D, 2, 1, 2, 75) }), at: (p) => p.cell(2, 1, 2) },
  // An old Hùng Tiến row (1, 1, 86 %, 90) hidden above the one that replaced it: typed totals leave it out, formulas count it.
  "a hidden old copy above the commune's row": {
    plant: () => ({ actual: setCommunes(D, 1, [commune(1, 0), { ...commune(1, 1), values: [1, 1, 86, 90], hidden: true }, commune(1, 1), commune(1, 2), commune(1, 3)]) }),
    at: (p) => p.label(1, 1),
  },
};

describe.each(Object.entries(CASES))("%s", (_name, { plant, at, lines }) => {
  const layouts = staffLayouts().flatMap((layout) => {
    const sheet = plant(layout);
    return sheet === null ? [] : [[`${layout.orientation}, total ${layout.grand} (${layout.grandTotals}), districts ${layout.districtTotals}, ${layout.headerRows} header rows`, layout, sheet] as const];
  });
  test.each(layouts)("%s", (_layoutName, layout, sheet) => {
    const placed = staffWorkbook(lines ?? STAFF_LINES, D, sheet, layout);
    // `rule cell` of each finding: one, at the cell planted.
    expect(tell(checkStaff(placed)).map((told) => told.slice(told.indexOf(" ") + 1))).toEqual([at(placed)]);
  });
});

test("the clean workbook tells nothing in any layout", () => {
  for (const layout of staffLayouts()) expect(tell(checkStaff(staffWorkbook(STAFF_LINES, D, { actual: D }, layout)))).toEqual([]);
});
