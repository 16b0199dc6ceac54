/**
 * Each table of the summary is boxed whole: its header, figures and text
 * cells alike (a name, a code, a rule without a border beside boxed figures
 * read as outside the table). Notes under a table and the blocks above the
 * tables are not boxed.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { tableBoxes, withTableBoxes } from "../../../src/core/summary/tableBoxes";
import { buildSampleWorkbookData } from "../../../src/sample";
import type { Lang } from "../../../src/core/model/text";
import type { SummaryCell, SummarySheetModel } from "../../../src/core/model/summary";

describe.each<Lang>(["vi", "en"])("the sample's summary, %s", (lang) => {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  const model = buildSummary({ report, plan, table, areaValues, workbook, lang });
  const at = new Map<string, SummaryCell>(model.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const headerRows = [...new Set(model.cells.filter((c) => c.style === "header").map((c) => c.row))].sort((a, b) => a - b);

  test("every cell of each table, from its header to its last row and across its header's columns, is boxed", () => {
    const starts = headerRows.filter((r) => !headerRows.includes(r - 1));
    // The line, findings, progress and area tables.
    expect(starts.length).toBeGreaterThanOrEqual(4);
    for (const start of starts) {
      const cols = model.cells.filter((c) => c.row === start && c.style === "header").map((c) => c.col);
      const merges = model.merges.filter((m) => m.top <= start && m.bottom >= start && cols.includes(m.left));
      const left = Math.min(...cols);
      const right = Math.max(...cols, ...merges.map((m) => m.right));
      let row = start;
      const rowCells = (r: number) => model.cells.filter((c) => c.row === r && c.value !== null && c.value !== undefined && c.value !== "");
      while (rowCells(row).length > 0 && rowCells(row).every((c) => c.style !== "note" && c.style !== "subtitle")) {
        for (let col = left; col <= right; col++) expect({ row, col, boxed: at.get(`${row}:${col}`)?.boxed }).toEqual({ row, col, boxed: true });
        row++;
      }
      expect(row).toBeGreaterThan(start + 1);
    }
  });

  test("notes, titles and the identity block above the tables are not boxed", () => {
    const outside = model.cells.filter((c) => c.style === "note" || c.style === "title" || c.style === "subtitle" || c.row < headerRows[0] - 1);
    expect(outside.length).toBeGreaterThan(0);
    for (const c of outside) expect({ value: c.value, boxed: c.boxed }).toEqual({ value: c.value, boxed: undefined });
  });
});

/** The boxing as the rule says it, by keys of every place: each cell in a box boxed, then for each box its places no cell fills, in order. */
function boxedByKeys(model: SummarySheetModel): SummaryCell[] {
  const key = (r: number, c: number) => `${r}:${c}`;
  const boxes = tableBoxes(model);
  const inBox = new Set<string>();
  for (const b of boxes) for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) inBox.add(key(r, c));
  const cells = model.cells.map((c) => (inBox.has(key(c.row, c.col)) ? { ...c, boxed: true } : c));
  const present = new Set(model.cells.map((c) => key(c.row, c.col)));
  for (const b of boxes) for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) if (!present.has(key(r, c))) cells.push({ row: r, col: c, value: null, boxed: true });
  return cells;
}

test("two tables whose boxes overlap each get a blank where neither has a cell, as the rule says", () => {
  // The first table runs on through the second's header (a header row is a table row): their boxes share rows 2–3.
  const cells: SummaryCell[] = [
    { row: 0, col: 0, value: "Mã", style: "header" },
    { row: 0, col: 1, value: "Tên", style: "header" },
    { row: 1, col: 0, value: 1, style: "number" },
    { row: 2, col: 0, value: "Mã", style: "header" },
    { row: 2, col: 1, value: "Tên", style: "header" },
    { row: 3, col: 0, value: 2, style: "number" },
  ];
  const model: SummarySheetModel = { name: "Tổng hợp", cells, merges: [], columnWidths: [], frozenRows: 0, print: { paper: "A4", orientation: "landscape", fitToWidth: true }, rowCount: 4, columnCount: 2 };
  expect(tableBoxes(model)).toEqual([
    { top: 0, left: 0, bottom: 3, right: 1 },
    { top: 2, left: 0, bottom: 3, right: 1 },
  ]);
  const boxed = withTableBoxes(model);
  expect(boxed.cells).toEqual(boxedByKeys(model));
  expect(boxed.cells.filter((c) => c.value === null).map((c) => [c.row, c.col])).toEqual([[1, 1], [3, 1], [3, 1]]);
});

test("any sheet's cells are boxed as the rule says, blanks put where a box has no cell", () => {
  const styles = [undefined, "header", "header", "number", "number", "note", "subtitle", "label"] as const;
  const cell = fc.record({
    row: fc.integer({ min: 0, max: 7 }),
    col: fc.integer({ min: 0, max: 4 }),
    style: fc.constantFrom(...styles),
    value: fc.oneof(fc.constant(null), fc.constant(""), fc.integer(), fc.constant("x")),
  });
  const merge = fc.record({ top: fc.integer({ min: 0, max: 7 }), left: fc.integer({ min: 0, max: 4 }), rows: fc.integer({ min: 0, max: 2 }), cols: fc.integer({ min: 0, max: 3 }) });
  fc.assert(
    fc.property(fc.array(cell, { maxLength: 30 }), fc.array(merge, { maxLength: 3 }), (given, merges) => {
      const cells: SummaryCell[] = given.map(({ style, ...rest }) => (style === undefined ? rest : { ...rest, style }));
      const model: SummarySheetModel = {
        name: "Tổng hợp",
        cells,
        merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.rows, right: m.left + m.cols })),
        columnWidths: [],
        frozenRows: 0,
        print: { paper: "A4", orientation: "landscape", fitToWidth: true },
        rowCount: 8,
        columnCount: 5,
      };
      const boxed = withTableBoxes(model);
      expect(boxed.cells).toEqual(boxedByKeys(model));
      if (tableBoxes(model).length > 0) expect(boxed.boxes).toEqual(tableBoxes(model));
    }),
    { numRuns: 500 },
  );
});
