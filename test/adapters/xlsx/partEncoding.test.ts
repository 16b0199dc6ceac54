/**
 * XML parts in UTF-16 (a byte order mark first, XML 1.0 §4.3.3): Excel opens
 * them, and the reader reads them as it reads the same parts in UTF-8.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { asUtf8Chunks } from "../../../src/adapters/xlsx/partEncoding";

async function original(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("Kế hoạch");
  [
    ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
  ].forEach((row) => plan.addRow(row));
  const allocation = wb.addWorksheet("Phân bổ");
  [
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng"],
    [null, "Tổng cộng", 5],
    [1, "Xã Một", 3.25],
    [2, "Xã Hai", "1,75"],
  ].forEach((row) => allocation.addRow(row));
  allocation.getCell("C2").value = { formula: "SUM(C3:C4)", result: 3.25 } as ExcelJS.CellValue;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function utf16(text: string, order: "le" | "be"): Buffer {
  const decl = text.replace(/^<\?xml([^?]*?)encoding="UTF-8"/i, '<?xml$1encoding="UTF-16"');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(decl, "utf16le")]);
  return order === "le" ? le : Buffer.from(le).swap16();
}

async function reencoded(parts: readonly string[], order: "le" | "be"): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await original());
  for (const part of parts) zip.file(part, utf16(await zip.file(part)!.async("string"), order));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("parts in UTF-16", () => {
  test.each([
    ["a worksheet", ["xl/worksheets/sheet2.xml"]],
    ["the shared strings", ["xl/sharedStrings.xml"]],
    ["every part the reader reads", ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]],
  ] as const)("%s, little- and big-endian: read as in UTF-8", async (_, parts) => {
    const expected = await readWorkbookBuffer(await original());
    expect(expected.sheets[1].values[2]).toEqual([1, "Xã Một", 3.25]);
    for (const order of ["le", "be"] as const) expect(await readWorkbookBuffer(await reencoded(parts, order))).toEqual(expected);
  });

  test("chunks cut anywhere, the mark too, give the part's UTF-8", async () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><c><is><t>Xã Yên Bình 𝟙</t></is></c>';
    for (const bytes of [utf16(text, "le"), utf16(text, "be"), Buffer.from(text, "utf8")]) {
      for (const size of [1, 2, 3, 7, 1000]) {
        const pieces: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
        const out: Buffer[] = [];
        for await (const chunk of asUtf8Chunks((async function* () { yield* pieces; })())) out.push(chunk);
        expect(Buffer.concat(out).toString("utf8")).toBe(text);
      }
    }
  });
});
