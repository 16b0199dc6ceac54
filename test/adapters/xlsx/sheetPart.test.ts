/**
 * The worksheet part edited row by row as it streams (sheetPart.ts) gives,
 * byte for byte, the part the whole-text path gives (highlightSheet,
 * unselectSheetXml), however its bytes are chunked: on
 * random sheets — rows missing, cells missing, self-closing rows and cells,
 * a namespace prefix, comments and CDATA inside rows, Vietnamese text — and
 * random targets, in rows that exist and rows that do not — and however
 * much of each chunk is read joined to the bytes carried from the last.
 */
import fc from "fast-check";
import { highlightSheet } from "../../../src/adapters/xlsx/highlightXml";
import { SheetPart, type PieceSink } from "../../../src/adapters/xlsx/sheetPart";
import { unselectSheetXml } from "../../../src/adapters/xlsx/workbookView";
import { a1 } from "../../../src/core/model/address";

interface Target {
  readonly row: number;
  readonly col: number;
  readonly severity: "error" | "warning";
}

const cellBody = fc.constantFrom(
  "<P:v>1</P:v>",
  "<P:v>12.5</P:v>",
  '<P:is><P:t xml:space="preserve">Xã Tân Lập &amp; &lt;row r="9"&gt;</P:t></P:is>',
  "<P:is><P:t><![CDATA[<row r=\"7\"></row> ]]></P:t></P:is>",
  "<!-- <row r=\"3\"/> --><P:v>2</P:v>",
  "<P:f>SUM(A1:A2)</P:f><P:v>3</P:v>",
);

const row = fc.record({
  cells: fc.uniqueArray(fc.record({ col: fc.integer({ min: 0, max: 6 }), s: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), body: fc.option(cellBody, { nil: undefined }) }), {
    selector: (c) => c.col,
    maxLength: 5,
  }),
  spans: fc.boolean(),
});

const sheet = fc.record({
  prefix: fc.constantFrom("", "x:"),
  rows: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 12 }), row), { selector: (r) => r[0], maxLength: 8 }),
  selected: fc.boolean(),
  tail: fc.constantFrom("", "<pageMargins left=\"0.7\"/>", "<pageMargins left=\"0.7\"/><tableParts count=\"0\"/>"),
  comment: fc.boolean(),
});

type Sheet = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

function sheetXml(s: Sheet): string {
  const p = s.prefix;
  const rows = [...s.rows]
    .sort((a, b) => a[0] - b[0])
    .map(([r, spec]) => {
      const cells = [...spec.cells]
        .sort((a, b) => a.col - b.col)
        .map((c) => {
          const attrs = `r="${a1(r, c.col)}"${c.s !== undefined ? ` s="${c.s}"` : ""}`;
          return c.body === undefined ? `<${p}c ${attrs}/>` : `<${p}c ${attrs}>${c.body.replace(/P:/g, p)}</${p}c>`;
        })
        .join(s.comment ? "<!-- between cells -->" : "");
      const open = `<${p}row r="${r + 1}"${spec.spans ? ' spans="1:7"' : ""}`;
      return cells === "" ? `${open}/>` : `${open}>${cells}</${p}row>`;
    })
    .join("");
  const ns = p === "" ? 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' : 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const data = rows === "" ? `<${p}sheetData/>` : `<${p}sheetData>${rows}</${p}sheetData>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}><${p}dimension ref="A1:G13"/>` +
    `<${p}sheetViews><${p}sheetView ${s.selected ? 'tabSelected="1" ' : ""}workbookViewId="0"/></${p}sheetViews>` +
    `${data}${s.tail.replace(/<(\w)/g, `<${p}$1`)}</${p}worksheet>`
  );
}

const targets = fc.uniqueArray(fc.record({ row: fc.integer({ min: 0, max: 14 }), col: fc.integer({ min: 0, max: 7 }), severity: fc.constantFrom("error" as const, "warning" as const) }), {
  selector: (t) => `${t.row}:${t.col}`,
  maxLength: 6,
});

const styleFor = (current: number, t: Target) => 100 + current * 2 + (t.severity === "error" ? 0 : 1);

/** The part's bytes in chunks of the given sizes (cycled), as an inflate stream gives them. */
function chunked(bytes: Buffer, sizes: readonly number[]): () => AsyncIterable<Buffer> {
  return async function* () {
    let at = 0;
    for (let k = 0; at < bytes.length; k++) {
      const size = sizes.length === 0 ? bytes.length : sizes[k % sizes.length];
      yield bytes.subarray(at, at + size);
      at += size;
    }
  };
}

class Collect implements PieceSink<Buffer> {
  private readonly pieces: Buffer[] = [];
  write(piece: Buffer): void {
    this.pieces.push(Buffer.from(piece));
  }
  end(): Promise<Buffer> {
    return Promise.resolve(Buffer.concat(this.pieces));
  }
}

/** The part as the streamed edit writes it (the whole-text path when it says so), and whether it changed. */
async function streamed(part: SheetPart, xml: string, sizes: readonly number[]): Promise<{ text: string; outcome: string }> {
  const outcome = await part.stream(chunked(Buffer.from(xml, "utf8"), sizes), () => new Collect());
  if (outcome.kind === "written") return { text: outcome.data.toString("utf8"), outcome: outcome.kind };
  if (outcome.kind === "whole") return { text: part.editWhole(xml), outcome: outcome.kind };
  return { text: xml, outcome: outcome.kind };
}

const chunkSizes = fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 6 });
/** How much of a chunk is read joined to the bytes carried from the one before: small, so that a tag or comment runs past it. */
const jointBytes = fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined });
/** How many bytes before the last chunk are held past the last edited row: small, so that the end of `sheetData` is often not in them (the rows read again). */
const tailBytes = fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined });

describe("SheetPart", () => {
  test("highlights, the notes' drawing and the unselected tab: the same bytes as the whole-text path, however the part is chunked", async () => {
    await fc.assert(
      fc.asyncProperty(sheet, targets, fc.option(fc.constantFrom("rId3"), { nil: undefined }), chunkSizes, jointBytes, tailBytes, async (s, list, drawing, sizes, joint, tail) => {
        const xml = sheetXml(s);
        const part = new SheetPart({ jointBytes: joint, tailBytes: tail });
        part.highlight(list, styleFor);
        if (drawing !== undefined) part.editFrame({ edit: (outside) => highlightSheet(outside, [], () => 0, drawing) });
        part.editFrame({ edit: unselectSheetXml, headOnly: true });
        const expected = unselectSheetXml(highlightSheet(xml, list, styleFor, drawing));
        const { text, outcome } = await streamed(part, xml, sizes);
        expect(outcome).not.toBe("whole");
        expect(text).toBe(expected);
        expect(outcome === "written").toBe(expected !== xml);
      }),
      { numRuns: 400 },
    );
  });

  test("the tab unselected alone: a part whose tab is not selected is left unread past its head", async () => {
    const rows = Array.from({ length: 40 }, (_, r) => [r, { cells: [{ col: 0, s: 1, body: "<P:v>1</P:v>" as const }], spans: true }] as [number, Sheet["rows"][number][1]]);
    const xml = sheetXml({ prefix: "", rows, selected: false, tail: "", comment: false });
    let chunksRead = 0;
    const part = new SheetPart();
    part.editFrame({ edit: unselectSheetXml, headOnly: true });
    const source = async function* () {
      for await (const chunk of chunked(Buffer.from(xml, "utf8"), [200])()) {
        chunksRead++;
        yield chunk;
      }
    };
    expect((await part.stream(source, () => new Collect())).kind).toBe("unchanged");
    expect(chunksRead).toBeLessThan(3);
    expect(xml.length).toBeGreaterThan(1000);
    const selected = sheetXml({ prefix: "x:", rows: [[0, { cells: [], spans: false }]], selected: true, tail: "", comment: false });
    const again = new SheetPart();
    again.editFrame({ edit: unselectSheetXml, headOnly: true });
    expect(await streamed(again, selected, [7])).toEqual({ text: unselectSheetXml(selected), outcome: "written" });
  });

  test("past the last highlighted row the rows are copied unread: out of order, the same bytes as the whole-text path", async () => {
    const list = [{ row: 0, col: 0, severity: "error" as const }];
    const xml = '<worksheet><sheetData><row r="1"><c r="A1"/></row><row r="3"/><row r="2"><c r="B2"/></row><row/></sheetData><pageMargins left="0.7"/></worksheet>';
    for (const sizes of [[5], [1], [40], []]) {
      const part = new SheetPart({ tailBytes: 1000 });
      part.highlight(list, styleFor);
      expect(await streamed(part, xml, sizes)).toEqual({ text: highlightSheet(xml, list, styleFor), outcome: "written" });
      // The end of `sheetData` not in the bytes held: the rows are read again, and then their order is the whole-text path's.
      const short = new SheetPart({ tailBytes: 0 });
      short.highlight(list, styleFor);
      expect((await streamed(short, xml, [5])).text).toBe(highlightSheet(xml, list, styleFor));
    }
  });

  test("a row numbered again past the last highlighted row (a sheet Excel repairs) is copied as it is, not highlighted a second time", async () => {
    const list = [{ row: 0, col: 0, severity: "error" as const }];
    const xml = '<worksheet><sheetData><row r="1"><c r="A1"/></row><row r="2"/><row r="1"><c r="A1"/></row></sheetData></worksheet>';
    const part = new SheetPart();
    part.highlight(list, styleFor);
    expect(await streamed(part, xml, [7])).toEqual({
      text: '<worksheet><sheetData><row r="1"><c r="A1" s="100"/></row><row r="2"/><row r="1"><c r="A1"/></row></sheetData></worksheet>',
      outcome: "written",
    });
  });

  test("untouched rows are copied as they were, byte for byte", async () => {
    const xml = sheetXml({ prefix: "", rows: [[0, { cells: [{ col: 0, s: 1, body: "<P:v>1</P:v>" as const }], spans: true }], [5, { cells: [{ col: 2, s: undefined, body: "<P:v>12.5</P:v>" }], spans: true }]], selected: false, tail: "", comment: false });
    const part = new SheetPart();
    part.highlight([{ row: 5, col: 2, severity: "error" }], styleFor);
    const { text: out } = await streamed(part, xml, [3]);
    expect(out).toContain('<row r="1" spans="1:7"><c r="A1" s="1"><v>1</v></c></row>');
    expect(out).toContain('<row r="6"><c r="C6" s="100"><v>12.5</v></c></row>');
  });

  test("rows without a number, or out of order, up to the last highlighted row take the whole-text path, with each format asked for once", async () => {
    const cases = [
      '<worksheet><sheetData><row><c r="A1"/></row></sheetData></worksheet>',
      '<worksheet><sheetData><row r="2"/><row r="1"><c r="A1" s="1"/></row><row r="3"/></sheetData></worksheet>',
      '<worksheet><sheetData><row r="1"><c r="A1"/></row><row><c r="B1"/></row></sheetData></worksheet>',
      "<worksheet><dimension/></worksheet>",
    ];
    for (const xml of cases) {
      const asked: string[] = [];
      const part = new SheetPart();
      part.highlight([{ row: 0, col: 0, severity: "error" as const }], (current, t) => {
        asked.push(`${t.row}:${t.col}`);
        return styleFor(current, t);
      });
      const outcome = await part.stream(chunked(Buffer.from(xml), [5]), () => new Collect());
      expect(outcome.kind).toBe("whole");
      let expectedAsks = 0;
      const expected = highlightSheet(xml, [{ row: 0, col: 0, severity: "error" as const }], (current, t) => {
        expectedAsks++;
        return styleFor(current, t);
      });
      expect(part.editWhole(xml)).toBe(expected);
      expect(asked.length).toBe(expectedAsks);
    }
  });
});
