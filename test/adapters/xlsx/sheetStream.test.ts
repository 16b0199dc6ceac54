/**
 * The streamed sheet reader (sheetStream.ts) against the whole-part reader
 * (`parseSheetXml` over the part's whole text, the reader before streaming),
 * differentially:
 * 1. every integration fixture, the summary fixture and generated workbooks,
 *    each worksheet part fed in chunks of many sizes (1 byte, a few bytes,
 *    random cuts, 64-byte zlib chunks);
 * 2. random serialisations of random cells (sheetXmlWriter.ts), cut at random;
 * 3. Vietnamese text (2- and 3-byte UTF-8, combining marks) and emoji in
 *    shared strings, inline rich text and `str` cells, cut at every byte;
 * and malformed parts fail alike.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { createInflateRaw, deflateRawSync } from "zlib";
import fc from "fast-check";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { readSheetStream } from "../../../src/adapters/xlsx/sheetStream";
import { parseSheetXml } from "../../../src/adapters/xlsx/sheetXml";
import { openZip } from "../../../src/adapters/xlsx/zip";
import { XmlError } from "../../../src/adapters/xlsx/xml";
import type { SheetData } from "../../../src/core/model/workbook";
import { makeTempDir, writeFixture } from "../../helpers/xlsxFixture";
import { ALL_FIXTURES, writeFixtureFiles } from "../../integration/fixtures";
import { build } from "../../integration/generator";
import { writeFixtureXlsx } from "./fixtureFile";
import { style, writeSheet, xmlCell } from "./sheetXmlWriter";

const dir = makeTempDir("allocheck-stream-");

async function* pieces(bytes: Buffer, cuts: readonly number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (const cut of cuts) {
    if (cut <= at || cut >= bytes.length) continue;
    yield bytes.subarray(at, cut);
    at = cut;
  }
  yield bytes.subarray(at);
}

function evenCuts(length: number, size: number): number[] {
  const cuts: number[] = [];
  for (let at = size; at < length; at += size) cuts.push(at);
  return cuts;
}

/** The part through Node's zlib as a stream with tiny output chunks (its smallest, 64 bytes). */
async function* zlibPieces(bytes: Buffer): AsyncGenerator<Buffer> {
  const inflate = createInflateRaw({ chunkSize: 64 });
  inflate.end(deflateRawSync(bytes));
  for await (const chunk of inflate as AsyncIterable<Buffer>) yield chunk;
}

const SHARED = ["Xã Tân Lập", "Huyện Hòa Bình", "Tổ truyền thông cộng đồng\n(tổ)", "Kinh phí (triệu đồng)", "Đắk Nông – Cư Jút", "😀 ệ"];

async function streamed(xml: string, chunks: AsyncIterable<Buffer>, formats: ReadonlyArray<string | null> = []): Promise<SheetData> {
  return readSheetStream("S", chunks, SHARED, false, formats);
}

/** Every worksheet part of a workbook file, as text. */
async function sheetParts(file: string): Promise<string[]> {
  const zip = await openZip(await fs.readFile(file));
  const names = zip.names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  return Promise.all(names.map(async (n) => (await zip.text(n))!));
}

async function expectSameInChunks(xml: string, formats: ReadonlyArray<string | null> = []): Promise<void> {
  const whole = parseSheetXml("S", xml, SHARED, false, formats);
  const bytes = Buffer.from(xml, "utf8");
  for (const size of [1, 2, 3, 5, 7, 64, 1000]) {
    expect(await streamed(xml, pieces(bytes, evenCuts(bytes.length, size)), formats)).toEqual(whole);
  }
  expect(await streamed(xml, zlibPieces(bytes), formats)).toEqual(whole);
}

describe("streamed sheets read as the whole part", () => {
  test.each(ALL_FIXTURES.map((f) => [f.fileName, f] as const))("fixture %s", async (_name, fixture) => {
    const { workbook } = await writeFixtureFiles(dir, fixture);
    const parts = await sheetParts(workbook);
    expect(parts.length).toBeGreaterThan(0);
    for (const xml of parts) await expectSameInChunks(xml, ["0.0%", null, "#,##0"]);
  });

  test("the summary fixture (shared formulas, merges, number formats, dates)", async () => {
    const file = path.join(dir, "summary-fixture.xlsx");
    await writeFixtureXlsx(file);
    for (const xml of await sheetParts(file)) await expectSameInChunks(xml, [null, "0.00%", "#,##0"]);
  });

  test.each([1000, 8919, 16838, 24757])("generated workbook, seed %i", async (seed) => {
    const c = build(seed);
    const file = await writeFixture(dir, `generated-${seed}.xlsx`, [
      { name: "Phân bổ", rows: c.workbook, merges: c.merges },
      { name: "Kế hoạch", rows: c.plan },
    ]);
    for (const xml of await sheetParts(file)) await expectSameInChunks(xml);
  });

  test("random serialisations cut at random places", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(xmlCell, { maxLength: 8 }), { maxLength: 10 }), style, fc.array(fc.nat(), { maxLength: 40 }), async (rows, st, rawCuts) => {
        const xml = writeSheet(rows, st);
        const bytes = Buffer.from(xml, "utf8");
        const cuts = [...new Set(rawCuts.map((c) => c % Math.max(1, bytes.length)))].sort((a, b) => a - b);
        expect(await streamed(xml, pieces(bytes, cuts))).toEqual(parseSheetXml("S", xml, SHARED, false));
      }),
      { numRuns: 300 },
    );
  });
});

describe("the <sheetData> start tag anywhere in a first chunk larger than the 64 KiB looked at first", () => {
  const PROBE = 1 << 16;
  const ROWS = '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>4</v></c></row>';
  /** A part whose start tag `tag` begins at byte `at` (a comment before it fills the bytes). */
  function partWithTagAt(at: number, tag: string, rest: string): string {
    const before = '<worksheet><sheetViews><sheetView workbookViewId="0"/></sheetViews><!--';
    return `${before}${"p".repeat(at - before.length - 3)}-->${tag}${rest}`;
  }
  const TAGS: readonly [string, string][] = [
    ["<sheetData>", `${ROWS}</sheetData></worksheet>`],
    ['<sheetData  spans="1:2"\n>', `${ROWS}</sheetData></worksheet>`],
    ["<sheetData/>", "</worksheet>"],
  ];
  const offsets = (tag: string): number[] => [100, ...Array.from({ length: tag.length + 2 }, (_, k) => PROBE - k), PROBE + 100];

  test.each(TAGS)("%j, given whole or in two chunks", async (tag, rest) => {
    for (const at of offsets(tag)) {
      const xml = partWithTagAt(at, tag, rest);
      const whole = parseSheetXml("S", xml, SHARED, false);
      expect(whole.values).toEqual(rest === "</worksheet>" ? [] : [[1, SHARED[4]]]);
      const bytes = Buffer.from(xml, "utf8");
      expect(await streamed(xml, pieces(bytes, []))).toEqual(whole);
      expect(await streamed(xml, pieces(bytes, [PROBE + 1]))).toEqual(whole);
    }
  });

  test("a malformed start tag across the 64 KiB fails as the whole part does", async () => {
    const tag = '<sheetData a="1>';
    for (const at of [PROBE - 8, PROBE - 2, PROBE + 10]) {
      const xml = partWithTagAt(at, tag, `${ROWS}</sheetData></worksheet>`);
      expect(() => parseSheetXml("S", xml, SHARED, false)).toThrow(XmlError);
      await expect(streamed(xml, pieces(Buffer.from(xml, "utf8"), []))).rejects.toThrow(XmlError);
    }
  });
});

describe("multi-byte text cut between chunks", () => {
  const vietnamese = "Hội Liên hiệp Phụ nữ xã Nậm Pồ – Mường Nhé: kinh phí hỗ trợ (triệu đồng) ữ ỹ ẳ ậ́ 漢 😀";
  const inline = (text: string) => `<is><r><t>${text.slice(0, 20)}</t></r><r><rPr><b/></rPr><t xml:space="preserve">${text.slice(20)}</t></r></is>`;
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr">${inline(vietnamese)}</c><c r="C1" t="str"><f>"ệ"&amp;"ữ"</f><v>ệữ &lt;đ&gt;</v></c></row>` +
    `<row r="2"><c r="A2" t="inlineStr"><is><t>${vietnamese}</t></is></c><c r="B2"><v>1234567</v></c><c r="C2" t="s"><v>5</v></c></row>` +
    `</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

  test("cut at every byte, the cells keep their text", async () => {
    const bytes = Buffer.from(xml, "utf8");
    const whole = parseSheetXml("S", xml, SHARED, false);
    expect(whole.values[1]?.[0]).toBe(vietnamese);
    expect(whole.values[0]?.[1]).toBe(vietnamese);
    for (let cut = 1; cut < bytes.length; cut++) expect(await streamed(xml, pieces(bytes, [cut]))).toEqual(whole);
    expect(await streamed(xml, pieces(bytes, evenCuts(bytes.length, 1)))).toEqual(whole);
    expect(await streamed(xml, zlibPieces(bytes))).toEqual(whole);
  });

  test("a workbook with long Vietnamese text read through the streamed reader", async () => {
    const rows = Array.from({ length: 400 }, (_, r) => [`${vietnamese} ${r}`, r, `Xã Tân Lập ${r} – ${"ệ".repeat(r % 50)}`]);
    const file = await writeFixture(dir, "vietnamese.xlsx", [{ name: "Phân bổ", rows }]);
    const read = await readWorkbookBuffer(await fs.readFile(file));
    expect(read.sheets[0].values).toHaveLength(rows.length);
    read.sheets[0].values.forEach((row, r) => expect(row).toEqual([`${vietnamese} ${r}`, r, `Xã Tân Lập ${r} – ${"ệ".repeat(r % 50)}`]));
  });
});

describe("malformed parts fail alike", () => {
  test.each([
    '<row r="1"><c r="A1"><v>1</v></row>',
    '<row r="1"><c r="A1"><v>1</x:v></c></row>',
    '<row r="1"><c r="A1><v>1</v></c></row>',
    '<row r="1"><c r="A1" t="str"><v>a &nbsp; b</v></c></row>',
    '<row r="1"><c r="A1"><v>1</v></c><!-- open',
    '<row r="1"><c r="A1" t="str"><v><![CDATA[x</v></c></row>',
  ])("%s", async (data) => {
    const xml = `<worksheet><sheetData>${data}</sheetData></worksheet>`;
    expect(() => parseSheetXml("S", xml, SHARED, false)).toThrow(XmlError);
    const bytes = Buffer.from(xml, "utf8");
    for (const size of [1, 4, 9, bytes.length]) await expect(streamed(xml, pieces(bytes, evenCuts(bytes.length, size)))).rejects.toThrow(XmlError);
  });

  test("a part cut short is an error, not a shorter sheet", async () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>';
    await expect(streamed(xml, pieces(Buffer.from(xml), [10, 20]))).rejects.toThrow(XmlError);
  });
});

describe("hidden rows and columns", () => {
  const xml =
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="2" max="3" hidden="1"/><col min="4" max="4" hidden="0"/></cols>' +
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row>' +
    '<row r="3" hidden="true" spans="1:1"><c r="A3"><v>3</v></c></row><row r="4" hidden="0"><c r="A4"><v>4</v></c></row></sheetData></worksheet>';

  test("the whole-part reader and the streamed one, cut anywhere, read the same hidden rows and columns", async () => {
    const whole = parseSheetXml("S", xml, SHARED, false);
    expect(whole.hiddenRows).toEqual([1, 2]);
    expect(whole.hiddenColumns).toEqual([1, 2]);
    const bytes = Buffer.from(xml, "utf8");
    for (let cut = 1; cut < bytes.length; cut += 7) {
      expect(await streamed(xml, pieces(bytes, [cut, cut + 3]))).toEqual(whole);
    }
  });
});
