/**
 * A sheet named with a double quote of its own (`Tiến độ "2024"`) is named in
 * the messages as Excel quotes it (`'Tiến độ "2024"'`): in the JSON and text
 * reports, the summary and the pane, and in the message of an input error.
 */
import { checkWorkbook } from "../../../src/core/check";
import { InputError } from "../../../src/core/model/errors";
import { renderTextReport } from "../../../src/core/report/text";
import { sheetInText } from "../../../src/core/report/sheetNamesQuoted";
import { typographicQuotes } from "../../../src/core/text/quotes";
import { unsureReadingText } from "../../../src/core/summary/labels";
import { buildSampleWorkbookData } from "../../../src/sample";

/** The sample with one sheet renamed (its formulas' references to it too, as Excel renames them). */
function renamed(from: string, to: string) {
  const workbook = buildSampleWorkbookData();
  return { ...workbook, sheets: workbook.sheets.map((sheet) => (sheet.name === from ? { ...sheet, name: to } : sheet)) };
}

test.each([
  ["Phân bổ", '"Phân bổ"'],
  ['Tiến độ "2024"', `'Tiến độ "2024"'`],
  ["KH 'mới'", `"KH 'mới'"`],
  [`PB "A" 'B'`, `'PB "A" ''B'''`],
])("sheetInText(%p) = %p", (name, shown) => {
  expect(sheetInText(name)).toBe(shown);
});

describe("a results sheet named with double quotes", () => {
  const name = 'Tiến độ "2024"';
  const workbook = renamed("Tiến độ", name);

  test("chosen as the allocation sheet: the error names it as Excel quotes it, and the pane shows it so", () => {
    let error: unknown;
    try {
      checkWorkbook(workbook, { workbookName: "mau.xlsx", sheet: name });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const text = (error as InputError).text;
    expect(text.vi).toContain(`Trang 'Tiến độ "2024"' là trang kết quả`);
    expect(text.en).toContain(`Sheet 'Tiến độ "2024"' is a results`);
    expect(typographicQuotes(text.vi)).toContain(`'Tiến độ "2024"'`);
    expect(typographicQuotes(text.vi)).not.toMatch(/[“”]2024|2024[“”]/);
  });

});

test("a rival sheet named with double quotes: the reading's reason names it as Excel quotes it, in the text report and the summary", () => {
  const workbook = buildSampleWorkbookData();
  const allocation = workbook.sheets.find((sheet) => sheet.name === "Phân bổ")!;
  // A copy of the allocation sheet with other figures on one row.
  const rival = { ...allocation, name: 'Phân bổ "cũ"', values: allocation.values.map((row, i) => (i === 8 ? (row ?? []).map((v) => (typeof v === "number" ? v + 1 : v)) : row)) };
  const { report } = checkWorkbook({ ...workbook, sheets: [...workbook.sheets, rival] }, { workbookName: "mau.xlsx" });
  const reasons = report.reading!.confidence.reasons;
  expect(reasons.map((r) => r.vi).join(" ")).toContain(`Trang 'Phân bổ "cũ"' cũng có bảng`);
  for (const text of reasons.flatMap((r) => [r.vi, r.en])) {
    expect(text).not.toContain('"Phân bổ "cũ""');
    expect(typographicQuotes(text)).toContain(`'Phân bổ "cũ"'`);
  }
  expect(renderTextReport(report, "vi")).toContain(`'Phân bổ "cũ"'`);
  expect(unsureReadingText(reasons, "en")).toContain(`The sheet 'Phân bổ "cũ"' also holds`);
});
