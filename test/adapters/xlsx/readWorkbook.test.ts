import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookBuffer, readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { InputError } from "../../../src/core/model/errors";
import { cellFormula, cellValue, type SheetData } from "../../../src/core/model/workbook";
import { parseA1 } from "../../../src/core/model/address";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-read-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function at(sheet: SheetData, address: string) {
  const { row, col } = parseA1(address);
  return cellValue(sheet, row, col);
}
function formulaAt(sheet: SheetData, address: string) {
  const { row, col } = parseA1(address);
  return cellFormula(sheet, row, col);
}

const NFD_NAME = "Xã Quốc Oai".normalize("NFD");

async function buildFixture(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phân bổ");
  ws.getCell("A1").value = "BIỂU PHÂN BỔ CHỈ TIÊU";
  ws.mergeCells("A1:E1");
  ws.getCell("A2").value = "STT";
  ws.getCell("B2").value = "Địa bàn";
  ws.getCell("C2").value = "Số tổ\n(tổ)";
  ws.getCell("D2").value = "Gấp đôi";
  ws.getCell("E2").value = "Kinh phí (triệu đồng)";
  ws.mergeCells("A2:A3");
  ws.getCell("B4").value = NFD_NAME;
  ws.getCell("C4").value = 12;
  ws.getCell("D4").value = { formula: "C4*2", shareType: "shared", ref: "D4:D6", result: 24 } as ExcelJS.CellValue;
  ws.getCell("E4").value = "1.250";
  ws.getCell("B5").value = { richText: [{ text: "Huyện " }, { font: { bold: true }, text: "Ba Vì" }] };
  ws.getCell("C5").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("D5").value = { sharedFormula: "D4", result: 0 } as ExcelJS.CellValue;
  ws.getCell("E5").value = "3,1";
  ws.getCell("B6").value = { text: "Trang chủ", hyperlink: "https://example.org" };
  ws.getCell("C6").value = 7;
  ws.getCell("D6").value = { sharedFormula: "D4", result: 14 } as ExcelJS.CellValue;
  ws.getCell("E6").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
  ws.getCell("B7").value = "Tổng cộng";
  ws.getCell("C7").value = { formula: "SUM(C4:C6)", result: 19 } as ExcelJS.CellValue;
  ws.getCell("D7").value = { formula: "SUM(D4:D6)" } as ExcelJS.CellValue;
  ws.getCell("E7").value = { formula: '"a"&"b"', result: "ab" } as ExcelJS.CellValue;
  ws.getCell("B8").value = "=1+2";
  ws.getCell("C8").value = true;
  ws.getCell("D8").value = new Date(Date.UTC(2022, 9, 3));
  ws.getCell("E8").value = "Tom & Jerry <b> _x000D_";
  ws.getCell("F10").value = 0;
  ws.getCell("C4").numFmt = "#,##0";
  ws.getCell("A12").value = 0.15;
  ws.getCell("A12").numFmt = "0%";
  ws.getCell("B12").value = 0.155;
  ws.getCell("B12").numFmt = '0.0"%"%';
  const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
  hidden.getCell("A1").value = 1;
  wb.addWorksheet("Trống");
  await wb.xlsx.writeFile(file);
}

describe("readWorkbookFile", () => {
  let sheets: readonly SheetData[];
  beforeAll(async () => {
    const file = path.join(dir, "fixture.xlsx");
    await buildFixture(file);
    sheets = (await readWorkbookFile(file)).sheets;
  });

  test("reads every worksheet in order with its hidden state", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Phân bổ", "Ẩn", "Trống"]);
    expect(sheets.map((s) => s.hidden)).toEqual([false, true, false]);
    expect(sheets[2].values).toEqual([]);
  });

  test("plain values, text numbers and NFD text are kept exactly as typed", () => {
    const s = sheets[0];
    expect(at(s, "A1")).toBe("BIỂU PHÂN BỔ CHỈ TIÊU");
    expect(at(s, "C2")).toBe("Số tổ\n(tổ)");
    expect(at(s, "B4")).toBe(NFD_NAME);
    expect(at(s, "B4")).not.toBe(NFD_NAME.normalize("NFC"));
    expect(at(s, "C4")).toBe(12);
    expect(at(s, "E4")).toBe("1.250");
    expect(at(s, "E5")).toBe("3,1");
    expect(at(s, "C8")).toBe(true);
    expect(at(s, "F10")).toBe(0);
    expect(at(s, "E8")).toBe("Tom & Jerry <b> \r");
  });

  test("rich text and hyperlinks read as their text; dates as Excel serial numbers", () => {
    const s = sheets[0];
    expect(at(s, "B5")).toBe("Huyện Ba Vì");
    expect(at(s, "B6")).toBe("Trang chủ");
    expect(at(s, "D8")).toBe(44837);
  });

  test("formulas give their cached values and en-US text; shared formulas are expanded", () => {
    const s = sheets[0];
    expect(at(s, "C7")).toBe(19);
    expect(formulaAt(s, "C7")).toBe("SUM(C4:C6)");
    expect(formulaAt(s, "D4")).toBe("C4*2");
    expect(formulaAt(s, "D5")).toBe("C5*2");
    expect(formulaAt(s, "D6")).toBe("C6*2");
    expect(at(s, "D6")).toBe(14);
    expect(at(s, "E7")).toBe("ab");
    expect(formulaAt(s, "E7")).toBe('"a"&"b"');
    expect(formulaAt(s, "C4")).toBeUndefined();
  });

  test("a formula never calculated reads as empty", () => {
    const s = sheets[0];
    expect(formulaAt(s, "D7")).toBe("SUM(D4:D6)");
    expect(at(s, "D7")).toBeNull();
  });

  test("error values, typed or calculated", () => {
    const s = sheets[0];
    expect(at(s, "C5")).toEqual({ error: "#REF!" });
    expect(at(s, "E6")).toEqual({ error: "#DIV/0!" });
    expect(formulaAt(s, "E6")).toBe("1/0");
  });

  test("text that looks like a formula stays text", () => {
    expect(at(sheets[0], "B8")).toBe("=1+2");
    expect(formulaAt(sheets[0], "B8")).toBeUndefined();
  });

  test("merged areas, 0-based inclusive", () => {
    expect(sheets[0].merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 1, left: 0, bottom: 2, right: 0 },
      ]),
    );
    expect(sheets[0].merges).toHaveLength(2);
  });

  test("rows are dense arrays, 0-based", () => {
    const s = sheets[0];
    expect(s.values).toHaveLength(12);
    for (const row of s.values) expect(Array.isArray(row)).toBe(true);
    expect(s.values[9]).toEqual([null, null, null, null, null, 0]);
  });
});

test("number formats other than General, built-in or the file's own", async () => {
  const s = (await readWorkbookFile(path.join(dir, "fixture.xlsx"))).sheets[0];
  const { cellNumberFormat } = await import("../../../src/core/model/workbook");
  expect(cellNumberFormat(s, 11, 0)).toBe("0%");
  expect(cellNumberFormat(s, 11, 1)).toBe('0.0"%"%');
  expect(cellNumberFormat(s, 3, 2)).toBe("#,##0");
  expect(cellNumberFormat(s, 3, 1)).toBeUndefined();
  expect(at(s, "A12")).toBe(0.15);
});

describe("unusable input", () => {
  test("a missing file is file-missing", async () => {
    const error = await readWorkbookFile(path.join(dir, "nope.xlsx")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("file-missing");
    expect((error as InputError).text.vi).toContain("Không tìm thấy tệp");
  });

  test("a text file is not-a-workbook", async () => {
    const file = path.join(dir, "text.xlsx");
    await fs.writeFile(file, "STT,Địa bàn\n1,Ba Vì\n");
    const error = await readWorkbookFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("not-a-workbook");
    expect((error as InputError).text.en).toContain("not an Excel workbook");
  });

  test.each<[string, string | null, RegExp]>([
    ["an Excel 97-2003 file", "Workbook", /it is an Excel 97-2003 file \(.xls\)/],
    ["a password-protected workbook", "EncryptedPackage", /the workbook is password-protected \(encrypted\)/],
    ["an OLE file of neither", null, /an old .xls file or a password-protected workbook/],
  ])("an OLE compound file holding %s says which it is", async (_name, stream, message) => {
    const ole = Buffer.alloc(1024);
    ole.writeUInt32BE(0xd0cf11e0, 0);
    ole.writeUInt32BE(0xa1b11ae1, 4);
    // A directory entry's name, in UTF-16 as the compound file stores it.
    if (stream !== null) Buffer.from(`${stream}\0`, "utf16le").copy(ole, 512);
    const error = await readWorkbookBuffer(ole, "x.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("not-a-workbook");
    expect((error as InputError).text.en).toMatch(message);
  });

  test("a directory, an empty file, a truncated workbook and an OLE (.xls) file are not-a-workbook", async () => {
    const good = await fs.readFile(path.join(dir, "fixture.xlsx"));
    const ole = Buffer.alloc(512);
    ole.writeUInt32BE(0xd0cf11e0, 0);
    ole.writeUInt32BE(0xa1b11ae1, 4);
    for (const bytes of [Buffer.alloc(0), good.subarray(0, Math.floor(good.length / 2)), ole]) {
      let error: unknown;
      try {
        await readWorkbookBuffer(bytes, "x.xlsx");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe("not-a-workbook");
    }
    const dirError = await readWorkbookFile(dir).catch((e: unknown) => e);
    expect((dirError as InputError).code).toBe("not-a-workbook");
  });

  test("a zip that holds no workbook is not-a-workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("A1").value = 1;
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    // Rename the workbook part inside the zip (same length keeps the offsets valid).
    const broken = Buffer.from(good.toString("latin1").split("xl/workbook.xml").join("xl/workbooq.xml"), "latin1");
    let error: unknown;
    try {
      await readWorkbookBuffer(broken, "x.xlsx");
    } catch (e) {
      error = e;
    }
    expect((error as InputError).code).toBe("not-a-workbook");
  });

  test("an OpenDocument spreadsheet (.ods) is not-a-workbook, told as one with how to save it as .xlsx", async () => {
    // OpenDocument 1.2 part 3 §3.3: the package's first entry `mimetype`, stored, names its kind.
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>');
    zip.file("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>');
    const error = await readWorkbookBuffer(await zip.generateAsync({ type: "nodebuffer" }), "bieu.ods").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("not-a-workbook");
    expect((error as InputError).text.vi).toContain("OpenDocument (.ods");
    expect((error as InputError).text.vi).toContain("(.xlsx)");
    expect((error as InputError).text.en).toContain("Save As");
  });

  test("an encrypted zip and a part that is not well-formed XML are not-a-workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("A1").value = 1;
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await readWorkbookBuffer(good)).sheets[0].values).toEqual([[1]]);
    // The "encrypted" flag on every entry of the central directory.
    const encrypted = Buffer.from(good);
    for (let i = encrypted.indexOf("PK\u0001\u0002", 0, "latin1"); i >= 0; i = encrypted.indexOf("PK\u0001\u0002", i + 4, "latin1")) encrypted[i + 8] |= 1;
    // A sheet cut short, in an otherwise sound package.
    const zip = await JSZip.loadAsync(good);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", sheet.slice(0, sheet.indexOf("</sheetData>")));
    const malformed = await zip.generateAsync({ type: "nodebuffer" });
    for (const bytes of [encrypted, malformed]) {
      const error = await readWorkbookBuffer(bytes, "x.xlsx").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe("not-a-workbook");
    }
  });
});
