/**
 * Part names are case-insensitive in a package (OPC, ECMA-376 Part 2 §6.2.2.3):
 * a sheet stored as `xl/worksheets/Sheet1.xml` with its relationships in
 * `xl/worksheets/_rels/sheet1.xml.rels` is the part `sheet1.xml`. The summary
 * copy must add its parts under names that no existing part has in any case,
 * find the sheet's relationships whatever their case, and change no cell of
 * the user's.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { parseRelationships } from "../../../src/adapters/xlsx/xml";
import { resolvePartPath } from "../../../src/adapters/xlsx/packagePaths";
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

/** An ExcelJS workbook whose first sheet part is renamed to `Sheet1.xml`, its relationships part left as `sheet1.xml.rels`. */
async function packageWithCapitalSheetPart(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const allocation = wb.addWorksheet("Phân bổ"); // sheet1.xml
  ALLOCATION.forEach((row) => allocation.addRow(row));
  allocation.getCell("B3").note = "Ghi chú của người dùng";
  const plan = wb.addWorksheet("Kế hoạch"); // sheet2.xml
  PLAN.forEach((row) => plan.addRow(row));
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(zip.file("xl/worksheets/_rels/sheet1.xml.rels")).not.toBeNull(); // the note: comments and VML
  zip.remove("xl/worksheets/sheet1.xml");
  zip.file("xl/worksheets/Sheet1.xml", sheet);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  expect(rels).toContain('Target="worksheets/sheet1.xml"');
  zip.file("xl/_rels/workbook.xml.rels", rels.replace('Target="worksheets/sheet1.xml"', 'Target="worksheets/Sheet1.xml"'));
  // [Content_Types].xml keeps `/xl/worksheets/sheet1.xml`: the same part name, in another case.
  return zip.generateAsync({ type: "nodebuffer" });
}

async function partsOf(bytes: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

function names(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
}

async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = parseRelationships(await zip.file("xl/_rels/workbook.xml.rels")!.async("string"));
  const paths = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    paths.set(m[1], resolvePartPath("xl", rels.find((r) => r.id === m[2])!.target));
  }
  return paths;
}

describe("part names without regard to case", () => {
  test("the summary's new parts collide with no part of the user's; the user's cells and relationships are kept", async () => {
    const input = await packageWithCapitalSheetPart();
    const before = await readWorkbookBuffer(input);
    const result = checkWorkbook(before, { workbookName: "hoa.xlsx" });
    expect(result.report.findings.some((f) => f.sheet === "Phân bổ" && f.cell !== null)).toBe(true);
    const model = buildSummary({ report: result.report, plan: result.plan, table: result.table, areaValues: result.areaValues, workbook: before, lang: "vi" });
    const output = await summaryCopyBuffer(input, model, buildHighlights(result.report, "vi"));

    const zip = await partsOf(output);
    const all = names(zip);
    // No two parts with one name in different cases.
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(all.length);
    const inputNames = new Set(names(await partsOf(input)).map((n) => n.toLowerCase()));
    const paths = await sheetPaths(zip);
    const summaryPath = paths.get(model.name)!;
    expect(summaryPath).toBeDefined();
    expect(inputNames.has(summaryPath.toLowerCase())).toBe(false);
    expect(paths.get("Phân bổ")).toBe("xl/worksheets/Sheet1.xml");
    // The summary sheet inherits no relationships part.
    expect(inputNames.has(summaryPath.replace(/([^/]+)$/, "_rels/$1.rels").toLowerCase())).toBe(false);

    // Every cell of the user's sheets as it was.
    const after = await readWorkbookBuffer(output);
    for (const sheet of before.sheets) {
      const copy = after.sheets.find((s) => s.name === sheet.name)!;
      expect(copy.values).toEqual(sheet.values);
      expect(copy.formulas ?? []).toEqual(sheet.formulas ?? []);
    }
    // The highlights' notes join the user's note in the sheet's own comments part, found through `sheet1.xml.rels`.
    const sheetRels = parseRelationships(await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string"));
    const comments = sheetRels.filter((r) => /\/comments$/.test(r.type));
    expect(comments).toHaveLength(1);
    const commentsXml = await zip.file(resolvePartPath("xl/worksheets", comments[0].target))!.async("string");
    expect(commentsXml).toContain("Ghi chú của người dùng");
    expect(commentsXml).toContain("allocheck:");
  });
});
