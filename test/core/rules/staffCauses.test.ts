/**
 * Mistakes planted on staff sheets (see `staffSheet`) that take more than one
 * cell's figures to read: two slips under one typed subtotal, a swap between
 * two districts' communes, a figure left blank under formula totals or typed
 * one cell on into the total below. Each is
 * told at the cells to fix where the arithmetic shows them, and stays at the
 * total where nothing tells which cells are wrong.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkStaff, setCommunes, setFigure, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, tell, withEdits, type Placed, type StaffLayout, type StaffSheet } from "./staffSheet";

interface Case {
  /** The sheet with the mistakes planted, or null where the layout cannot hold them. */
  readonly plant: (layout: StaffLayout) => StaffSheet | null;
  /** The cells (or areas) to be told, one finding each (in the layout given). */
  readonly at: (placed: Placed, layout: StaffLayout) => string[];
  /** Cells typed over once the sheet is laid out (a figure typed into a total's cell). */
  readonly edit?: (placed: Placed) => [string, CellValue][];
}

const typedDistricts = (l: StaffLayout) => l.districtTotals === "typed";
const followsTable = (l: StaffLayout) => l.districtTotals !== "typed" && l.grandTotals === "formula";

const CASES: Record<string, Case> = {
  // Khánh Thượng's 120 typed 12 and Ba Trại's 110 typed 1100, both in Ba Vì under its typed 455: each a digit slip, the only pair that closes the gap.
  "two digit slips under one typed district total": {
    plant: (l) => (typedDistricts(l) ? { actual: setFigure(setFigure(D, 0, 0, 3, 12), 0, 2, 3, 1100) } : null),
    at: (p) => [p.cell(0, 0, 3), p.cell(0, 2, 3)],
  },
  // Minh Quang's 95 typed 59 (swapped digits) and Tản Lĩnh's 130 typed 13 (a digit left out).
  "a swapped pair of digits and a digit left out under one typed district total": {
    plant: (l) => (typedDistricts(l) ? { actual: setFigure(setFigure(D, 0, 1, 3, 59), 0, 3, 3, 13) } : null),
    at: (p) => [p.cell(0, 1, 3), p.cell(0, 3, 3)],
  },
  // Khánh Thượng's 120 typed 125 and Ba Trại's 110 typed 100: no keyboard slip tells which communes; the district's total is told.
  "two figures changed under one typed district total, no slip telling which": {
    plant: (l) => (typedDistricts(l) ? { actual: setFigure(setFigure(D, 0, 0, 3, 125), 0, 2, 3, 100) } : null),
    at: (p) => [p.district(0, 3)],
  },
  // Khánh Thượng's 120 and Cấn Hữu's 115 (another district) typed into each other's cells: one swap, told at the first.
  "two communes of two districts typed into each other's cells": {
    plant: (l) => (typedDistricts(l) ? { actual: setFigure(setFigure(D, 0, 0, 3, 115), 2, 1, 3, 120) } : null),
    at: (p) => [p.cell(0, 0, 3)],
  },
  // Ba Trại's 110 and An Phú's 105 swapped: Ba Vì's communes Khánh Thượng 120 / Cấn Hữu… — two pairs differ by 5 (110/105, 120/115 is not across these two): stays where several pairs could be the swap.
  "two communes of two districts swapped where another pair differs as much": {
    plant: (l) => (typedDistricts(l) ? { actual: setFigure(setFigure(D, 1, 0, 3, 110), 0, 2, 3, 105) } : null),
    at: (p) => [p.district(0, 3), p.district(1, 3)],
  },
  // Ba Trại's 110 triệu left blank, every other commune filled, totals following the table: the under-plan ceiling told at the blank.
  "a commune's money figure left blank under formula totals": {
    plant: (l) => (followsTable(l) ? { actual: setFigure(D, 0, 2, 3, null) } : null),
    at: (p) => [p.cell(0, 2, 3)],
  },
  // Phù Lưu's 3 địa chỉ left blank under formula totals: a small count, as likely a zero left blank with the line short
  // of its plan by chance — the ceiling stays at the total.
  "a commune's small count left blank under formula totals": {
    plant: (l) => (followsTable(l) ? { actual: setFigure(D, 1, 2, 1, null) } : null),
    at: (p) => [p.grand(1)],
  },
  // Ba Trại's 110 triệu blank, and the line short by 40 triệu — less than any commune holds: no figure the blank could be; at the total.
  "a commune's money left blank, the line short by less than any commune holds": {
    plant: (l) => (followsTable(l) ? { actual: setFigure(setFigure(D, 0, 2, 3, null), 1, 0, 3, 175) } : null),
    at: (p) => [p.grand(3)],
  },
  // Hợp Thanh's 100 triệu (Mỹ Đức's last commune) typed one cell on, over Quốc Oai's typed total: told at the blank cell, the total to type again.
  "a commune's figure typed into the district total below it": {
    plant: (l) => (typedDistricts(l) ? { actual: setFigure(D, 1, 3, 3, null) } : null),
    edit: (p) => [[p.district(2, 3), 100]],
    at: (p) => [p.cell(1, 3, 3)],
  },
  // The same into Quốc Oai's heading, the districts holding no totals.
  "a commune's figure typed into the district heading below it": {
    plant: (l) => (l.districtTotals === "none" && l.grandTotals === "typed" ? { actual: setFigure(D, 1, 3, 3, null) } : null),
    edit: (p) => [[p.district(2, 3), 100]],
    at: (p) => [p.cell(1, 3, 3)],
  },
  // Đông Yên's 110 triệu (the last commune) typed over the typed grand total at the bottom.
  "the last commune's figure typed into the grand total below it": {
    plant: (l) => (l.grand === "bottom" && l.grandTotals === "typed" && l.districtTotals === "typed" ? { actual: setFigure(D, 2, 2, 3, null) } : null),
    edit: (p) => [[p.grand(3), 110]],
    at: (p) => [p.cell(2, 2, 3)],
  },
  // Khánh Thượng's 120 triệu typed 102 (two digits swapped), the line short by 18. Under a typed total showing the plan, the only
  // commune of it that reads as a slip is told (`slipCause`); under totals that follow the table only the plan measures the line:
  // told at the commune too, it being the only commune whose figure, moved by the gap, reads as any slip — a swap, the figure
  // meant among the others' (`slipCeiling`).
  "a commune's money with two digits swapped, the line under its plan": {
    plant: () => ({ actual: setFigure(D, 0, 0, 3, 102) }),
    at: (p) => [p.cell(0, 0, 3)],
  },
  // An Phú's 105 triệu typed 150, the line over by 45: the same, over the plan.
  "a commune's money with two digits swapped, the line over its plan": {
    plant: () => ({ actual: setFigure(D, 1, 0, 3, 150) }),
    at: (p) => [p.cell(1, 0, 3)],
  },
  // Minh Quang's 95 typed 59 under formula totals, the line short by 36: Hùng Tiến's 115 raised by 36 is 151, a swap too — at the total.
  "a commune's money with two digits swapped where another commune's figure reads as a swap too": {
    plant: (l) => (followsTable(l) ? { actual: setFigure(D, 0, 1, 3, 59) } : null),
    at: (p) => [p.grand(3)],
  },
  // Two communes' money left blank under formula totals: which of them holds the shortfall no figure tells; the ceiling stays at the total.
  "two communes' money left blank under formula totals": {
    plant: (l) => (followsTable(l) ? { actual: setFigure(setFigure(D, 0, 2, 3, null), 2, 0, 3, null) } : null),
    at: (p) => [p.grand(3)],
  },
};

const scaledMoney = (factor: number) => D.map((d) => ({ ...d, communes: d.communes.map((c) => ({ ...c, values: c.values.map((v, l) => (l === 3 ? (v as number) * factor : v)) })) }));
const inUnit = (unit: string) => STAFF_LINES.map((l) => (l.code === "4" ? { ...l, header: `${l.name} (${unit})`, sheetUnit: unit } : l));

/** More staff mistakes, one finding each, at the cell to fix (none where nothing is wrong). */
const MORE: Record<string, Case & { readonly lines?: typeof STAFF_LINES }> = {
  // Ba Vì's money typed as the sum of three of its four communes (Tản Lĩnh's 130 left out of the range): its total.
  "a district total typed as the sum of the wrong range": {
    plant: (l) => (typedDistricts(l) ? { actual: D, typedDistricts: setFigure(D, 0, 3, 3, 0) } : null),
    at: (p) => [p.district(0, 3)],
  },
  // The grand total row typed from last year's sheet (9 tổ, 22 địa chỉ, 1 100 triệu): one finding, at its first cell.
  "the grand total row copied from last year's sheet": {
    plant: (l) => (l.grandTotals === "typed" ? { actual: D } : null),
    edit: (p) => [[p.grand(0), 9], [p.grand(1), 22], [p.grand(3), 1100]],
    at: (p) => [p.grand(0)],
  },
  // Mỹ Đức's totals typed as Ba Vì's (4 tổ as its own, 10 địa chỉ for 9, 455 triệu for 445): one finding, at its first off cell.
  "a district's total row copied from another district's": {
    plant: (l) => (typedDistricts(l) ? { actual: D, typedDistricts: D.map((d, i) => (i === 1 ? { ...d, communes: D[0].communes } : d)) } : null),
    at: (p) => [p.district(1, 1)],
  },
  // Mỹ Đức's địa chỉ typed 11 (for 9) and its money 460 (for 445), its tổ right: two slips of the one row, copied from nowhere — two findings.
  "two of a district's typed totals off, the third right": {
    plant: (l) => (typedDistricts(l) ? { actual: D } : null),
    edit: (p) => [[p.district(1, 1), 11], [p.district(1, 3), 460]],
    at: (p) => [p.district(1, 1), p.district(1, 3)],
  },
  "a rate typed as a fraction (0,87 for 87 %)": { plant: () => ({ actual: setFigure(D, 2, 1, 2, 0.87) }), at: (p) => [p.cell(2, 1, 2)] },
  "a commune's money typed in đồng in a triệu column": { plant: () => ({ actual: setFigure(D, 1, 1, 3, 115000000) }), at: (p) => [p.cell(1, 1, 3)] },
  "a commune's money typed in nghìn đồng in a triệu column": { plant: () => ({ actual: setFigure(D, 1, 1, 3, 115000) }), at: (p) => [p.cell(1, 1, 3)] },
  // The typed grand total's 1 265 typed 1 256 (two digits swapped): its cell.
  "the typed grand total with two digits swapped": { plant: (l) => (l.grandTotals === "typed" ? { actual: D } : null), edit: (p) => [[p.grand(3), 1256]], at: (p) => [p.grand(3)] },
  "a fractional count (2,5 địa chỉ)": { plant: () => ({ actual: setFigure(D, 0, 1, 1, 2.5) }), at: (p) => [p.cell(0, 1, 1)] },
  "a count typed as text": { plant: () => ({ actual: setFigure(D, 1, 2, 1, "3") }), at: (p) => [p.cell(1, 2, 1)] },
  "a negative money figure (-95 for 95)": { plant: () => ({ actual: setFigure(D, 0, 1, 3, -95) }), at: (p) => [p.cell(0, 1, 3)] },
  // The money column in nghìn đồng (the plan in triệu): read in its unit, nothing wrong.
  "the money column in nghìn đồng, the plan in triệu": { plant: () => ({ actual: scaledMoney(1000), typedDistricts: scaledMoney(1000), typedGrand: scaledMoney(1000) }), at: () => [], lines: inUnit("nghìn đồng") },
  "the money column in tỷ đồng, the plan in triệu": { plant: () => ({ actual: scaledMoney(0.001), typedDistricts: scaledMoney(0.001), typedGrand: scaledMoney(0.001) }), at: () => [], lines: inUnit("tỷ đồng") },
  // In a nghìn đồng column, Hùng Tiến's 115 000 typed 11 500 (a digit left out): its cell.
  "a digit left out in a nghìn đồng column": {
    plant: () => ({ actual: setFigure(scaledMoney(1000), 1, 1, 3, 11500), typedDistricts: scaledMoney(1000), typedGrand: scaledMoney(1000) }),
    at: (p) => [p.cell(1, 1, 3)],
    lines: inUnit("nghìn đồng"),
  },
  // A decrease typed as a row `Điều chỉnh giảm` (-20 triệu, its other cells blank) under the table, or among Mỹ Đức's communes
  // (the typed totals as planned): one finding, at its label — no quota or rate for a row that is no area.
  "an adjustment row Điều chỉnh giảm under the table": {
    plant: () => ({ actual: D, leftover: { label: "Điều chỉnh giảm", values: [null, null, null, -20] } }),
    at: (p) => [p.leftoverLabel()],
  },
  "an adjustment row Điều chỉnh giảm among a district's communes": {
    plant: () => ({
      actual: setCommunes(D, 1, [...D[1].communes, { name: "", label: "Điều chỉnh giảm", values: [null, null, null, -20] }]),
      typedDistricts: setCommunes(D, 1, [...D[1].communes, { name: "", values: [0, 0, 0, 0] }]),
    }),
    at: (p) => [p.label(1, 4)],
  },
  // Tản Lĩnh's row (Ba Vì's) written under Mỹ Đức, the typed totals as planned: two districts off by its figures alike —
  // one moved row, told at its label, not a swap of figures between the districts.
  "a commune's row written under another district": {
    plant: (l) => (typedDistricts(l) ? { actual: setCommunes(setCommunes(D, 0, D[0].communes.slice(0, 3)), 1, [...D[1].communes, D[0].communes[3]]) } : null),
    at: (p) => [p.label(1, 4)],
  },
  // A stray figure in a commune's STT cell (areas down the rows): no allocation figure, nothing told.
  "a figure in a commune's STT cell": {
    plant: (l) => (l.orientation === "areas-as-rows" ? { actual: D } : null),
    edit: (p) => [[p.label(0, 2).replace(/^[A-Z]+/, "A"), 110]],
    at: () => [],
  },
  // Ba Trại's 110 triệu typed into its STT cell, its money cell blank: told at the blank money cell.
  "a commune's money typed into its STT cell": {
    plant: (l) => (l.orientation === "areas-as-rows" ? { actual: setFigure(D, 0, 2, 3, null) } : null),
    edit: (p) => [[p.label(0, 2).replace(/^[A-Z]+/, "A"), 110]],
    at: (p) => [p.cell(0, 2, 3)],
  },
};

describe.each(Object.entries(MORE))("%s", (_name, { plant, at, edit, lines }) => {
  const layouts = staffLayouts().flatMap((layout) => {
    const sheet = plant(layout);
    return sheet === null ? [] : [[`${layout.orientation}, total ${layout.grand} (${layout.grandTotals}), districts ${layout.districtTotals}, ${layout.headerRows} header rows`, layout, sheet] as const];
  });
  test.each(layouts)("%s", (_layoutName, layout, sheet) => {
    const laid = staffWorkbook(lines ?? STAFF_LINES, D, sheet, layout);
    const placed = edit === undefined ? laid : withEdits(laid, edit(laid));
    expect(tell(checkStaff(placed)).map((told) => told.slice(told.indexOf(" ") + 1))).toEqual([...at(placed, layout)].sort());
  });
});

describe.each(Object.entries(CASES))("%s", (_name, { plant, at, edit }) => {
  const layouts = staffLayouts().flatMap((layout) => {
    const sheet = plant(layout);
    return sheet === null ? [] : [[`${layout.orientation}, total ${layout.grand} (${layout.grandTotals}), districts ${layout.districtTotals}, ${layout.headerRows} header rows`, layout, sheet] as const];
  });
  test.each(layouts)("%s", (_layoutName, layout, sheet) => {
    const laid = staffWorkbook(STAFF_LINES, D, sheet, layout);
    const placed = edit === undefined ? laid : withEdits(laid, edit(laid));
    expect(tell(checkStaff(placed)).map((told) => told.slice(told.indexOf(" ") + 1))).toEqual([...at(placed, layout)].sort());
  });
});

test("the pair of slips names each cell's figure as meant", () => {
  const layout = staffLayouts().find((l) => l.districtTotals === "typed") as StaffLayout;
  const placed = staffWorkbook(STAFF_LINES, D, { actual: setFigure(setFigure(D, 0, 0, 3, 12), 0, 2, 3, 1100) }, layout);
  const told = checkStaff(placed).map((f) => [f.cell, f.expected, f.actual]);
  expect(told).toEqual(expect.arrayContaining([[p(placed, 0, 0), 120e6, 12e6], [p(placed, 0, 2), 110e6, 1100e6]]));
});

test("the blank cell under formula totals is told with the shortfall it would hold", () => {
  const layout = staffLayouts().find(followsTable) as StaffLayout;
  const placed = staffWorkbook(STAFF_LINES, D, { actual: setFigure(D, 0, 2, 3, null) }, layout);
  const [finding] = checkStaff(placed);
  expect([finding.rule, finding.severity, finding.cell]).toEqual(["ceiling", "warning", p(placed, 0, 2)]);
  expect(finding.message.vi).toContain("110 triệu đồng");
});

test("a figure typed into the total below names where it is and what to type again there", () => {
  const layout = staffLayouts().find(typedDistricts) as StaffLayout;
  const laid = staffWorkbook(STAFF_LINES, D, { actual: setFigure(D, 1, 3, 3, null) }, layout);
  const [finding] = checkStaff(withEdits(laid, [[laid.district(2, 3), 100]]));
  expect([finding.cell, finding.expected, finding.actual]).toEqual([p(laid, 1, 3), 100e6, 0]);
  expect(finding.message.en).toContain(`into ${laid.district(2, 3)}`);
  expect(finding.message.en).toContain("again as 365 million VND");
});

const p = (placed: Placed, d: number, c: number) => placed.cell(d, c, 3);

// Ba Trại's 110 triệu typed one cell on, over Tản Lĩnh's 130 (or the money column pushed down a row from Minh Quang): the totals
// read as a blank whose figure is the 130 they miss; the blank cell is told, naming the other reading — the figure in the next cell
// is the blank's own, to move back — so the figure it suggests is no surer than the totals make it.
test.each(staffLayouts().map((l): [string, StaffLayout] => [`${l.orientation}, total ${l.grand} (${l.grandTotals}), districts ${l.districtTotals}, ${l.headerRows} header rows`, l]))(
  "a figure typed over the next commune's, or a column pushed down a row: told at the blank cell, both readings named (%s)",
  (_name, layout) => {
    const over = staffWorkbook(STAFF_LINES, D, { actual: setFigure(setFigure(D, 0, 2, 3, null), 0, 3, 3, 110) }, layout);
    const told = checkStaff(over);
    expect(told.map((f) => f.cell)).toEqual([over.cell(0, 2, 3)]);
    expect(told[0].message.en).toContain(`Or the figure in ${over.cell(0, 3, 3)} (Xã Tản Lĩnh, 110 million VND) is Xã Ba Trại's, typed one cell on`);
    expect(told[0].message.vi).toContain("130 triệu đồng là số còn thiếu");
    const pushed = staffWorkbook(STAFF_LINES, D, { actual: setFigure(setFigure(setFigure(D, 0, 1, 3, null), 0, 2, 3, 95), 0, 3, 3, 110) }, layout);
    const [first, ...rest] = checkStaff(pushed);
    expect([first.cell, rest]).toEqual([pushed.cell(0, 1, 3), []]);
    expect(first.message.en).toContain(`Or the figure in ${pushed.cell(0, 2, 3)} (Xã Ba Trại, 95 million VND) is Xã Minh Quang's`);
  },
);

test.each(staffLayouts().filter(followsTable).map((l): [string, StaffLayout] => [`${l.orientation}, total ${l.grand}, districts ${l.districtTotals}, ${l.headerRows} header rows`, l]))(
  "a district's last commune left blank, a district's row or the total after it: one reading, none other named (%s)",
  (_name, layout) => {
    const placed = staffWorkbook(STAFF_LINES, D, { actual: setFigure(D, 0, 3, 3, null) }, layout);
    const told = checkStaff(placed);
    expect(told.map((f) => f.cell)).toEqual([placed.cell(0, 3, 3)]);
    expect(told[0].message.en).not.toContain("typed one cell on");
  },
);
