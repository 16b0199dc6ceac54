/**
 * One planted mistake in a workbook made the way staff make it (title block,
 * merged headers, STT, district rows with typed, formula or no totals,
 * `Tổng cộng` at the top or the bottom, areas down the rows or across the
 * columns): exactly one finding, at the cell to fix, in every layout.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkStaff, setCommunes, setFigure, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, tell, type Placed, type StaffDistrict, type StaffLayout, type StaffLine, type StaffSheet } from "./staffSheet";

interface Case {
  /** The sheet with the mistake planted, or null where the layout cannot hold it. */
  readonly plant: (layout: StaffLayout) => StaffSheet | null;
  /** The one cell (or, with no cell, area) to be told. */
  readonly at: (placed: Placed) => string;
  readonly lines?: readonly StaffLine[];
  /** The plan's areas (default: the eleven communes). */
  readonly planned?: readonly StaffDistrict[];
}

const commune = (d: number, c: number) => D[d].communes[c];
const copied = setCommunes(D, 0, [commune(0, 0), { ...commune(0, 1), values: commune(0, 0).values }, commune(0, 2), commune(0, 3)]);
const copiedLower = setCommunes(D, 0, [...D[0].communes.slice(0, 3), { ...commune(0, 3), values: commune(0, 2).values }]);
// An An Phú in Ba Vì as well as in Mỹ Đức (two communes of one name): the plan lists both.
const twoAnPhu = setCommunes(D, 0, [...D[0].communes, { name: "An Phú", values: [1, 2, 84, 90] }]);
/** Whether a typed total counts the communes directly: their district's, or the grand total over district headings. */
const typedOver = (l: StaffLayout) => l.districtTotals === "typed" || (l.districtTotals === "none" && l.grandTotals === "typed");
const shifted = (values: readonly CellValue[]) => setCommunes(D, 1, D[1].communes.map((c, i) => (i === 2 ? { ...c, values } : c)));
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
  // Minh Quang's row (1, 2, 90 %, 95) copied over from Khánh Thượng (1, 3, 85 %, 120).
  "a commune's row copied from the row above": { plant: () => ({ actual: copied }), at: (p) => p.cell(0, 1, 1) },
  // The same, the district's typed total typed from the rows as they stand (the grand total typed as planned, or a formula over the districts).
  "a copied row its district's typed total carries": { plant: () => ({ actual: copied, typedDistricts: copied }), at: (p) => p.cell(0, 1, 1) },
  // Mỹ Đức's first commune An Phú (1, 2, 80 %, 105) copied from Ba Vì's last, Tản Lĩnh (1, 3, 88 %, 130), the district's row between.
  "the first commune of a district copied from the last of the one before": {
    plant: () => ({ actual: setCommunes(D, 1, [{ ...commune(1, 0), values: commune(0, 3).values }, ...D[1].communes.slice(1)]) }),
    at: (p) => p.cell(1, 0, 1),
  },
  // Phù Lưu (1, 3, 84 %, 125) typed one column to the right (blank, 1, 3, 84): its quota and rate cells off too.
  "a commune's figures one column to the right": { plant: () => ({ actual: shifted([null, 1, 3, 84]) }), at: (p) => p.cell(1, 2, 0) },
  // Phù Lưu typed one column to the left (3, 84, 125, blank): 125 % in the rate column, its own 1 tổ pushed out.
  "a commune's figures one column to the left": { plant: () => ({ actual: shifted([3, 84, 125, null]) }), at: (p) => p.cell(1, 2, 0) },
  // Minh Quang's 95 typed 950, its district's typed total added up with it (the grand total as planned, or a formula).
  "a digit typed twice its district's typed total carries": {
    plant: (l) => {
      const slipped = setFigure(D, 0, 1, 3, 950);
      return l.districtTotals === "typed" ? { actual: slipped, typedDistricts: slipped } : null;
    },
    at: (p) => p.cell(0, 1, 3),
  },
  // Ba Trại's whole row left blank (its quota, rate and sums): told at its quota cell — under a typed grand total over
  // district headings with no totals of their own too (the grand total counts it through its district's heading).
  "a commune's row left blank": {
    plant: () => ({ actual: [0, 1, 2, 3].reduce((d, line) => setFigure(d, 0, 2, line, null), D as StaffDistrict[]) }),
    at: (p) => p.cell(0, 2, 0),
  },
  // Khánh Thượng's 1 tổ and 3 địa chỉ typed into each other's cells (3, 1), its quota cell off too: under typed district
  // totals, a typed grand total over district headings, or formulas (the plan comparisons then show the swap).
  "two figures of a commune typed into each other's cells": {
    plant: () => ({ actual: setFigure(setFigure(D, 0, 0, 0, 3), 0, 0, 1, 1) }),
    at: (p) => p.cell(0, 0, 0),
  },
  // Tản Lĩnh's row (1, 3, 88 %, 130) copied over from Ba Trại's (1, 2, 82 %, 110): every line it changes under the plan.
  "a commune's row copied from the row above, every line under the plan": { plant: () => ({ actual: copiedLower }), at: (p) => p.cell(0, 3, 1) },
  // The same, the district's typed total typed from the rows as they stand.
  "a copied row under the plan its district's typed total carries": {
    plant: (l) => (l.districtTotals === "typed" ? { actual: copiedLower, typedDistricts: copiedLower } : null),
    at: (p) => p.cell(0, 3, 1),
  },
  // Ba Trại's 110 triệu (or Phù Lưu's 3 địa chỉ) left blank, the rest of its row filled, under a typed total that still
  // counts it (its district's, or the grand total over district headings): told at the blank cell. Under formulas the
  // line is only under its plan (a gap still to allocate, told at its total).
  "a commune's money figure left blank under a typed total": {
    plant: (l) => (typedOver(l) ? { actual: setFigure(D, 0, 2, 3, null) } : null),
    at: (p) => p.cell(0, 2, 3),
  },
  "a commune's count figure left blank under a typed total": {
    plant: (l) => (typedOver(l) ? { actual: setFigure(D, 1, 2, 1, null) } : null),
    at: (p) => p.cell(1, 2, 1),
  },
  // Tản Lĩnh's row (1, 3, 88 %, 130) left under the table (below a bottom grand total, or read into the last district): told at its label.
  "a commune's old row left under the table": { plant: () => ({ actual: D, leftover: { label: "Xã Tản Lĩnh", values: commune(0, 3).values } }), at: (p) => p.leftoverLabel() },
  // A row of another commune the plan does not list, left under the table.
  "a row of a commune the plan does not list left under the table": { plant: () => ({ actual: D, leftover: { label: "Xã Cổ Đô", values: [1, 2, 80, 100] } }), at: (p) => p.leftoverLabel() },
  // A figure with no name left under the table (a sum worked out beside it): told at its blank name, counted nowhere.
  "a figure with no name left under the table": { plant: () => ({ actual: D, leftover: { label: null, values: [null, null, null, 1265] } }), at: (p) => p.leftoverLabel() },
  // Ba Vì's An Phú left out, Mỹ Đức's still there: told as Ba Vì's missing commune, not covered by Mỹ Đức's row.
  "a commune left out whose name another district's commune shares": {
    plant: () => ({ actual: setCommunes(twoAnPhu, 0, D[0].communes) }),
    at: () => "An Phú",
    planned: twoAnPhu,
    lines: planOf(twoAnPhu),
  },
};

/** Two mistakes planted at once under typed district totals: a finding at each cell, nothing else. */
const PAIRS: Record<string, { readonly plant: StaffSheet; readonly at: (placed: Placed) => string[] }> = {
  // Khánh Thượng's 120 typed 12 and Cấn Hữu's 115 typed 1150: two districts' subtotals off on one line, the plan off by both.
  "a digit left out in one district and one typed twice in another, on one line": {
    plant: { actual: setFigure(setFigure(D, 0, 0, 3, 12), 2, 1, 3, 1150) },
    at: (p) => [p.cell(0, 0, 3), p.cell(2, 1, 3)],
  },
};

describe.each(Object.entries(PAIRS))("%s", (_name, { plant, at }) => {
  const layouts = staffLayouts().filter((layout) => layout.districtTotals === "typed");
  test.each(layouts.map((layout) => [`${layout.orientation}, total ${layout.grand} (${layout.grandTotals}), ${layout.headerRows} header rows`, layout] as const))("%s", (_layoutName, layout) => {
    const placed = staffWorkbook(STAFF_LINES, D, plant, layout);
    expect(tell(checkStaff(placed)).map((told) => told.slice(told.indexOf(" ") + 1))).toEqual([...at(placed)].sort());
  });
});

describe.each(Object.entries(CASES))("%s", (_name, { plant, at, lines, planned }) => {
  const layouts = staffLayouts().flatMap((layout) => {
    const sheet = plant(layout);
    return sheet === null ? [] : [[`${layout.orientation}, total ${layout.grand} (${layout.grandTotals}), districts ${layout.districtTotals}, ${layout.headerRows} header rows`, layout, sheet] as const];
  });
  test.each(layouts)("%s", (_layoutName, layout, sheet) => {
    const placed = staffWorkbook(lines ?? STAFF_LINES, planned ?? D, sheet, layout);
    // `rule cell` of each finding: one, at the cell planted.
    expect(tell(checkStaff(placed)).map((told) => told.slice(told.indexOf(" ") + 1))).toEqual([at(placed)]);
  });
});

test("the clean workbook tells nothing in any layout", () => {
  for (const layout of staffLayouts()) expect(tell(checkStaff(staffWorkbook(STAFF_LINES, D, { actual: D }, layout)))).toEqual([]);
});

/** The plan lines with targets the districts meet exactly. */
function planOf(districts: readonly StaffDistrict[]): StaffLine[] {
  return STAFF_LINES.map((line, l) => (line.unit === "%" ? line : { ...line, target: districts.reduce((sum, d) => sum + d.communes.reduce((t, c) => t + (c.values[l] as number), 0), 0) }));
}

test("a note left under the table tells nothing in any layout", () => {
  for (const layout of staffLayouts()) expect(tell(checkStaff(staffWorkbook(STAFF_LINES, D, { actual: D, leftover: { label: "Ghi chú: số liệu tạm tính", values: [] } }, layout)))).toEqual([]);
});

// Two communes of one name in two districts, as the plan lists them: no repeat, nothing missing, in any layout.
test("a commune name the plan lists in two districts, a row under each, tells nothing", () => {
  for (const layout of staffLayouts()) expect(tell(checkStaff(staffWorkbook(planOf(twoAnPhu), twoAnPhu, { actual: twoAnPhu }, layout)))).toEqual([]);
});

// Two neighbouring communes with the same figures, within the plan (an even split): no copy to tell, in any layout.
test("the first commune of a district holding the figures of the last of the one before, within the plan, tells nothing", () => {
  const same = setCommunes(D, 1, [{ ...commune(1, 0), values: commune(0, 3).values }, ...D[1].communes.slice(1)]);
  for (const layout of staffLayouts()) expect(tell(checkStaff(staffWorkbook(planOf(same), same, { actual: same }, layout)))).toEqual([]);
});
