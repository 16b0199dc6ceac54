/**
 * Streamed sheets larger than the byte scanner's window (1 MiB): the bytes
 * are read window by window, each window ending after its last `</row>` (or
 * its last `>` when it holds none), the rest carried into the next one. The
 * streamed reader must give what the whole-part reader (`parseSheetXml`)
 * gives, whatever the chunks' sizes and wherever a window ends: between
 * rows, inside a row longer than a window, inside a comment that holds
 * `</row>`, with prefixed element names. And the rows' start tags in every
 * form, the usual ones read by the scanner's shortcut, the others the long way.
 */
import fc from "fast-check";
import { readSheetStream } from "../../../src/adapters/xlsx/sheetStream";
import { parseSheetXml } from "../../../src/adapters/xlsx/sheetXml";
import { XmlError } from "../../../src/adapters/xlsx/xml";
import type { SheetData } from "../../../src/core/model/workbook";

const SHARED = ["Xã Tân Lập", "Huyện Hòa Bình", "", "Kinh phí (triệu đồng)"];
const FORMATS = [null, "0.0%", "#,##0"];
const MIB = 1024 * 1024;

async function* chunked(bytes: Buffer, sizes: readonly number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length];
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

function streamed(xml: string, sizes: readonly number[]): Promise<SheetData> {
  return readSheetStream("S", chunked(Buffer.from(xml, "utf8"), sizes), SHARED, false, FORMATS);
}

function whole(xml: string): SheetData {
  return parseSheetXml("S", xml, SHARED, false, FORMATS);
}

/** Cells of every form the reader meets: usual ones, and ones read the long way. */
const CELLS = [
  (r: number, c: string) => `<c r="${c}${r}"><v>${r * 7 + 3}</v></c>`,
  (r: number, c: string) => `<c r="${c}${r}" t="s"><v>${r % 4}</v></c>`,
  (r: number, c: string) => `<c r="${c}${r}" s="2"><v>-${r}.25</v></c>`,
  (r: number, c: string) => `<c r="${c}${r}" t="str"><f>A${r}&amp;"ệ"</f><v>x${r}ệ</v></c>`,
  (r: number, c: string) => `<c r="${c}${r}" t="inlineStr"><is><t>Hội ${r}</t></is></c>`,
  (r: number, c: string) => `<c r="${c}${r}" s="1"/>`,
  (r: number) => `<c t="s"><v>${(r + 1) % 4}</v></c>`,
];
const COLUMNS = ["A", "B", "C", "D", "E", "F", "G", "H"];

/** Rows up to `bytes` long in all, the cell forms mixed by `seed`; `prefix` names the elements (`x:`). */
function sheet(bytes: number, seed: number, prefix = "", rowOf = (r: number) => r): string {
  const rows: string[] = [];
  let size = 0;
  for (let r = 1; size < bytes; r++) {
    const cells: string[] = [];
    for (let k = 0; k < COLUMNS.length; k++) {
      const cell = CELLS[(r * 31 + k * 7 + seed) % CELLS.length](rowOf(r), COLUMNS[k]);
      cells.push(prefix === "" ? cell : cell.replace(/<(\/?)(c|v|f|is|t)\b/g, `<$1${prefix}$2`));
    }
    const hidden = r % 97 === 0 ? ' hidden="1"' : "";
    const row = `<${prefix}row r="${rowOf(r)}" spans="1:8"${hidden}>${cells.join("")}</${prefix}row>`;
    rows.push(row);
    size += row.length;
  }
  const ns = prefix === "" ? "" : ` xmlns:${prefix.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${prefix}worksheet${ns}><${prefix}sheetData>${rows.join("")}</${prefix}sheetData><${prefix}mergeCells count="1"><${prefix}mergeCell ref="A1:B2"/></${prefix}mergeCells></${prefix}worksheet>`;
}

const chunkSizes = fc.array(fc.integer({ min: 1, max: 2 * MIB }), { minLength: 1, maxLength: 6 });

describe("streamed sheets larger than a window", () => {
  test("rows of every cell form, chunks of random sizes", async () => {
    const xml = sheet(2.2 * MIB, 0);
    expect(Buffer.byteLength(xml, "utf8")).toBeGreaterThan(2 * MIB);
    const expected = whole(xml);
    expect(expected.values.length).toBeGreaterThan(5_000);
    await fc.assert(
      fc.asyncProperty(chunkSizes, async (sizes) => {
        expect(await streamed(xml, sizes)).toEqual(expected);
      }),
      { numRuns: 4 },
    );
  });

  test("prefixed element names (no `</row>` to end a window on)", async () => {
    const xml = sheet(2.5 * MIB, 3, "x:");
    expect(Buffer.byteLength(xml, "utf8")).toBeGreaterThan(2 * MIB);
    const expected = whole(xml);
    expect(expected.values.length).toBeGreaterThan(5_000);
    for (const sizes of [[MIB], [300_000, 1_500_000], [64 * 1024]]) expect(await streamed(xml, sizes)).toEqual(expected);
  });

  test("a row longer than a window, between usual rows", async () => {
    const long = `<row r="200">${Array.from({ length: 60_000 }, (_, k) => `<c r="${k < 26 ? String.fromCharCode(65 + k) : "AA"}200"><v>${k}</v></c>`).join("")}</row>`;
    const base = sheet(2 * MIB, 5, "", (r) => (r < 200 ? r : r + 1));
    const xml = base.replace(/(<row r="201")/, `${long}$1`);
    expect(xml).toContain(long);
    const expected = whole(xml);
    for (const sizes of [[MIB], [2 * MIB], [700_000, 1_100_000]]) expect(await streamed(xml, sizes)).toEqual(expected);
  });

  test("`</row>` inside a comment where a window may end", async () => {
    const base = sheet(2.2 * MIB, 1);
    let n = 0;
    // A comment after every 50th row, holding an end tag's text.
    const xml = base.replace(/<\/row>/g, (end) => (++n % 50 === 0 ? `${end}<!-- </row> -->` : end));
    const expected = whole(xml);
    await fc.assert(
      fc.asyncProperty(chunkSizes, async (sizes) => {
        expect(await streamed(xml, sizes)).toEqual(expected);
      }),
      { numRuns: 3 },
    );
  });
});

describe("row start tags, usual and not", () => {
  const TAGS = [
    "<row>",
    '<row r="3">',
    '<row r="03">',
    '<row r="0">',
    '<row r=" 3">',
    "<row r='3'>",
    '<row  r="3">',
    '<row\tr="3">',
    '<row r="3" >',
    '<row r="3" hidden="1">',
    '<row hidden="true" r="3">',
    '<row r="3" hidden="0">',
    '<row r="3" x14ac:dyDescent="0.25" spans="1:2" ht="15.75" customHeight="1">',
    '<row r="x">',
    '<row r="">',
    '<row r="1234567890123456">',
    '<row r="3" r="5">',
    '<row r="3" spans="1:2"/>',
    '<row r="3" a="<">',
    '<row r="3" a="1"b="2">',
    '<row r="3" a="x>y">',
    '<row r="3" ệ="1">',
    '<rows r="3">',
  ];
  test.each(TAGS)("%s, cut at every byte", async (tag) => {
    const end = tag.startsWith("<rows") ? "</rows>" : tag.endsWith("/>") ? "" : "</row>";
    const xml = `<worksheet><sheetData><row r="1"><c><v>1</v></c></row>${tag}<c r="B3" t="s"><v>1</v></c><c><v>2</v></c>${end}<row><c><v>4</v></c></row></sheetData></worksheet>`;
    let expected: SheetData | undefined;
    try {
      expected = whole(xml);
    } catch (error) {
      if (!(error instanceof XmlError)) throw error;
    }
    const bytes = Buffer.from(xml, "utf8");
    for (let cut = 1; cut < bytes.length; cut++) {
      const read = readSheetStream("S", chunked(bytes, [cut, bytes.length]), SHARED, false, FORMATS);
      if (expected === undefined) await expect(read).rejects.toThrow(XmlError);
      else expect(await read).toEqual(expected);
    }
  });
});
