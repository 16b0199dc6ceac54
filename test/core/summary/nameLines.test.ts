/**
 * Plan line names over the merged name columns of the line and progress
 * tables, and the findings table's short columns, keep the value as the
 * report gives it (no line break put into it for a filter or a copy to show),
 * set to wrap, each row as tall as the lines its cells wrap on (printLayout.ts).
 */
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { buildSampleWorkbookData } from "../../../src/sample";
import { wrappedLines } from "../../../src/core/summary/textMeasure";
import type { Lang } from "../../../src/core/model/text";
import { findingTableRows } from "../../../src/core/summary/findingSpread";
import { wordsFor } from "../../../src/core/words";

describe.each<Lang>(["vi", "en"])("the sample's summary, %s", (lang) => {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  const model = buildSummary({ report, plan, table, areaValues, workbook, lang });
  const names = new Set(report.indicators.map((i) => i.name));

  test("each plan line name over its merged name columns keeps the name the report gives, set to wrap where it wraps, its row as tall as its lines", () => {
    const named = model.cells.filter((c) => c.col === 1 && typeof c.value === "string" && names.has(c.value.replace(/\n/g, " ")) && model.merges.some((m) => m.top === c.row && m.left === 1 && m.right > 1));
    // The line table's and the progress table's names.
    expect(named.length).toBeGreaterThanOrEqual(2 * report.indicators.length);
    const wrapped = named.filter((c) => c.wrap === true);
    // The sample's long names wrap, in both tables.
    expect(wrapped.length).toBeGreaterThanOrEqual(6);
    for (const c of named) {
      // No line break put into a name (an Excel filter or a copy would show it).
      expect({ at: [c.row, c.col], value: c.value }).toEqual({ at: [c.row, c.col], value: String(c.value).replace(/\n/g, " ") });
      const merge = model.merges.find((m) => m.top === c.row && m.left === c.col)!;
      let box = 0;
      for (let col = merge.left; col <= merge.right; col++) box += model.columnWidths[col] + (col > merge.left ? 0.7 : 0);
      const lines = wrappedLines(String(c.value), box);
      if (lines > 1) expect(c.wrap).toBe(true);
      expect(model.rowHeights![c.row]).toBeGreaterThanOrEqual(lines * 15);
    }
  });

  test("a short column of the findings table (rule, sheet, line, area) that wraps keeps the value the engine gave, set to wrap, its row as tall as the lines it wraps on", () => {
    const rows = findingTableRows(model.cells)!;
    const messageRight = model.merges.find((m) => m.top === rows.header + 1 && m.left === 1)?.right ?? 1;
    const short = model.cells.filter((c) => c.row > rows.header && c.row <= rows.last && c.col > messageRight && typeof c.value === "string" && c.style !== "link");
    const wrapped = short.filter((c) => c.wrap === true);
    // The sample's rule names (`Vượt / chưa đạt kế hoạch`, `Định mức từng địa bàn`) and its results sheet's name wrap.
    expect(wrapped.length).toBeGreaterThanOrEqual(5);
    const words = wordsFor(lang);
    const engine = new Set<string>([...report.findings.flatMap((f) => [words.rules[f.rule], words.severity[f.severity], f.sheet ?? "", f.indicator ?? "", f.area ?? ""])]);
    for (const c of short) {
      // No line break put into a value (an Excel filter or a copy would show it): the text as the report gives it.
      expect({ at: [c.row, c.col], value: c.value }).toEqual({ at: [c.row, c.col], value: String(c.value).replace(/\n/g, " ") });
      expect(engine.has(String(c.value))).toBe(true);
      const lines = wrappedLines(String(c.value), model.columnWidths[c.col]);
      expect({ value: c.value, wrap: c.wrap === true }).toEqual({ value: c.value, wrap: lines > 1 });
      // Each row of findings as tall as the most lines one of its cells wraps on.
      expect(model.rowHeights![c.row]).toBeGreaterThanOrEqual(lines * 15);
    }
  });
});
