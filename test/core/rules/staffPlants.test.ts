/**
 * One planted mistake each, of the kinds staff make, on the staff sheets of
 * every layout (`staffSheet`: areas down the rows or across the columns,
 * totals at the top or bottom, typed / formula / no district totals, one- to
 * three-row headers), with the plan's area list and without: each told once,
 * at its cell, nothing else.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { setCommunes, setFigure, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, withEdits, type Placed, type StaffLayout, type StaffSheet } from "./staffSheet";

const scaled = (factor: number) => D.map((d) => ({ ...d, communes: d.communes.map((c) => ({ ...c, values: c.values.map((v, l) => (l === 3 ? (v as number) * factor : v)) })) }));
const IN_NGHIN = STAFF_LINES.map((l) => (l.code === "4" ? { ...l, header: `${l.name} (nghìn đồng)`, sheetUnit: "nghìn đồng" } : l));
const MY_DUC_SHORT = setCommunes(D, 1, D[1].communes.slice(0, 3));

interface Plant {
  readonly sheet: StaffSheet;
  readonly lines?: typeof STAFF_LINES;
  readonly edit?: (p: Placed) => [string, CellValue][];
  /** The cells told, one finding each; null where a finding has no cell. */
  readonly at: (p: Placed) => (string | null)[];
  /** Only with the plan's area list (a missing commune is known only from it). */
  readonly listedOnly?: boolean;
}

const PLANTS: Record<string, Plant> = {
  // Hùng Tiến's 115 000 nghìn đồng typed as text with a dot for thousands, the typed totals counting it.
  "a money figure typed as text with a dot for thousands (115.000)": {
    sheet: { actual: setFigure(scaled(1000), 1, 1, 3, "115.000"), typedDistricts: scaled(1000), typedGrand: scaled(1000) },
    lines: IN_NGHIN,
    at: (p) => [p.cell(1, 1, 3)],
  },
  "a money figure typed as text with a comma for thousands (115,000)": {
    sheet: { actual: setFigure(scaled(1000), 1, 1, 3, "115,000"), typedDistricts: scaled(1000), typedGrand: scaled(1000) },
    lines: IN_NGHIN,
    at: (p) => [p.cell(1, 1, 3)],
  },
  // Hùng Tiến's row written twice in Mỹ Đức, the typed totals as planned: the second copy's label.
  "a commune written twice": {
    sheet: { actual: setCommunes(D, 1, [...D[1].communes.slice(0, 2), D[1].communes[1], ...D[1].communes.slice(2)]) },
    at: (p) => [p.label(1, 2)],
  },
  // Hợp Thanh left out of the sheet, every total typed without it: the plan's list names it, a coverage finding (no cell).
  "a commune of the plan's list missing, the totals typed without it": {
    sheet: { actual: MY_DUC_SHORT, typedDistricts: MY_DUC_SHORT, typedGrand: MY_DUC_SHORT },
    at: () => [null],
    listedOnly: true,
  },
  // Mỹ Đức's typed money total 445 typed 454 (two digits swapped): its cell.
  "a district's typed total with two digits swapped": {
    sheet: { actual: D },
    edit: (p) => [[p.district(1, 3), 454]],
    at: (p) => [p.district(1, 3)],
  },
  // Sài Sơn's 140 typed -140, the typed totals as planned or counting it: its cell.
  "a negative figure, the typed totals as planned": { sheet: { actual: setFigure(D, 2, 0, 3, -140) }, at: (p) => [p.cell(2, 0, 3)] },
  "a negative figure, the typed totals counting it": {
    sheet: { actual: setFigure(D, 2, 0, 3, -140), typedDistricts: setFigure(D, 2, 0, 3, -140), typedGrand: setFigure(D, 2, 0, 3, -140) },
    at: (p) => [p.cell(2, 0, 3)],
  },
  // Hùng Tiến's 115 typed as text "115", the typed totals added up as Excel's SUM would (without it): the text cell.
  "a typed total that skips a number typed as text": {
    sheet: { actual: setFigure(D, 1, 1, 3, "115"), typedDistricts: setFigure(D, 1, 1, 3, 0), typedGrand: setFigure(D, 1, 1, 3, 0) },
    at: (p) => [p.cell(1, 1, 3)],
  },
  // Phù Lưu's 125 typed 175 and every total typed with it: the line over its plan, nothing in the sheet telling where — the total.
  "a line over its plan, the totals typed with the figure": {
    sheet: { actual: setFigure(D, 1, 2, 3, 175), typedDistricts: setFigure(D, 1, 2, 3, 175), typedGrand: setFigure(D, 1, 2, 3, 175) },
    at: (p) => [p.grand(3)],
  },
};

const name = (l: StaffLayout) => `${l.orientation}, total ${l.grand} (${l.grandTotals}), districts ${l.districtTotals}, ${l.headerRows} header rows`;

describe.each(Object.entries(PLANTS))("%s", (_plant, { sheet, lines, edit, at, listedOnly }) => {
  const cases = (listedOnly === true ? [true] : [true, false]).flatMap((listed) => staffLayouts().map((l): [string, boolean, StaffLayout] => [name(l), listed, l]));
  test.each(cases)("%s, the plan lists its areas: %s", (_name, listed, layout) => {
    const laid = staffWorkbook(lines ?? STAFF_LINES, D, sheet, layout);
    const placed = edit === undefined ? laid : withEdits(laid, edit(laid));
    const sheets = listed ? placed.sheets : placed.sheets.filter((s) => s.name !== "Địa bàn");
    const told = checkWorkbook({ sheets }, { workbookName: "t.xlsx" }).report.findings;
    expect(told.map((f) => f.cell)).toEqual(at(placed));
  });
});
