/**
 * ISO 8601 date cells (`t="d"`), as some libraries write them: read as the
 * serial Excel keeps for the date, shown as a date, so that the check tells a
 * date among figures as a date — never as text with a number in it.
 */
import JSZip from "jszip";
import { isoDateSerial } from "../../../src/adapters/xlsx/isoDate";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { checkWorkbook } from "../../../src/core/check";
import { buildWorkbook } from "../../helpers/xlsxFixture";
import { CLEAN_SHEETS } from "../../cli/runCli";

test.each<[string, boolean, number | null]>([
  ["2024-01-02", false, 45293],
  ["2024-01-02T00:00:00Z", false, 45293],
  ["2024-01-02T18:00:00", false, 45293.75],
  ["2024-01-02 06:00:00.000+07:00", false, 45293.25],
  ["1900-01-01", false, 1],
  ["1900-02-28", false, 59],
  ["1900-03-01", false, 61],
  ["12:00", false, 0.5],
  ["T06:00:00", false, 0.25],
  ["2024-01-02", true, 43831],
  ["2024-02-30", false, null],
  ["2024-13-01", false, null],
  ["02/01/2024", false, null],
  ["năm 2024", false, null],
])("%p (1904: %p) is serial %p", (text, date1904, serial) => {
  const got = isoDateSerial(text, date1904);
  if (serial === null) expect(got).toBeNull();
  else expect(got).toBeCloseTo(serial, 9);
});

/** The clean workbook with Xã Phú Mãn's count (C5) an ISO date cell, `style` its cell style's number format (none: General). */
async function withIsoDate(value: string, options: { date1904?: boolean; dateStyle?: boolean } = {}): Promise<Buffer> {
  const workbook = buildWorkbook(CLEAN_SHEETS);
  if (options.dateStyle === true) workbook.getWorksheet("Phân bổ")!.getCell("C5").numFmt = "dd/mm/yyyy";
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const part = "xl/worksheets/sheet2.xml";
  const xml = await zip.file(part)!.async("string");
  const changed = xml.replace(/<c r="C5"( s="\d+")?[^>]*>.*?<\/c>/, `<c r="C5"$1 t="d"><v>${value}</v></c>`);
  expect(changed).not.toBe(xml);
  zip.file(part, changed);
  if (options.date1904 === true) {
    const book = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", book.replace(/<workbookPr\b/, '<workbookPr date1904="1"'));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

function cellC5(workbook: Awaited<ReturnType<typeof readWorkbookBuffer>>): { value: unknown; format: unknown } {
  const sheet = workbook.sheets.find((s) => s.name === "Phân bổ")!;
  return { value: sheet.values[4]?.[2], format: sheet.numberFormats?.[4]?.[2] ?? null };
}

test.each<[string, { date1904?: boolean; dateStyle?: boolean }, number, string]>([
  ["General style: shown as an ISO date", {}, 45293, "yyyy-mm-dd hh:mm:ss"],
  ["a date style: its own format", { dateStyle: true }, 45293, "dd/mm/yyyy"],
  ["a 1904 workbook: its serial counted from 1904", { date1904: true }, 43831, "yyyy-mm-dd hh:mm:ss"],
])("%s", async (_, options, serial, format) => {
  expect(cellC5(await readWorkbookBuffer(await withIsoDate("2024-01-02T00:00:00Z", options)))).toEqual({ value: serial, format });
});

test("text that is no ISO date stays the text it is", async () => {
  expect(cellC5(await readWorkbookBuffer(await withIsoDate("đầu năm")))).toEqual({ value: "đầu năm", format: null });
});

test("the check tells an ISO date among figures as a date, at its cell", async () => {
  const { report } = checkWorkbook(await readWorkbookBuffer(await withIsoDate("2024-01-02T00:00:00Z")), { workbookName: "iso.xlsx" });
  const invalid = report.findings.filter((f) => f.rule === "invalid-value");
  expect(invalid.map((f) => [f.cell, f.message.vi])).toEqual([["C5", expect.stringMatching(/^Ô chứa ngày\/giờ/)]]);
});
