/**
 * The narrow tables spread over the printed page's width (tableSpread.ts):
 * the figures move to the right edge, the name merged across the columns
 * left, and every formula and the chart follow the cells they point at.
 */
import { spreadNarrowTables } from "../../../src/core/summary/tableSpread";
import { moveLocalReferences } from "../../../src/core/summary/headerCopies";
import { buildSummaryInOrder } from "../../../src/core/summary/buildSummary";
import { withPrintLayout } from "../../../src/core/summary/printLayout";
import { AREA_HEADER, LINE_HEADERS } from "../../../src/core/summary/labels";
import { findingTableRows } from "../../../src/core/summary/findingSpread";
import { parseA1 } from "../../../src/core/model/address";
import type { SummaryCell, SummarySheetModel } from "../../../src/core/model/summary";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "./fixture";

describe("references moved with their cells", () => {
  // Columns C and after of rows 3–4 (0-based 2–3) move 5 to the right.
  const column = (row: number, col: number) => (row >= 2 && row <= 3 && col >= 2 ? col + 5 : col);
  test.each([
    ["ROUND(E3-D3,0)", "ROUND(J3-I3,0)"],
    ['IF(D4=0,"",E4/D4)', 'IF(I4=0,"",J4/I4)'],
    ["SUM(D3:F3)", "SUM(I3:K3)"],
    ["C3*$F$2", "H3*$F$2"],
    ["$D$3+D$4+$D4", "$I$3+I$4+$I4"],
    ["B3+A3", "B3+A3"],
    ["E5+E2", "E5+E2"],
    ["'Phân bổ'!D3+Sheet1!E3:E4+D3", "'Phân bổ'!D3+Sheet1!E3:E4+I3"],
    ['IF(F3>0,"D3 vượt","Đạt")', 'IF(K3>0,"D3 vượt","Đạt")'],
    ["LOG10(D3)", "LOG10(I3)"],
    ["SUBTOTAL(9,C10:C20)", "SUBTOTAL(9,C10:C20)"],
  ])("%s → %s", (formula, moved) => {
    expect(moveLocalReferences(formula, (r) => r, column)).toBe(moved);
  });
});

/** A summary-like sheet: a narrow table (rows 1–4, columns A–E) over a wider one (rows 6–8, columns A–J), a chart over the first. */
function sheet(): SummarySheetModel {
  const cells: SummaryCell[] = [
    { row: 0, col: 0, value: "1. Narrow", style: "subtitle" },
    ...["Mã", "Chỉ tiêu", "Kế hoạch", "Đã phân bổ", "Chênh lệch"].map((value, col) => ({ row: 1, col, value, style: "header" as const })),
    ...[2, 3].flatMap((row) => [
      { row, col: 0, value: String(row), style: "label" as const },
      { row, col: 1, value: `Chỉ tiêu ${row}` },
      { row, col: 2, value: 10 },
      { row, col: 3, value: 8, formula: `SUBTOTAL(9,C8:C9)` },
      { row, col: 4, value: -2, formula: `ROUND(${"D"}${row + 1}-C${row + 1},0)` },
    ]),
    { row: 4, col: 1, value: "Ghi chú", style: "note" },
    { row: 6, col: 0, value: "2. Wide", style: "subtitle" },
    ...Array.from({ length: 10 }, (_, col) => ({ row: 7, col, value: `H${col}`, style: "header" as const })),
    ...Array.from({ length: 10 }, (_, col) => ({ row: 8, col, value: col })),
  ];
  return {
    name: "Tổng hợp",
    cells,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 4, left: 1, bottom: 4, right: 4 },
      { top: 6, left: 0, bottom: 6, right: 7 },
    ],
    columnWidths: [],
    frozenRows: 0,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true },
    rowCount: 9,
    columnCount: 10,
    chart: { title: "t", firstRow: 2, lastRow: 3, categoryCol: 0, valueCol: 4, valueName: "v", categories: [], values: [], pace: null, paceCol: 3, paceName: "p", anchor: { row: 10, col: 0, rows: 4, cols: 8 } },
  };
}

test("the narrow table ends at the last column: its figures moved, its names merged over the columns between, its formulas and the chart following", () => {
  const spread = spreadNarrowTables(sheet(), 9, new Set([7]));
  const at = (row: number, col: number) => spread.cells.find((c) => c.row === row && c.col === col);
  expect(spread.cells.filter((c) => c.row === 1).map((c) => [c.col, c.value])).toEqual([
    [0, "Mã"],
    [1, "Chỉ tiêu"],
    [7, "Kế hoạch"],
    [8, "Đã phân bổ"],
    [9, "Chênh lệch"],
  ]);
  expect(at(2, 9)?.formula).toBe("ROUND(I3-H3,0)");
  expect(at(3, 9)?.formula).toBe("ROUND(I4-H4,0)");
  // A formula over the wide table (not moved) keeps its cells.
  expect(at(2, 8)?.formula).toBe("SUBTOTAL(9,C8:C9)");
  for (const row of [1, 2, 3]) expect(spread.merges).toContainEqual({ top: row, left: 1, bottom: row, right: 6 });
  // The note's merge runs to the table's new edge; the subtitle and the wide table's rows are as they were.
  expect(spread.merges).toContainEqual({ top: 4, left: 1, bottom: 4, right: 9 });
  expect(spread.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
  expect(spread.cells.filter((c) => c.row >= 6)).toEqual(sheet().cells.filter((c) => c.row >= 6));
  expect(spread.chart).toMatchObject({ categoryCol: 0, valueCol: 9, paceCol: 8, anchor: { row: 10, col: 0, rows: 4, cols: 8 } });
  // Spread again: nothing moves.
  expect(spreadNarrowTables(spread, 9, new Set([7]))).toBe(spread);
});

test.each([
  ["the wide table's header skipped", 9, new Set([7]), true],
  ["nothing narrower than the last column", 4, new Set([7]), false],
])("%s", (_name, lastCol, skip, moved) => {
  const model = sheet();
  expect(spreadNarrowTables(model, lastCol, skip) !== model).toBe(moved);
});

describe("a summary printed one page wide", () => {
  const LONG = "Tổng phân bổ 1.958 người tham gia tập huấn kỹ năng truyền thông thấp hơn kế hoạch 1.968 người.";
  /** The fixture's summary with `extra` more indicator columns in the area table. */
  function widened(lang: "vi" | "en", extra: number): SummarySheetModel {
    const model = buildSummaryInOrder({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook(), lang }, "findings-last");
    const header = model.cells.find((c) => c.style === "header" && c.col === 1 && c.value === AREA_HEADER[lang])!;
    const findings = findingTableRows(model.cells)!;
    const areaRows = [...new Set(model.cells.filter((c) => c.row > header.row && c.row < findings.header - 2 && c.col === 1).map((c) => c.row))];
    const cells: SummaryCell[] = model.cells.map((c) => (c.row > findings.header && c.col === 1 && typeof c.value === "string" ? { ...c, value: LONG } : c));
    for (let i = 0; i < extra; i++) {
      cells.push({ row: header.row, col: model.columnCount + i, value: `Chỉ tiêu ${i + 10} (triệu đồng)`, style: "header" });
      for (const row of areaRows) cells.push({ row, col: model.columnCount + i, value: 1234 + i, numFmt: "#,##0", style: "number" });
    }
    return { ...model, cells, columnCount: model.columnCount + extra, columnWidths: [] };
  }

  test.each([
    ["vi", 4],
    ["vi", 7],
    ["en", 4],
  ] as const)("%s, %d more columns: the line table as wide as the sheet, each formula over its own row's cells under the same headers", (lang, extra) => {
    const laid = withPrintLayout(widened(lang, extra));
    expect(laid.print.fitToWidth).toBe(true);
    const last = laid.columnWidths.length - 1;
    const headerRow = laid.cells.find((c) => c.style === "header" && c.value === LINE_HEADERS[3][lang])!.row;
    // The blank cells a table is boxed with (tableBoxes.ts) hold nothing: left out.
    const header = laid.cells.filter((c) => c.row === headerRow && !(c.boxed === true && c.value === null)).sort((a, b) => a.col - b.col);
    expect(header.map((c) => c.value)).toEqual(LINE_HEADERS.map((h) => h[lang]));
    expect(header[header.length - 1].col).toBe(last);
    expect(laid.merges).toContainEqual({ top: headerRow, left: 1, bottom: headerRow, right: header[2].col - 1 });
    const colOf = (k: number) => header[k].col;
    const difference = laid.cells.filter((c) => c.row > headerRow && c.col === colOf(5) && c.formula !== undefined);
    expect(difference.length).toBeGreaterThan(0);
    for (const cell of difference) {
      const refs = [...cell.formula!.matchAll(/[A-Z]+\d+/g)].map((m) => parseA1(m[0]));
      // `ROUND(allocated - plan)` on its own row.
      expect(refs).toEqual([
        { row: cell.row, col: colOf(4) },
        { row: cell.row, col: colOf(3) },
      ]);
      const status = laid.cells.find((c) => c.row === cell.row && c.col === colOf(7))!;
      expect(status.formula).toContain(`${String.fromCharCode(65 + colOf(5))}${cell.row + 1}`);
    }
    // Laid out again, the same.
    expect(withPrintLayout(laid)).toEqual(laid);
  });
});
