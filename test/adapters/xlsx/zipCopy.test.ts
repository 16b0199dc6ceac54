/**
 * The zip copy (zipCopy.ts): untouched entries keep their stored bytes (local
 * header, compressed data, data descriptor), replaced and new entries read
 * back the same through JSZip and Node's zlib, and archives it does not
 * handle open as null.
 */
import JSZip from "jszip";
import { copyRawZip, DeflateSink, deflatePieces, openRawZip, rawEntryBytes, rawEntryChunks, rawZipText } from "../../../src/adapters/xlsx/zipCopy";
import { openZip } from "../../../src/adapters/xlsx/zip";
import { randomBytes } from "crypto";
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

test("DeflateSink: data written piece by piece, deflated in one stream with its CRC-32 and size; an entry given deflated is copied in", async () => {
  // Random bytes do not compress: the gzip stream is long, its trailer may fall across zlib's output chunks.
  const pieces = [Buffer.from("<row r=\"1\"/>".repeat(5000)), randomBytes(3 << 20), Buffer.from("Xã Tân Lập"), Buffer.alloc(0), randomBytes(7)];
  const whole = Buffer.concat(pieces);
  const sink = new DeflateSink(1);
  for (const p of pieces) await sink.write(p);
  const result = await sink.end();
  expect(inflateRawSync(Buffer.concat(result.deflated)).equals(whole)).toBe(true);
  expect(result.crc).toBe(crc32(whole));
  expect(result.size).toBe(whole.length);

  const zip = openRawZip(await archive(true))!;
  const out = await copyRawZip(zip, new Map([["xl/worksheets/sheet1.xml", result]]), new Set());
  const read = await JSZip.loadAsync(out, { checkCRC32: true });
  expect((await read.file("xl/worksheets/sheet1.xml")!.async("nodebuffer")).equals(whole)).toBe(true);
});

test("rawEntryChunks: an entry inflated in chunks, stored or deflated, checked against its size", async () => {
  const zip = openRawZip(await archive(false))!;
  for (const name of ["xl/workbook.xml", "xl/media/image1.png"]) {
    const entry = zip.entries.get(name)!;
    const chunks: Buffer[] = [];
    for await (const chunk of rawEntryChunks(zip, entry, 64)) chunks.push(chunk);
    expect(chunks.every((c) => c.length <= 64)).toBe(true);
    expect(Buffer.concat(chunks).equals(rawEntryBytes(zip, entry))).toBe(true);
    const lying = { ...entry, size: entry.size + 1 };
    await expect(async () => {
      for await (const chunk of rawEntryChunks(zip, lying, 64)) void chunk;
    }).rejects.toThrow(/expected/);
  }
});

test.each([false, true])("rawZipText reads parts as zip.ts does: without regard to case or a leading slash (leading slashes stored: %p)", async (leadingSlash) => {
  const input = await archive(false, leadingSlash);
  const text = rawZipText(openRawZip(input)!);
  const zip = await openZip(input);
  for (const name of ["xl/workbook.xml", "XL/Workbook.XML", "/xl/workbook.xml", "xl/media/IMAGE1.png", "xl/missing.xml", "xl"]) {
    expect(await text(name)).toBe(await zip.text(name.replace(/^\/+/, "")));
  }
  expect(await text("XL/Workbook.XML")).toBe("<workbook>Phân bổ</workbook>".repeat(50));
  // A part deflated to fewer than 64 bytes (zlib's least output chunk).
  expect(await text("[content_types].xml")).toBe("<Types/>");
  expect(await text("XL/worksheets/sheet1.xml")).toBe("<worksheet><sheetData/></worksheet>");
});

test("what the copy does not handle opens as null (the general path takes it)", () => {
  expect(openRawZip(Buffer.from("not a zip"))).toBeNull();
  expect(openRawZip(Buffer.alloc(0))).toBeNull();
});
