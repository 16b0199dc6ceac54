/**
 * The worksheet part edited row by row (sheetPart.ts) gives, byte for byte,
 * the part the whole-text path gives (highlightSheet, unselectSheetXml): on
 * random sheets — rows missing, cells missing, self-closing rows and cells,
 * a namespace prefix, comments and CDATA inside rows, Vietnamese text — and
 * random targets, in rows that exist and rows that do not.
 */
import fc from "fast-check";
import { highlightSheet } from "../../../src/adapters/xlsx/highlightXml";
import { SheetPart } from "../../../src/adapters/xlsx/sheetPart";
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

describe("SheetPart", () => {
  test("highlights, the notes' drawing and the unselected tab: the same bytes as the whole-text path", () => {
    fc.assert(
      fc.property(sheet, targets, fc.option(fc.constantFrom("rId3"), { nil: undefined }), (s, list, drawing) => {
        const xml = sheetXml(s);
        const part = SheetPart.split(Buffer.from(xml, "utf8"));
        expect(part).not.toBeNull();
        part!.highlight(list, styleFor);
        if (drawing !== undefined) part!.outside = highlightSheet(part!.outside, [], () => 0, drawing);
        part!.outside = unselectSheetXml(part!.outside);
        const expected = unselectSheetXml(highlightSheet(xml, list, styleFor, drawing));
        expect(Buffer.concat(part!.toPieces()).toString("utf8")).toBe(expected);
        expect(part!.changed).toBe(expected !== xml);
      }),
      { numRuns: 400 },
    );
  });

  test("untouched rows are copied as they were, byte for byte", () => {
    const xml = sheetXml({ prefix: "", rows: [[0, { cells: [{ col: 0, s: 1, body: "<P:v>1</P:v>" as const }], spans: true }], [5, { cells: [{ col: 2, s: undefined, body: "<P:v>12.5</P:v>" }], spans: true }]], selected: false, tail: "", comment: false });
    const part = SheetPart.split(Buffer.from(xml, "utf8"))!;
    part.highlight([{ row: 5, col: 2, severity: "error" }], styleFor);
    const out = Buffer.concat(part.toPieces()).toString("utf8");
    expect(out).toContain('<row r="1" spans="1:7"><c r="A1" s="1"><v>1</v></c></row>');
    expect(out).toContain('<row r="6"><c r="C6" s="100"><v>12.5</v></c></row>');
  });

  test("rows without a number, or out of order, take the whole-text path", () => {
    expect(SheetPart.split(Buffer.from('<worksheet><sheetData><row><c r="A1"/></row></sheetData></worksheet>'))).toBeNull();
    expect(SheetPart.split(Buffer.from('<worksheet><sheetData><row r="3"/><row r="2"/></sheetData></worksheet>'))).toBeNull();
    expect(SheetPart.split(Buffer.from("<worksheet><dimension/></worksheet>"))).toBeNull();
  });
});
