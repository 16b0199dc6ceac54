/**
 * The note under the line table (summary, text report) where the sheet's own
 * total differs from the count: the line's code and the cell that shows it,
 * then both figures — the cell named as the pane names it.
 */
import { checkWorkbook } from "../../../src/core/check";
import { buildSampleWorkbookData } from "../../../src/sample";
import { sheetTotalNote, sheetTotalWords } from "../../../src/core/words";
import { renderTextReport } from "../../../src/core/report";

const { report } = checkWorkbook(buildSampleWorkbookData(), { workbookName: "mau.xlsx" });

test.each([
  ["vi", (code: string, cell: string, both: string) => `Mã ${code} (ô ${cell}): ${both}`],
  ["en", (code: string, cell: string, both: string) => `Code ${code} (${cell}): ${both}`],
] as const)("%s: the code, the cell, then what the sheet shows against the count", (lang, expected) => {
  const differing = report.indicators.filter((line) => sheetTotalWords(line, lang) !== undefined);
  expect(differing.length).toBeGreaterThan(0);
  const text = renderTextReport(report, lang);
  for (const line of differing) {
    expect(line.totalCell).not.toBeNull();
    const note = expected(line.code, line.totalCell!, sheetTotalWords(line, lang)!);
    expect(sheetTotalNote(line, lang)).toBe(note);
    expect(text).toContain(`  * ${note}.`);
  }
  for (const line of report.indicators.filter((l) => sheetTotalWords(l, lang) === undefined)) expect(sheetTotalNote(line, lang)).toBeUndefined();
});

test("a line with no total cell is named by its code alone", () => {
  const line = report.indicators.find((l) => sheetTotalWords(l, "vi") !== undefined)!;
  expect(sheetTotalNote({ ...line, totalCell: null }, "vi")).toBe(`Mã ${line.code}: ${sheetTotalWords(line, "vi")}`);
});
