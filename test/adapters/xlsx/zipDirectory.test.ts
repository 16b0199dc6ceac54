/**
 * The package read from its zip directory directly (`openZipEntries`,
 * zipDirectory.ts) against JSZip (`openZip`), differentially: the same part
 * names, the same answers to `has`/`storedName` in any case, the same bytes
 * from `text` and `chunks` —
 * 1. on every integration fixture, the summary fixture, the built-in sample,
 *    a summary copy and generated workbooks (all read without JSZip);
 * 2. on the forms producers write: stored entries, data descriptors (streamed
 *    entries), zip64 records, an archive comment, leading slashes, names that
 *    differ only in case, Vietnamese names;
 * 3. on archives read by JSZip instead (bytes before the archive, `..` in a
 *    name, an encrypted entry) and on damaged ones, which fail alike, with
 *    the same message.
 */
import { promises as fs } from "fs";
import * as path from "path";
import fc from "fast-check";
import JSZip from "jszip";
import { NotAZipError, openZip, openZipEntries, type ZipEntries } from "../../../src/adapters/xlsx/zip";
import { readZipDirectory } from "../../../src/adapters/xlsx/zipDirectory";
import { summaryCopyBuffer } from "../../../src/adapters/xlsx/writeSummary";
import { workbookSpecToBuffer } from "../../../src/adapters/exceljs/writeWorkbook";
import { buildSampleSpec } from "../../../src/sample/buildSample";
import { checkWorkbook } from "../../../src/core/check";
import { buildHighlights, buildSummary } from "../../../src/core/summary";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { makeTempDir, writeFixture } from "../../helpers/xlsxFixture";
import { ALL_FIXTURES, writeFixtureFiles } from "../../integration/fixtures";
import { build } from "../../integration/generator";
import { writeFixtureXlsx } from "./fixtureFile";

const dir = makeTempDir("allocheck-zipdir-");

async function collect(chunks: AsyncIterable<Buffer> | undefined): Promise<Buffer | undefined> {
  if (chunks === undefined) return undefined;
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

/** Every answer a reader of the package gets, with names asked as stored, in upper case and with a leading slash stripped. */
async function answers(zip: ZipEntries): Promise<unknown> {
  const out: unknown[] = [zip.names];
  for (const name of zip.names) {
    for (const asked of [name, name.toUpperCase(), name.toLowerCase()]) out.push([asked, zip.has(asked), zip.storedName(asked)]);
    out.push(await zip.text(name));
    out.push((await collect(zip.chunks(name)))?.toString("base64"));
  }
  out.push(zip.has("no/such/part.xml"), zip.storedName("no/such/part.xml"), await zip.text("no/such/part.xml"), zip.chunks("no/such/part.xml"));
  return out;
}

/** What went wrong, as the reader reports it: the error's kind and message, or the answers. */
async function outcome(open: (bytes: Buffer) => Promise<ZipEntries>, bytes: Buffer): Promise<unknown> {
  try {
    return { answers: await answers(await open(bytes)) };
  } catch (error) {
    return { error: error instanceof NotAZipError ? "NotAZipError" : String(error), message: (error as Error).message };
  }
}

/** The message `chunks(name)` fails with, read to the end. */
async function chunksError(zip: ZipEntries, name: string): Promise<string> {
  try {
    await collect(zip.chunks(name));
  } catch (error) {
    expect(error).toBeInstanceOf(NotAZipError);
    return (error as Error).message;
  }
  throw new Error(`${name}: read without error`);
}

/** Both readers give the same; `native` says whether the directory must be read here (true) or left to JSZip (false). */
async function expectSame(bytes: Buffer, native: boolean): Promise<void> {
  expect(readZipDirectory(bytes) !== null).toBe(native);
  const expected = await outcome(openZip, bytes);
  expect(await outcome(openZipEntries, bytes)).toEqual(expected);
}

/** The archive JSZip writes from `zip` with `options`. */
function generate(zip: JSZip, options: JSZip.JSZipGeneratorOptions<"nodebuffer"> = {}): Promise<Buffer> {
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", ...options });
}

/**
 * The same archive in zip64 form (APPNOTE §4.3.14–15, §4.5.3): every central
 * record's sizes and offset as 0xFFFFFFFF with their values in a zip64 extra
 * field, a zip64 end record and locator, and an end record of all ones.
 */
function toZip64(bytes: Buffer): Buffer {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(eocd + 10);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  const records: Buffer[] = [];
  let at = cdOffset;
  for (let k = 0; k < count; k++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const head = Buffer.from(bytes.subarray(at, at + 46));
    const extra = Buffer.alloc(4 + 24);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(24)), 4); // uncompressed size
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(20)), 12); // compressed size
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(42)), 20); // local header offset
    head.writeUInt32LE(0xffffffff, 20);
    head.writeUInt32LE(0xffffffff, 24);
    head.writeUInt32LE(0xffffffff, 42);
    head.writeUInt16LE(extraLength + extra.length, 30);
    const name = bytes.subarray(at + 46, at + 46 + nameLength);
    const rest = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength + commentLength);
    records.push(head, name, extra, rest.subarray(0, extraLength), rest.subarray(extraLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  const directory = Buffer.concat(records);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.from(bytes.subarray(eocd));
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([bytes.subarray(0, cdOffset), directory, record, locator, end]);
}

const SHEET = '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Xã Tân Lập – Huyện Hòa Bình</t></is></c></row></sheetData></worksheet>';

/** A small package with the parts a reader asks for, and a big part that inflates in many chunks. */
function smallPackage(): JSZip {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("_rels/.rels", "<Relationships/>");
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/worksheets/sheet1.xml", SHEET);
  zip.file("xl/worksheets/big.xml", SHEET.repeat(60_000)); // ≈ 9 MB inflated: several chunks
  zip.file("xl/media/bảng.bin", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  zip.file("xl/empty.xml", "");
  zip.folder("docProps");
  return zip;
}

describe("the package read from its directory is the package JSZip reads", () => {
  test.each(ALL_FIXTURES.map((f) => [f.fileName, f] as const))("integration fixture %s", async (_name, fixture) => {
    const { workbook } = await writeFixtureFiles(dir, fixture);
    await expectSame(await fs.readFile(workbook), true);
  });

  test("the summary fixture, the built-in sample and a summary copy of it", async () => {
    const fixture = path.join(dir, "summary-fixture.xlsx");
    await writeFixtureXlsx(fixture);
    await expectSame(await fs.readFile(fixture), true);
    const sample = await workbookSpecToBuffer(buildSampleSpec());
    await expectSame(sample, true);
    const workbook = await readWorkbookBuffer(sample);
    const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "sample.xlsx" });
    const copy = await summaryCopyBuffer(sample, buildSummary({ report, plan, table, areaValues, workbook }), buildHighlights(report, "vi"));
    await expectSame(copy, true);
  }, 120_000);

  test.each([1000, 1000 + 7919, 1000 + 5 * 7919].map((seed) => [seed]))("generated workbook, seed %i", async (seed) => {
    const c = build(seed);
    const file = await writeFixture(dir, `generated-${seed}.xlsx`, [
      { name: "Phân bổ", rows: c.workbook, merges: c.merges },
      { name: "Kế hoạch", rows: c.plan },
      ...(c.areas !== undefined ? [{ name: "Địa bàn", rows: c.areas }] : []),
    ]);
    await expectSame(await fs.readFile(file), true);
  });
});

describe("the forms producers write", () => {
  test("deflated, stored, streamed (data descriptors), with an archive comment", async () => {
    for (const options of [{}, { compression: "STORE" as const }, { streamFiles: true }, { streamFiles: true, compression: "STORE" as const }, { comment: "Bảng phân bổ 2026" }]) {
      await expectSame(await generate(smallPackage(), options), true);
    }
  }, 60_000);

  test("zip64 records", async () => {
    const zip64 = toZip64(await generate(smallPackage()));
    expect(zip64.readUInt32LE(zip64.length - 22 + 16)).toBe(0xffffffff);
    await expectSame(zip64, true);
    const fixture = path.join(dir, "summary-fixture-64.xlsx");
    await writeFixtureXlsx(fixture);
    await expectSame(toZip64(await fs.readFile(fixture)), true);
  });

  test("names with a leading slash, in another case, twice in two cases (the first is the part)", async () => {
    const zip = new JSZip();
    zip.file("/xl/workbook.xml", "<workbook/>");
    zip.file("xl/worksheets/Sheet1.xml", "<first/>");
    zip.file("XL/WORKSHEETS/SHEET1.XML", "<second/>");
    zip.file("Xl/Dữ liệu/Bảng Tổng Hợp.xml", "<x/>");
    const bytes = await generate(zip);
    await expectSame(bytes, true);
    const entries = await openZipEntries(bytes);
    expect(entries.names).toEqual(["xl/workbook.xml", "xl/worksheets/Sheet1.xml", "Xl/Dữ liệu/Bảng Tổng Hợp.xml"]);
    expect(await entries.text("xl/worksheets/sheet1.xml")).toBe("<first/>");
    expect(entries.storedName("XL/WORKBOOK.XML")).toBe("/xl/workbook.xml");
    expect(await entries.text("xl/dữ liệu/bảng tổng hợp.xml")).toBe("<x/>");
  });

  test("random packages: names, contents, compression and streaming drawn at random", async () => {
    const name = fc.stringMatching(/^[a-zA-Z0-9_ ]{1,6}(\/[a-zA-ZđĐảẢệỆ0-9_ ]{1,6}){0,2}\.(xml|rels|bin)$/);
    const entry = fc.record({ name, text: fc.string({ unit: "grapheme", maxLength: 300 }), repeat: fc.integer({ min: 1, max: 400 }), store: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 8 }), fc.boolean(), async (entries, streamFiles) => {
        const zip = new JSZip();
        for (const e of entries) zip.file(e.name, e.text.repeat(e.repeat), { compression: e.store ? "STORE" : "DEFLATE" });
        const bytes = await generate(zip, { streamFiles });
        // Integer-like names ("1.xml" is not one) and repeated names are left to JSZip; these never are.
        await expectSame(bytes, true);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe("archives left to JSZip, and damaged ones, fail alike", () => {
  async function plain(): Promise<Buffer> {
    return generate(smallPackage());
  }

  test("bytes before the archive (a self-extracting stub): read by JSZip", async () => {
    await expectSame(Buffer.concat([Buffer.from("MZ stub ".repeat(40)), await plain()]), false);
  });

  test("a name with `..` or `.` segments: read by JSZip, which resolves it", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    const bytes = await generate(zip);
    // Same length: `xl/workbook.xml` → `x/../book.xml` would change offsets, so rename within the bytes.
    const renamed = Buffer.from(bytes.toString("latin1").split("xl/workbook.xml").join("./l/work.k.xml"), "latin1");
    await expectSame(renamed, false);
  });

  test("an encrypted entry's flag: JSZip's message", async () => {
    const bytes = await plain();
    const cd = bytes.readUInt32LE(bytes.length - 22 + 16);
    bytes.writeUInt16LE(bytes.readUInt16LE(cd + 8) | 1, cd + 8);
    bytes.writeUInt16LE(bytes.readUInt16LE(6) | 1, 6);
    await expectSame(bytes, false);
  });

  test.each([
    ["empty", () => Buffer.alloc(0)],
    ["not a zip", () => Buffer.from("Tên,Số lượng\nXã Một,3\n")],
    ["random bytes", () => Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 2654435761) % 251))],
  ])("%s", async (_name, bytes) => {
    await expectSame(bytes(), false);
    await expect(openZipEntries(bytes())).rejects.toBeInstanceOf(NotAZipError);
  });

  test("truncated at many points", async () => {
    const bytes = await plain();
    for (const keep of [10, 100, 1000, Math.floor(bytes.length / 2), bytes.length - 30, bytes.length - 22, bytes.length - 1]) {
      const cut = bytes.subarray(0, keep);
      await expectSame(cut, false);
    }
  });

  test("a damaged deflate stream: the same NotAZipError from text and from chunks", async () => {
    const bytes = await plain();
    const directory = readZipDirectory(bytes)!;
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/big.xml"]) {
      const damaged = Buffer.from(bytes);
      const entry = directory.find((e) => e.name === part)!;
      damaged.fill(0xff, entry.dataStart, entry.dataStart + 8);
      await expectSame(damaged, true);
      await expect((await openZipEntries(damaged)).text(part)).rejects.toThrow(NotAZipError);
      expect(await chunksError(await openZipEntries(damaged), part)).toBe(await chunksError(await openZip(damaged), part));
    }
  });

  test("a size that does not match the inflated bytes", async () => {
    const bytes = await plain();
    const directory = readZipDirectory(bytes)!;
    const index = directory.findIndex((e) => e.name === "xl/workbook.xml");
    // Walk to that central record and say one byte more.
    let at = bytes.readUInt32LE(bytes.length - 22 + 16);
    for (let k = 0; k < index; k++) at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    bytes.writeUInt32LE(bytes.readUInt32LE(at + 24) + 1, at + 24);
    await expectSame(bytes, true);
    await expect((await openZipEntries(bytes)).text("xl/workbook.xml")).rejects.toThrow(/bytes inflated/);
    expect(await chunksError(await openZipEntries(bytes), "xl/workbook.xml")).toBe(await chunksError(await openZip(bytes), "xl/workbook.xml"));
  });
});
