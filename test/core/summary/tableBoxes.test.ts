/**
 * Each table of the summary is boxed whole: its header, figures and text
 * cells alike (a name, a code, a rule without a border beside boxed figures
 * read as outside the table). Notes under a table and the blocks above the
 * tables are not boxed.
 */
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { buildSampleWorkbookData } from "../../../src/sample";
import type { Lang } from "../../../src/core/model/text";
import type { SummaryCell } from "../../../src/core/model/summary";

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
