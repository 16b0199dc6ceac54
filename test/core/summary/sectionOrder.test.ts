import { localRowsOf, moveSectionLast } from "../../../src/core/summary/sectionOrder";
import { pageBreaks } from "../../../src/core/summary/pageBreaks";
import type { SummaryCell, SummarySheetModel } from "../../../src/core/model/summary";

test.each([
  ["ROUND(E12-D12,0)", [11, 11]],
  ['IF(D5=0,"",E5/D5)', [4, 4, 4]],
  ["SUM('Phân bổ'!C5:C20)+Sheet2!A1", []],
  ['IF(F3>0,"A1 B2",LOG10(G7))', [2, 6]],
  ["$A$3*2", [2]],
])("localRowsOf(%p)", (formula, rows) => {
  expect(localRowsOf(formula)).toEqual(rows);
});

function sheet(cells: SummaryCell[], frozenRows = 0): SummarySheetModel {
  const rowCount = Math.max(...cells.map((c) => c.row)) + 1;
  return {
    name: "S",
    cells,
    merges: cells.filter((c) => c.style === "subtitle").map((c) => ({ top: c.row, left: 0, bottom: c.row, right: 3 })),
    columnWidths: [],
    frozenRows,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true },
    rowCount,
    columnCount: 4,
  };
}

// Rows: 0 title; 2 "1. A" subtitle, 3 header, 4 row; 6 "2. B", 7 header, 8-9 rows; 11 "3. C", 12 header, 13 row.
const cells: SummaryCell[] = [
  { row: 0, col: 0, value: "Title", style: "title" },
  { row: 2, col: 0, value: "1. A", style: "subtitle" },
  { row: 3, col: 0, value: "h", style: "header" },
  { row: 4, col: 0, value: 1, formula: "B5*2" },
  { row: 6, col: 0, value: "2. B", style: "subtitle" },
  { row: 7, col: 0, value: "area header", style: "header" },
  { row: 8, col: 0, value: "b1", formula: "'X'!A1" },
  { row: 9, col: 0, value: "b2" },
  { row: 11, col: 0, value: "3. C", style: "subtitle" },
  { row: 12, col: 0, value: "h3", style: "header" },
  { row: 13, col: 0, value: "c1" },
];

test("the repeated table moves last with its blank row; numbered subtitles follow the new order", () => {
  const result = moveSectionLast(sheet(cells), 7)!;
  const at = (row: number) => result.model.cells.filter((c) => c.row === row).map((c) => c.value);
  expect([5, 6, 7, 8, 9, 10, 11, 12, 13].map((r) => at(r))).toEqual([[], ["2. C"], ["h3"], ["c1"], [], ["3. B"], ["area header"], ["b1"], ["b2"]]);
  expect(result.moved(7)).toBe(11);
  expect(result.model.merges.map((m) => m.top)).toEqual([2, 6, 10]);
  expect(result.model.rowCount).toBe(14);
});

test("nothing moves when it is last, when a formula points at a row that would move, or when frozen rows reach it", () => {
  expect(moveSectionLast(sheet(cells), 12)).toBeNull();
  expect(moveSectionLast(sheet([...cells, { row: 4, col: 1, value: 0, formula: "A14+1" }]), 7)).toBeNull();
  expect(moveSectionLast(sheet(cells, 8), 7)).toBeNull();
});

test("page breaks: a table starting at the foot of a page starts the next one", () => {
  const heights = [20, 15, 15, 15, 15, 15, 15, 15];
  // Page of 100 pt: rows 0-5 take 95; the table at row 5 (with 4 rows = 60 pt) would not fit.
  expect(pageBreaks({ heights, starts: [1, 5], pageHeight: 100, scale: 1 })).toEqual([5]);
  // At half scale the page holds 200 pt: no break.
  expect(pageBreaks({ heights, starts: [1, 5], pageHeight: 100, scale: 0.5 })).toEqual([]);
  // The first table never breaks before itself at the top of the sheet.
  expect(pageBreaks({ heights, starts: [0], pageHeight: 30, scale: 1 })).toEqual([]);
});
