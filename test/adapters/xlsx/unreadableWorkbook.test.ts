/**
 * What Finance staff hand over as a workbook and is not one that can be read:
 * each is told in its own words, naming the file, so the user knows what to do.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { InputError } from "../../../src/core/model/errors";

async function errorOf(bytes: Buffer): Promise<InputError> {
  const error: unknown = await readWorkbookBuffer(bytes, "so-lieu.xlsx").then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

async function goodWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Phân bổ").getCell("A1").value = "Địa bàn";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook whose only sheet is a chart sheet: Excel's parts, no worksheet. */
async function chartSheetOnly(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Biểu đồ 1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>');
  zip.file("xl/chartsheets/sheet1.xml", '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
  return zip.generateAsync({ type: "nodebuffer" });
}

test.each<[string, () => Promise<Buffer>, string, RegExp, RegExp]>([
  ["an empty file", async () => Buffer.alloc(0), "not-a-workbook", /^so-lieu\.xlsx là tệp rỗng \(0 byte\)/, /is empty \(0 bytes\)/],
  ["a workbook cut short", async () => (await goodWorkbook()).subarray(0, 3000), "not-a-workbook", /tệp \.xlsx bị hỏng hoặc không đầy đủ/, /damaged or incomplete/],
  [
    "a workbook with damaged bytes",
    async () => {
      const bytes = Buffer.from(await goodWorkbook());
      for (let i = 100; i < 400; i++) bytes[i] ^= 0x5a;
      return bytes;
    },
    "not-a-workbook",
    /bị hỏng hoặc không đầy đủ/,
    /damaged or incomplete/,
  ],
  ["a CSV named .xlsx", async () => Buffer.from("STT;Địa bàn;Kinh phí\r\n1;Xã Phú Mãn;400\r\n"), "not-a-workbook", /là tệp văn bản \(CSV, HTML hay văn bản thường\)/, /is a text file/],
  ["an HTML table saved as a workbook", async () => Buffer.from("<html><body><table><tr><td>Xã</td></tr></table></body></html>"), "not-a-workbook", /là tệp văn bản/, /is a text file/],
  ["a CSV in Windows-1258", async () => Buffer.from([0x58, 0xe3, 0x3b, 0x31, 0x0d, 0x0a]), "not-a-workbook", /là tệp văn bản/, /is a text file/],
  ["a workbook with only a chart sheet", chartSheetOnly, "no-table", /không có trang tính nào có ô để kiểm tra: chỉ có trang biểu đồ \("Biểu đồ 1"\)/, /only chart sheets \("Biểu đồ 1"\)/],
])("%s", async (_, bytes, code, vi, en) => {
  const error = await errorOf(await bytes());
  expect(error.code).toBe(code);
  expect(error.text.vi).toMatch(vi);
  expect(error.text.en).toMatch(en);
  expect(error.text.vi).toContain("so-lieu.xlsx");
});

test.each<[string, RegExp, RegExp]>([
  ["ke-hoach.txt", /^ke-hoach\.txt là tệp văn bản, không phải sổ tính Excel \(\.xlsx\) — văn bản kế hoạch thì dùng với --plan hoặc extract-plan/, /^ke-hoach\.txt is a text file, not an Excel workbook \(\.xlsx\) — for a plan's text use --plan or extract-plan/],
  ["so-lieu.csv", /^so-lieu\.csv là tệp CSV, không phải sổ tính Excel \(\.xlsx\)\. Hãy mở trong Excel và lưu lại/, /^so-lieu\.csv is a CSV file, not an Excel workbook/],
  ["bang.html", /^bang\.html là tệp HTML, không phải sổ tính/, /^bang\.html is an HTML file, not an Excel workbook/],
  ["so-lieu", /^so-lieu là tệp văn bản \(CSV, HTML hay văn bản thường\), không phải sổ tính Excel/, /^so-lieu is a text file \(CSV, HTML or plain text\), not an Excel workbook/],
  ["so-lieu.XLSM", /đặt tên như sổ tính, không phải/, /named as a workbook, not/],
])("text given as %s is told by what its name says it is", async (name, vi, en) => {
  const error: unknown = await readWorkbookBuffer(Buffer.from("STT;Địa bàn;Kinh phí\r\n1;Xã Phú Mãn;400\r\n"), name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect((error as InputError).code).toBe("not-a-workbook");
  expect((error as InputError).text.vi).toMatch(vi);
  expect((error as InputError).text.en).toMatch(en);
  // Only text under a workbook's name is said to be named as one.
  expect(/named as a workbook/.test((error as InputError).text.en)).toBe(/\.xls[xm]?$/i.test(name));
});

test("a binary file that is no zip stays 'not an Excel workbook'", async () => {
  const error = await errorOf(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x00]));
  expect(error.text.en).toBe("so-lieu.xlsx is not an Excel workbook (.xlsx).");
});

test.each(["~$phan-bo.xlsx", "C:\\Users\\ke-toan\\~$phan-bo.xlsx", "tai-lieu/~$phan-bo.xlsx"])("Excel's owner file %s is told as the file Excel makes while the workbook is open", async (name) => {
  const owner = Buffer.concat([Buffer.from([7]), Buffer.from("Ke toan", "latin1"), Buffer.alloc(47, 0x20), Buffer.from("K\u0000e\u0000"), Buffer.alloc(100)]);
  const error: unknown = await readWorkbookBuffer(owner, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect((error as InputError).text.vi).toMatch(/là tệp tạm Excel tạo ra khi một người đang mở sổ tính.*\(.*phan-bo\.xlsx, hoặc tệp cùng tên không có "~\$"\)/);
  expect((error as InputError).text.vi).not.toMatch(/\(~\$/);
});

/** A package whose office document is `target`, with `extra` entries. */
async function officePackage(target: string, extra: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`);
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer" });
}

test.each<[string, () => Promise<Buffer>, RegExp, RegExp]>([
  ["an Excel binary workbook (.xlsb)", () => officePackage("xl/workbook.bin", { "xl/workbook.bin": "\u0083\u0001" }), /đây là sổ tính nhị phân Excel \(\.xlsb\)/, /Excel binary workbook \(\.xlsb\)/],
  ["a Word document", () => officePackage("word/document.xml", { "word/document.xml": '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' }), /là văn bản Word, không phải sổ tính Excel/, /is a Word document, not an Excel workbook/],
])("%s named .xlsx is told as what it is", async (_, bytes, vi, en) => {
  const error = await errorOf(await bytes());
  expect(error.code).toBe("not-a-workbook");
  expect(error.text.vi).toMatch(vi);
  expect(error.text.en).toMatch(en);
});
