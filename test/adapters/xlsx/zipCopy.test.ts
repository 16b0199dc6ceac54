/**
 * The zip copy (zipCopy.ts): untouched entries keep their stored bytes (local
 * header, compressed data, data descriptor), replaced and new entries read
 * back the same through JSZip and Node's zlib, and archives it does not
 * handle open as null.
 */
import JSZip from "jszip";
import { copyRawZip, deflatePieces, openRawZip, rawEntryBytes } from "../../../src/adapters/xlsx/zipCopy";
import { inflateRawSync, crc32 } from "zlib";

async function archive(streamFiles: boolean, leadingSlash = false): Promise<Buffer> {
  const zip = new JSZip();
  const s = leadingSlash ? "/" : "";
  zip.file(`${s}[Content_Types].xml`, "<Types/>");
  zip.folder(`${s}xl`);
  zip.file(`${s}xl/workbook.xml`, "<workbook>Phân bổ</workbook>".repeat(50));
  zip.file(`${s}xl/media/image1.png`, Buffer.from([137, 80, 78, 71, 0, 1, 2, 3]), { compression: "STORE" });
  zip.file(`${s}xl/worksheets/sheet1.xml`, "<worksheet><sheetData/></worksheet>");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", streamFiles });
}

describe.each([
  ["plain", false, false],
  ["data descriptors", true, false],
  ["leading slashes", false, true],
])("zip copy, %s", (_name, streamFiles, leadingSlash) => {
  test("untouched entries keep their bytes; a replaced and a new entry read back; a removed one is gone", async () => {
    const input = await archive(streamFiles, leadingSlash);
    const zip = openRawZip(input);
    expect(zip).not.toBeNull();
    const sheet = [Buffer.from("<worksheet><sheetData><row r=\"1\"/>"), Buffer.from("</sheetData></worksheet>")];
    const out = await copyRawZip(zip!, new Map([["xl/worksheets/sheet1.xml", sheet], ["xl/new.xml", [Buffer.from("<new>mới</new>")]]]), new Set(["[Content_Types].xml"]));
    const copy = openRawZip(out)!;
    for (const name of ["xl/workbook.xml", "xl/media/image1.png"]) {
      const a = zip!.entries.get(name)!;
      const b = copy.entries.get(name)!;
      expect(b.compressedSize).toBe(a.compressedSize);
      expect(rawEntryBytes(copy, b).equals(rawEntryBytes(zip!, a))).toBe(true);
    }
    expect(copy.entries.has("[Content_Types].xml")).toBe(false);
    const read = await JSZip.loadAsync(out, { checkCRC32: true });
    const file = (name: string) => read.file(`${leadingSlash && name !== "xl/new.xml" ? "/" : ""}${name}`)!.async("string");
    expect(await file("xl/worksheets/sheet1.xml")).toBe('<worksheet><sheetData><row r="1"/></sheetData></worksheet>');
    expect(await file("xl/new.xml")).toBe("<new>mới</new>");
    expect(await file("xl/workbook.xml")).toBe("<workbook>Phân bổ</workbook>".repeat(50));
  });
});

test("deflatePieces: one raw deflate stream, its CRC-32 and size", async () => {
  const pieces = [Buffer.from("a".repeat(10000)), Buffer.from("Xã Tân Lập"), Buffer.alloc(0)];
  const whole = Buffer.concat(pieces);
  const { deflated, crc, size } = await deflatePieces(pieces, 1);
  expect(inflateRawSync(deflated).equals(whole)).toBe(true);
  expect(crc).toBe(crc32(whole));
  expect(size).toBe(whole.length);
});

test("what the copy does not handle opens as null (the general path takes it)", () => {
  expect(openRawZip(Buffer.from("not a zip"))).toBeNull();
  expect(openRawZip(Buffer.alloc(0))).toBeNull();
});
