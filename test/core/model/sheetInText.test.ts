/**
 * A sheet named with a double quote of its own (`Tiến độ "2024"`) is named in
 * the messages as Excel quotes it (`'Tiến độ "2024"'`): in the JSON and text
 * reports, the summary and the pane, and in the message of an input error —
 * each message naming a sheet through sheetInText.
 */
import { checkWorkbook } from "../../../src/core/check";
import { InputError } from "../../../src/core/model/errors";
import { renderTextReport } from "../../../src/core/report/text";
import { sheetInText } from "../../../src/core/model/address";
import { typographicQuotes } from "../../../src/core/text/quotes";
import { unsureReadingText } from "../../../src/core/summary/labels";
import { buildSampleWorkbookData } from "../../../src/sample";
import type { CellValue, SheetData, WorkbookData } from "../../../src/core/model/workbook";
import { allocationSheet, periodSheet, planSheet, sheet, workbook } from "../progress/fixtures";

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
  // The other sheets quoted typographically there, as the text report's findings are.
  expect(renderTextReport(report, "vi")).toContain("như trang “Phân bổ” nhưng");
  expect(renderTextReport(report, "vi")).not.toContain('trang "Phân bổ"');
  expect(unsureReadingText(reasons, "en")).toContain(`The sheet 'Phân bổ "cũ"' also holds`);
});

/** `sheet` renamed to `name`. */
function named(name: string, of: SheetData): SheetData {
  return { ...of, name };
}

const done = (n: number): CellValue[][] => [
  [n, 80, 10 * n, 5 * n],
  [n, 85, 10 * n, 5 * n],
  [n, 80, 10 * n, 5 * n],
  [n, 90, 10 * n, 5 * n],
];
const blank: CellValue[][] = [
  [0, null, 0, 0],
  [0, null, 0, 0],
  [0, null, 0, 0],
  [0, null, 0, 0],
];
const threeAreas: SheetData = (() => {
  const full = periodSheet("x", done(1));
  // The last commune left off the results.
  return { ...full, values: full.values.slice(0, full.values.length - 1) };
})();

/** Every text the check gives a person: the findings, the reading's reasons, or the input error. */
function textsOf(input: WorkbookData, options: { sheet?: string } = {}): string[] {
  try {
    const { report } = checkWorkbook(input, { workbookName: "t.xlsx", ...options });
    return [...report.findings.map((f) => f.message), ...(report.reading?.confidence.reasons ?? [])].flatMap((t) => [t.vi, t.en]);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [error.text.vi, error.text.en];
  }
}

describe("each kind of message naming a sheet with double quotes names it as Excel quotes it", () => {
  const Q = 'Thực hiện "2023"';
  test.each<[string, WorkbookData, readonly string[], { sheet?: string }]>([
    ["a period sheet with no figures yet", workbook(planSheet(), allocationSheet(), periodSheet("Thực hiện 2022", done(1)), periodSheet(Q, blank)), [Q], {}],
    ["a sheet of estimates", workbook(planSheet(), allocationSheet(), periodSheet("Thực hiện 2022", done(1)), periodSheet('Ước TH "2023"', done(1))), ['Ước TH "2023"'], {}],
    ["two sheets for one period", workbook(planSheet(), allocationSheet(), periodSheet("Thực hiện 2022", done(1)), periodSheet("Thực hiện 2023", done(2)), periodSheet('KQ "2023"', done(2))), ['KQ "2023"'], {}],
    ["an area on no results sheet", workbook(planSheet(), named('Phân bổ "A"', allocationSheet()), named("Thực hiện 2022", threeAreas)), ['Phân bổ "A"'], {}],
    ["an allocation sheet asked for that does not exist", workbook(planSheet(), allocationSheet()), ['Không "có"'], { sheet: 'Không "có"' }],
    ["an allocation sheet asked for with no table", workbook(planSheet(), allocationSheet(), sheet('Ghi "chú"', [["Ghi chú"], ["Không có bảng"]])), ['Ghi "chú"'], { sheet: 'Ghi "chú"' }],
  ])("%s", (_kind, input, names, options) => {
    const texts = textsOf(input, options);
    for (const name of names) {
      expect(texts.join("\n")).toContain(sheetInText(name));
      for (const text of texts) expect(text).not.toContain(`"${name}"`);
    }
  });
});
