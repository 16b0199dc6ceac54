/**
 * Plan line names over the merged name columns of the line and progress
 * tables wrap where the layout does, on lines of even length
 * (textMeasure.ts `balancedLines`, printLayout.ts): each row is as tall as
 * the lines it prints, in Excel and LibreOffice alike, and no line ends on a
 * last word alone.
 */
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { buildSampleWorkbookData } from "../../../src/sample";
import { balancedLines, textWidth, wrappedLines } from "../../../src/core/summary/textMeasure";
import type { Lang } from "../../../src/core/model/text";
import { findingTableRows } from "../../../src/core/summary/findingSpread";
import { wordsFor } from "../../../src/core/words";

describe("balancedLines", () => {
  test.each<[string, number]>([
    ["Tổ truyền thông cộng đồng được thành lập mới", 36],
    ["Cuộc đối thoại chính sách cấp xã và thôn bản", 36],
    ["Đề án Tuyên truyền nâng cao nhận thức bình đẳng giới và kiến thức pháp luật cho phụ nữ dân tộc thiểu số", 36],
    ["Đề án Tuyên truyền nâng cao nhận thức bình đẳng giới và kiến thức pháp luật cho phụ nữ dân tộc thiểu số", 70],
  ])("%s in %d units: as many lines as it wraps on, each on one line, of even length", (text, width) => {
    const out = balancedLines(text, width);
    const lines = out.split("\n");
    expect(lines.length).toBe(wrappedLines(text, width));
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(wrappedLines(line, width)).toBe(1);
    // Even: no line shorter than half the longest.
    const widths = lines.map((line) => textWidth(line));
    expect(Math.min(...widths)).toBeGreaterThan(Math.max(...widths) / 2);
  });

  test.each([
    ["a name on one line", "Tổ tiết kiệm vay vốn tự quản", 36],
    ["a name with breaks of its own", "Tổ truyền thông\ncộng đồng được thành lập mới", 20],
  ])("%s is left as it is", (_label, text, width) => {
    expect(balancedLines(text, width)).toBe(text);
  });
});

describe.each<Lang>(["vi", "en"])("the sample's summary, %s", (lang) => {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  const model = buildSummary({ report, plan, table, areaValues, workbook, lang });
  const names = new Set(report.indicators.map((i) => i.name));

  test("each plan line name that wraps over its merged name columns holds its line breaks, each line within the box, and its row is as tall as its lines", () => {
    const wrapped = model.cells.filter((c) => c.col === 1 && typeof c.value === "string" && c.value.includes("\n"));
    // The line table's and the progress table's long names (the sample has both).
    expect(wrapped.length).toBeGreaterThanOrEqual(8);
    for (const c of wrapped) {
      const text = String(c.value);
      expect(names.has(text.replace(/\n/g, " "))).toBe(true);
      const merge = model.merges.find((m) => m.top === c.row && m.left === c.col)!;
      let box = 0;
      for (let col = merge.left; col <= merge.right; col++) box += model.columnWidths[col] + (col > merge.left ? 0.7 : 0);
      const lines = text.split("\n");
      for (const line of lines) expect(wrappedLines(line, box * 0.9)).toBe(1);
      expect(model.rowHeights![c.row]).toBe(lines.length * 15);
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
