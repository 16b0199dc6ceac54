/**
 * Two more layouts staff make, each with one planted mistake, told once at
 * its cell: areas down the rows with the district in a column of its own,
 * merged over its communes (no district rows), and plan lines down the rows
 * under a two-level header — each district merged over its communes'
 * columns. The grand total typed or a SUM formula; no area list.
 */
import { checkWorkbook } from "../../../src/core/check";
import { columnLetters } from "../../../src/core/model/address";
import type { SheetData } from "../../../src/core/model/workbook";
import { formulaSheet, type Typed } from "./formulaSheet";
import { STAFF_DISTRICTS as D, STAFF_LINES } from "./staffSheet";

type Change = (d: number, c: number, line: number, value: number) => Typed;

const PLAN: SheetData = {
  name: "Kế hoạch",
  merges: [],
  values: [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Định mức"], ...STAFF_LINES.map((l) => [l.code, l.name, l.unit, l.target, l.quota ?? null])],
};
const COMMUNES = D.flatMap((d, di) => d.communes.map((c, ci) => ({ d: di, c: ci, values: c.values as number[] })));
const planned = (line: number) => COMMUNES.reduce((sum, commune) => sum + commune.values[line], 0);

/** STT | Huyện (merged over its communes) | Xã | the lines; `Tổng cộng` under them. Cell of a commune: row 4 + its place. */
function districtColumn(change: Change, totals: "formula" | "typed"): SheetData[] {
  const grid: Typed[][] = [["BIỂU PHÂN BỔ KINH PHÍ NĂM 2025"], [], ["STT", "Huyện", "Xã", ...STAFF_LINES.map((l) => `${l.name} (${l.unit})`)]];
  const merges: string[] = [];
  D.forEach((d, di) => {
    const top = grid.length;
    d.communes.forEach((c, ci) => grid.push([grid.length - 2, ci === 0 ? d.name : null, `Xã ${c.name}`, ...c.values.map((v, l) => change(di, ci, l, v as number))]));
    merges.push(`B${top + 1}:B${grid.length}`);
  });
  const last = grid.length;
  grid.push([null, "Tổng cộng", null, ...STAFF_LINES.map((_, l) => (l === 2 ? null : totals === "formula" ? `=SUM(${columnLetters(3 + l)}4:${columnLetters(3 + l)}${last})` : planned(l)))]);
  merges.push(`B${grid.length}:C${grid.length}`);
  return [PLAN, formulaSheet("Phân bổ", grid, merges)];
}

/** Lines down the rows, `Tổng cộng` in column D, each district merged over its communes' columns (from E). Row of a line: 5 + its index. */
function districtsOverColumns(change: Change, totals: "formula" | "typed"): SheetData[] {
  const top: Typed[] = ["STT", "Chỉ tiêu", "ĐVT", "Tổng cộng"];
  const second: Typed[] = [null, null, null, null];
  const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4"];
  D.forEach((d) => {
    const start = top.length;
    d.communes.forEach((c, ci) => {
      top.push(ci === 0 ? `Huyện ${d.name}` : null);
      second.push(`Xã ${c.name}`);
    });
    merges.push(`${columnLetters(start)}3:${columnLetters(top.length - 1)}3`);
  });
  const grid: Typed[][] = [["BIỂU PHÂN BỔ"], [], top, second];
  STAFF_LINES.forEach((line, l) => {
    const row = grid.length + 1;
    const total = l === 2 ? null : totals === "formula" ? `=SUM(E${row}:${columnLetters(3 + COMMUNES.length)}${row})` : planned(l);
    grid.push([l + 1, line.name, line.unit, total, ...COMMUNES.map((x) => change(x.d, x.c, l, x.values[l]))]);
  });
  return [PLAN, formulaSheet("Phân bổ", grid, merges)];
}

const place = (d: number, c: number) => COMMUNES.findIndex((x) => x.d === d && x.c === c);
const byRows = (d: number, c: number, line: number) => `${columnLetters(3 + line)}${4 + place(d, c)}`;
const byColumns = (d: number, c: number, line: number) => `${columnLetters(4 + place(d, c))}${5 + line}`;
const at = (d: number, c: number, line: number, value: Typed): Change => (dd, cc, l, v) => (dd === d && cc === c && l === line ? value : v);

// Each plant: the change, the commune's cell told (a swap under a formula total too: the only commune whose figure, moved by the
// line's gap, reads as any slip, that slip a swap, the figure meant among the others).
const PLANTS: Record<string, { change: Change; cell: [number, number, number] }> = {
  "a digit typed twice (1250 for 125)": { change: at(1, 2, 3, 1250), cell: [1, 2, 3] },
  "a negative figure": { change: at(2, 0, 3, -140), cell: [2, 0, 3] },
  "a figure typed as text": { change: at(1, 1, 3, "115"), cell: [1, 1, 3] },
  "a rate under the plan's": { change: at(0, 1, 2, 70), cell: [0, 1, 2] },
  "a count off the quota": { change: at(0, 1, 0, 2), cell: [0, 1, 0] },
  "two digits swapped (102 for 120)": { change: at(0, 0, 3, 102), cell: [0, 0, 3] },
};

const cases = Object.entries(PLANTS).flatMap(([name, plant]) => (["formula", "typed"] as const).map((totals): [string, "formula" | "typed", (typeof PLANTS)[string]] => [name, totals, plant]));

test.each(cases)("the district in a merged column: %s, the grand total %s", (_name, totals, { change, cell }) => {
  const told = checkWorkbook({ sheets: districtColumn(change, totals) }, { workbookName: "t.xlsx" }).report.findings;
  expect(told.map((f) => f.cell)).toEqual([byRows(...cell)]);
});

test.each(cases)("districts merged over their communes' columns: %s, the grand total %s", (_name, totals, { change, cell }) => {
  const told = checkWorkbook({ sheets: districtsOverColumns(change, totals) }, { workbookName: "t.xlsx" }).report.findings;
  expect(told.map((f) => f.cell)).toEqual([byColumns(...cell)]);
});

test.each(["formula", "typed"] as const)("nothing planted, the grand total %s: nothing told in either layout", (totals) => {
  const same: Change = (_d, _c, _l, v) => v;
  expect(checkWorkbook({ sheets: districtColumn(same, totals) }, { workbookName: "t.xlsx" }).report.findings).toEqual([]);
  expect(checkWorkbook({ sheets: districtsOverColumns(same, totals) }, { workbookName: "t.xlsx" }).report.findings).toEqual([]);
});
