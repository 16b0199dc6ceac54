/** Dates of a workbook counted from 1904 moved to the 1900 system the engine reads; nothing else touched. */
import { DAYS_1900_TO_1904, inDate1900System } from "../../src/app/dateSystem";
import type { CellValue, WorkbookData } from "../../src/core/model/workbook";

function workbookOf(value: CellValue, format: string | null): WorkbookData {
  return { sheets: [{ name: "Tiến độ", values: [["Năm", value]], numberFormats: [[null, format]], merges: [] }] };
}

test.each<[string, CellValue, string | null, CellValue]>([
  ["a date shown as a year", 43466, "yyyy", 43466 + DAYS_1900_TO_1904],
  ["a full date", 40000.5, "dd/mm/yyyy hh:mm", 40000.5 + DAYS_1900_TO_1904],
  ["a time of day alone", 0.75, "hh:mm", 0.75],
  ["a number in a number format", 2023, "#,##0", 2023],
  ["a number in General", 43466, null, 43466],
  ["text in a date format", "2023", "yyyy", "2023"],
  ["a percent", 0.5, "0%", 0.5],
])("%s", (_, value, format, expected) => {
  const moved = inDate1900System(workbookOf(value, format), true);
  expect(moved.sheets[0].values[0]).toEqual(["Năm", expected]);
  // The workbook given is never changed, and a 1900 workbook is returned as it is.
  expect(workbookOf(value, format).sheets[0].values[0]).toEqual(["Năm", value]);
  const plain = workbookOf(value, format);
  expect(inDate1900System(plain, false)).toBe(plain);
});
