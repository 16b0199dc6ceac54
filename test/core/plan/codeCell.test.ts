/**
 * A code typed as a number (`1.10` stored as 1.1): read as its cell shows
 * it when the number format fixes the decimals; else a repeat says the code
 * was typed as a number and to type it as text.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import { codeAsShown } from "../../../src/core/plan/codeCell";
import { InputError } from "../../../src/core/model/errors";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

test.each<[CellValue, string | undefined, string]>([
  [1.1, "0.00", "1.10"],
  [1.1, "#,##0.00", "1.10"],
  [1.1, "0.0", "1.1"],
  [1.1, undefined, "1.1"],
  [1.1, "General", "1.1"],
  [1.25, "0.0", "1.25"],
  [1, "0.00", "1"],
  ["1.10", "@", "1.10"],
])("%p in format %p reads %p", (value, format, code) => {
  expect(codeAsShown(value, format)).toBe(code);
});

const sheet = (codes: CellValue[], formats: (string | null)[] = []): SheetData => ({
  name: "Kế hoạch",
  values: [["STT", "Nội dung", "ĐVT", "Kế hoạch"], [1, "Tổ", "tổ", 11], ...codes.map((code, i) => [code, `Dòng ${i + 1}`, "tổ", 1])],
  numberFormats: [[], [], ...formats.map((f) => [f])],
  merges: [],
});

test.each<[string, CellValue[], (string | null)[], string[]]>([
  ["1.10 shown by its format beside 1.1", [1.1, 1.1], [null, "0.00"], ["1", "1.1", "1.10"]],
  ["1.10 as text beside 1.1", [1.1, "1.10"], [], ["1", "1.1", "1.10"]],
])("%s: two lines", (_name, codes, formats, read) => {
  expect(readPlanFromWorkbook({ sheets: [sheet(codes, formats)] }).lines.map((l) => l.code)).toEqual(read);
});

test.each<[string, CellValue[], RegExp]>([
  ["two numbers 1.1, no format", [1.1, 1.1], /A4: code "1\.1" repeats cell A3\. The code in A3, A4 is typed as a number .* type the code as text/],
  ["text 1.1 and number 1.1", ["1.1", 1.1], /A4: code "1\.1" repeats cell A3\. The code in A4 is typed as a number/],
  ["two texts 1.1", ["1.1", "1.1"], /A4: code "1\.1" repeats cell A3\.$/],
  ["two whole numbers", [2, 2], /A4: code "2" repeats cell A3\.$/],
])("%s: the repeat says how the code was typed", (_name, codes, message) => {
  let text = "read";
  try {
    readPlanFromWorkbook({ sheets: [sheet(codes)] });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    text = error.text.en;
  }
  expect(text).toMatch(message);
});
