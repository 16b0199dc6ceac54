/**
 * The byte scanner of streamed sheets (sheetDataBytes.ts) against the text
 * scanner (`parseSheetXml`, the reference), differentially, on the forms its
 * shortcuts read and the forms next to them that they must leave to the long
 * way: numbers written every way `Number` reads (or not), cell references,
 * types and styles in the usual and unusual forms, values and tags cut at
 * every place by the window's end, and multi-byte text.
 */
import fc from "fast-check";
import { readNumber } from "../../../src/adapters/xlsx/sheetDataBytes";
import { readSheetStream } from "../../../src/adapters/xlsx/sheetStream";
import { parseSheetXml } from "../../../src/adapters/xlsx/sheetXml";
import { XmlError } from "../../../src/adapters/xlsx/xml";
import type { SheetData } from "../../../src/core/model/workbook";

const SHARED = ["Xã Tân Lập", "Huyện Hòa Bình", "", "Kinh phí (triệu đồng)"];
const FORMATS = [null, "0.0%", "#,##0", null, "0.00"];

async function* pieces(bytes: Buffer, cuts: readonly number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= at || cut >= bytes.length) continue;
    yield bytes.subarray(at, cut);
    at = cut;
  }
  yield bytes.subarray(at);
}

async function streamed(xml: string, cuts: readonly number[]): Promise<SheetData> {
  return readSheetStream("S", pieces(Buffer.from(xml, "utf8"), cuts), SHARED, false, FORMATS);
}

function whole(xml: string): SheetData {
  return parseSheetXml("S", xml, SHARED, false, FORMATS);
}

/** Numbers as files write them, and texts next to them that `Number` reads differently or not at all. */
const numberText = fc.oneof(
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x.toPrecision(1 + Math.floor(Math.abs(x) % 17))),
  fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 99999 }), fc.integer({ min: -30, max: 30 }), fc.constantFrom("E", "e", "E+", "e-", "")).map(([m, f, e, mark]) => `${m}.${f}${mark === "" ? "" : `${mark}${e}`}`),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
  fc.constantFrom("-0", "0", "00012", "-0.0", ".5", "5.", "+3", " 4", "4 ", "0x1A", "1e400", "-1e-400", "1E22", "1e23", "9007199254740993", "123456789012345", "1234567890123456", "0.1e1", "1e", "e5", "-", "", "1.5e+", "Infinity", "NaN", "1_000", "٣"),
);

// Columns and rows kept small (the sheets are compared whole): XFD5 is a 16 384-column row.
const LETTERS = ["A", "B", "Z", "AA", "AF", "ABCD", "a", "b"];
const refText = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...LETTERS), fc.integer({ min: 0, max: 40 })).map(([l, r]) => `${l}${r}`) },
  { weight: 1, arbitrary: fc.constantFrom("$B$3", "B$3", " C4", "C4 ", "4C", "", "A", "A1B", "ệ1", "A00012", "XFD5", "A0", "B0012") },
);

interface Cell {
  readonly ref: string | null;
  readonly t: string | null;
  readonly s: string | null;
  readonly body: string;
  readonly selfClosing: boolean;
}

const body = fc.oneof(
  { weight: 6, arbitrary: numberText.map((v) => `<v>${v}</v>`) },
  { weight: 2, arbitrary: fc.nat(5).map((v) => `<v>${v}</v>`) },
  { weight: 1, arbitrary: fc.constantFrom("<v/>", "<v></v>", "<v>1</v><v>2</v>", "<x:v>3</x:v>", "<v>4</v><!-- c -->", "<v><![CDATA[5]]></v>", "<v>6 </v>", "<f>A1+1</f><v>7</v>", '<f t="shared" si="0">B1*2</f><v>8</v>', '<f t="shared" si="0"/><v>9</v>', "<is><t>ệ &amp; ữ</t></is>", "<v>&#49;0</v>", "", "<v>1</v >") },
);

const cell: fc.Arbitrary<Cell> = fc.record({
  ref: fc.option(refText, { nil: null, freq: 3 }),
  t: fc.option(fc.constantFrom("s", "n", "str", "b", "e", "inlineStr", "S", " s"), { nil: null, freq: 2 }),
  s: fc.option(fc.constantFrom("0", "1", "2", "4", "17", " 1", "x", "", "0001"), { nil: null, freq: 2 }),
  body,
  selfClosing: fc.boolean(),
});

/** A cell's start tag, its attributes in one of several orders and spacings. */
function writeCell(c: Cell, order: number, space: string): string {
  const attrs: string[] = [];
  if (c.ref !== null) attrs.push(`r="${c.ref}"`);
  if (c.t !== null) attrs.push(`t="${c.t}"`);
  if (c.s !== null) attrs.push(`s="${c.s}"`);
  if (order % 2 === 1) attrs.reverse();
  if (order === 2 && attrs.length > 0) attrs.push(`cm="1"`);
  const open = `<c${attrs.map((a) => space + a).join("")}`;
  return c.selfClosing && c.body === "" ? `${open}/>` : `${open}>${c.body}</c>`;
}

const rows = fc.array(fc.tuple(fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), fc.boolean(), fc.array(cell, { maxLength: 6 })), { maxLength: 8 });

function writeSheet(data: ReadonlyArray<readonly [number | null, boolean, readonly Cell[]]>, order: number, space: string): string {
  const body = data
    .map(([r, hidden, cells]) => `<row${r !== null ? ` r="${r}"` : ""}${hidden ? ' hidden="1"' : ""} spans="1:6">${cells.map((c) => writeCell(c, order, space)).join("")}</row>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData>${body}</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;
}

/** The same outcome from both readers: the same sheet, or both an XmlError. */
async function expectSame(xml: string, cuts: readonly number[]): Promise<void> {
  let expected: SheetData | undefined;
  try {
    expected = whole(xml);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
  }
  if (expected === undefined) await expect(streamed(xml, cuts)).rejects.toThrow(XmlError);
  else expect(await streamed(xml, cuts)).toEqual(expected);
}

describe("the byte scanner reads as the text scanner", () => {
  test("random cells in usual and unusual forms, cut at random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(rows, fc.integer({ min: 0, max: 2 }), fc.constantFrom(" ", "  ", "\t", "\n"), fc.array(fc.nat(), { maxLength: 30 }), async (data, order, space, rawCuts) => {
        const xml = writeSheet(data, order, space);
        const length = Buffer.byteLength(xml, "utf8");
        await expectSame(
          xml,
          rawCuts.map((c) => c % length),
        );
      }),
      { numRuns: 400 },
    );
  });

  test("each cell form cut at every byte", async () => {
    const cells = [
      '<c r="B2" s="1"><v>-12.5E-3</v></c>',
      '<c r="C2" t="s"><v>1</v></c>',
      '<c r="D2" t="n" s="4"><v>1234567.25</v></c>',
      '<c t="s" r="E2"><v>3</v></c>',
      '<c r="F2" t="str"><f>"ệ"&amp;"ữ"</f><v>ệữ</v></c>',
      '<c r="G2" t="inlineStr"><is><r><t>Hội </t></r><r><t xml:space="preserve">Phụ nữ</t></r></is></c>',
      '<c r="H2"/>',
      '<c r="I2"><v>1e400</v></c>',
    ];
    const xml = `<worksheet><sheetData><row r="2">${cells.join("")}</row><row r="3" hidden="true"><c><v>5</v></c></row></sheetData></worksheet>`;
    const bytes = Buffer.byteLength(xml, "utf8");
    const expected = whole(xml);
    expect(expected.values[1]).toEqual([null, -0.0125, "Huyện Hòa Bình", 1234567.25, "Kinh phí (triệu đồng)", "ệữ", "Hội Phụ nữ", null, "1e400"]);
    for (let cut = 1; cut < bytes; cut++) expect(await streamed(xml, [cut])).toEqual(expected);
    for (let cut = 1; cut + 5 < bytes; cut += 3) expect(await streamed(xml, [cut, cut + 1, cut + 5])).toEqual(expected);
  });
});

describe("readNumber", () => {
  const read = (text: string) => {
    const bytes = Buffer.from(`<${text}<`, "latin1");
    return readNumber(bytes, 1, bytes.length - 1);
  };

  test("reads exactly what Number reads, or leaves the text to it", () => {
    fc.assert(
      fc.property(numberText, (text) => {
        const n = read(text);
        if (!Number.isNaN(n)) expect(Object.is(n, Number(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test.each([
    ["0", 0],
    ["-0", -0],
    ["1956", 1956],
    ["-12.5E-3", -0.0125],
    ["0.1", 0.1],
    ["123456789012345", 123456789012345],
    ["1.7976931348623157e308", NaN],
    ["1234567890123456", NaN],
    ["1e23", NaN],
    [".5", NaN],
    ["5.", NaN],
    ["+3", NaN],
    [" 4", NaN],
    ["0x1A", NaN],
    ["", NaN],
  ])("%s → %d", (text, expected) => {
    expect(Object.is(read(text), expected)).toBe(true);
  });
});
