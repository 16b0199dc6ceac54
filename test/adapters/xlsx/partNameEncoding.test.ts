/**
 * A relationship's target is a URI: a part named with a space or a
 * Vietnamese letter is written `worksheets/ph%C3%A2n%20b%E1%BB%95.xml` in the
 * rels, while producers name the archive's entry either encoded the same way
 * or decoded (`worksheets/phân bổ.xml`). Either way it is the same part: the
 * reader finds the sheet, and the summary copy keeps it.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { partKey } from "../../../src/adapters/xlsx/zip";
import { checkWorkbook } from "../../../src/core/check";
import { buildHighlights, buildSummary } from "../../../src/core/summary";
import { summaryCopyBuffer } from "../../../src/adapters/xlsx/writeSummary";

const PLAN = [
  ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
  ["2", "Câu lạc bộ phụ nữ", "CLB", 4],
];
const ALLOCATION = [
  ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Câu lạc bộ phụ nữ"],
  [null, "Tổng cộng", 7, 4],
  [1, "Xã Một", 3, 2],
  [2, "Xã Hai", "4", 2],
];

async function original(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("Kế hoạch"); // sheet1.xml
  PLAN.forEach((row) => plan.addRow(row));
  const allocation = wb.addWorksheet("Phân bổ"); // sheet2.xml
  ALLOCATION.forEach((row) => allocation.addRow(row));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The allocation sheet's part moved to `entry`, the workbook's relationship pointing at it by `target`. */
async function renamed(entry: string, target: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await original());
  const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("nodebuffer");
  zip.remove("xl/worksheets/sheet2.xml");
  zip.file(entry, sheet);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  expect(rels).toContain('Target="worksheets/sheet2.xml"');
  zip.file("xl/_rels/workbook.xml.rels", rels.replace('Target="worksheets/sheet2.xml"', `Target="${target}"`));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("/xl/worksheets/sheet2.xml", `/xl/${target}`));
  return zip.generateAsync({ type: "nodebuffer" });
}

const ENCODED = `worksheets/${encodeURIComponent("phân bổ")}.xml`;
const DECODED = "worksheets/phân bổ.xml";

const CASES: ReadonlyArray<{ name: string; entry: string; target: string }> = [
  { name: "entry decoded, target percent-encoded", entry: `xl/${DECODED}`, target: ENCODED },
  { name: "entry percent-encoded, target percent-encoded", entry: `xl/${ENCODED}`, target: ENCODED },
  { name: "entry percent-encoded, target decoded", entry: `xl/${ENCODED}`, target: DECODED },
  { name: "entry percent-encoded in lower case, target in upper case", entry: `xl/${ENCODED.toLowerCase()}`, target: ENCODED.toUpperCase().replace("WORKSHEETS", "worksheets").replace(".XML", ".xml") },
];

describe("part names percent-encoded in a relationship's target", () => {
  test("partKey: encoded and decoded forms are one key; a lone % is kept", () => {
    expect(partKey("xl/worksheets/ph%C3%A2n%20b%E1%BB%95.xml")).toBe(partKey("xl/worksheets/phân bổ.xml"));
    expect(partKey("xl/worksheets/100%.xml")).toBe("xl/worksheets/100%.xml");
    expect(partKey("xl/Worksheets/Sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
  });

  test.each(CASES)("$name: the sheet is read as when it was sheet2.xml", async ({ entry, target }) => {
    const expected = await readWorkbookBuffer(await original());
    const input = await renamed(entry, target);
    const actual = await readWorkbookBuffer(input);
    expect(actual.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Phân bổ"]);
    expect(actual).toEqual(expected);
  });

  test("the summary copy of such a package keeps the user's sheets and values", async () => {
    const input = await renamed(`xl/${DECODED}`, ENCODED);
    const before = await readWorkbookBuffer(input);
    const result = checkWorkbook(before, { workbookName: "ten-la.xlsx" });
    expect(result.report.findings.some((f) => f.sheet === "Phân bổ" && f.cell !== null)).toBe(true);
    const model = buildSummary({ report: result.report, plan: result.plan, table: result.table, areaValues: result.areaValues, workbook: before, lang: "vi" });
    const output = await summaryCopyBuffer(input, model, buildHighlights(result.report, "vi"));
    const after = await readWorkbookBuffer(output);
    for (const sheet of before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)?.values).toEqual(sheet.values);
  });
});
