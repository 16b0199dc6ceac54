import { addComments, addNoteShapes, highlightSheet } from "../../../src/adapters/xlsx/highlightXml";
import { StylesPatch } from "../../../src/adapters/xlsx/stylesPatch";
import { BOX_LINE } from "../../../src/adapters/office/summaryStyles";
import { SUMMARY_BOX_COLOR } from "../../../src/core/model/summary";
import { cellTextXml, summarySheetPieces, summarySheetXml } from "../../../src/adapters/xlsx/summaryXml";
import { appendToElement, applyEdits, parseRelationships, parseSharedStrings, xmlElements, XmlError } from "../../../src/adapters/xlsx/xml";

describe("xml", () => {
  test("elements with their places in the text, prefixes and entities as written", () => {
    const xml = '<?xml version="1.0"?>\n<x:a xmlns:x="u"><x:b k="1 &amp; 2"/><x:c>t&lt;</x:c></x:a>';
    const [a, b, c] = xmlElements(xml);
    expect(a).toMatchObject({ name: "x:a", local: "a", depth: 0, parent: -1 });
    expect(xml.slice(a.start, a.openEnd)).toBe('<x:a xmlns:x="u">');
    expect(xml.slice(a.closeStart, a.end)).toBe("</x:a>");
    expect(b).toMatchObject({ local: "b", selfClosing: true, attributes: { k: "1 & 2" }, parent: 0 });
    expect(xml.slice(b.start, b.end)).toBe('<x:b k="1 &amp; 2"/>');
    expect(xml.slice(c.openEnd, c.closeStart)).toBe("t&lt;");
  });

  test("shared strings: plain, rich text runs, phonetic runs left out, OOXML escapes decoded", () => {
    const xml =
      '<sst xmlns="m"><si><t>Ba Vì</t></si><si><r><rPr><b/></rPr><t>Xã </t></r><r><t xml:space="preserve">A &amp; B</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></si><si/><si><t>a_x000D_b</t></si></sst>';
    expect(parseSharedStrings(xml)).toEqual(["Ba Vì", "Xã A & B", "", "a\rb"]);
  });

  test("relationships; malformed XML is an XmlError", () => {
    expect(parseRelationships('<Relationships><Relationship Id="rId1" Type="t/worksheet" Target="a.xml" TargetMode="External"/></Relationships>')).toEqual([
      { id: "rId1", type: "t/worksheet", target: "a.xml", external: true },
    ]);
    expect(() => parseRelationships("<Relationships><Relationship>")).toThrow(XmlError);
    // A part that is not there.
    expect(parseRelationships("")).toEqual([]);
    expect(parseSharedStrings("")).toEqual([]);
  });

  test("edits apply in order of place; an element gets children, self-closing or not", () => {
    const xml = "<a><b/><c></c></a>";
    const [, b, c] = xmlElements(xml);
    expect(applyEdits(xml, [appendToElement(c, "<d/>"), appendToElement(b, "x")])).toBe("<a><b>x</b><c><d/></c></a>");
    // An insert where a replaced tag starts goes before it.
    expect(applyEdits(xml, [{ start: b.start, end: b.end, text: "<B/>" }, { start: b.start, end: b.start, text: "<n/>" }])).toBe("<a><n/><B/><c></c></a>");
  });
});

const SHEET = (rows: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}</sheetData><pageMargins/></worksheet>`;

describe("highlightSheet", () => {
  const style = (current: number) => 100 + current;

  test("an existing cell gets a format derived from its own; others are untouched", () => {
    const xml = SHEET('<row r="1" spans="1:3"><c r="A1" s="2"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1" s="2"><v>3</v></c></row>');
    expect(highlightSheet(xml, [{ row: 0, col: 0 }, { row: 0, col: 1 }], style)).toBe(
      SHEET('<row r="1"><c r="A1" s="102"><v>1</v></c><c r="B1" s="100"><v>2</v></c><c r="C1" s="2"><v>3</v></c></row>'),
    );
  });

  test("missing cells and rows are added in order", () => {
    const xml = SHEET('<row r="2"><c r="B2"><v>1</v></c></row><row r="5"/>');
    expect(highlightSheet(xml, [{ row: 1, col: 0 }, { row: 1, col: 3 }, { row: 0, col: 2 }, { row: 4, col: 1 }, { row: 9, col: 0 }], style)).toBe(
      SHEET(
        '<row r="1"><c r="C1" s="100"/></row><row r="2"><c r="A2" s="100"/><c r="B2"><v>1</v></c><c r="D2" s="100"/></row>' +
          '<row r="5"><c r="B5" s="100"/></row><row r="10"><c r="A10" s="100"/></row>',
      ),
    );
  });

  test("each target's format may depend on the target", () => {
    const xml = SHEET('<row r="1"><c r="A1" s="2"><v>1</v></c><c r="B1"><v>2</v></c></row>');
    const targets = [
      { row: 0, col: 0, fill: 10 },
      { row: 0, col: 1, fill: 20 },
    ];
    expect(highlightSheet(xml, targets, (current, t) => t.fill + current)).toBe(SHEET('<row r="1"><c r="A1" s="12"><v>1</v></c><c r="B1" s="20"><v>2</v></c></row>'));
  });

  test("an empty sheet and prefixed tags", () => {
    expect(highlightSheet("<worksheet><sheetData/></worksheet>", [{ row: 0, col: 0 }], style)).toBe('<worksheet><sheetData><row r="1"><c r="A1" s="100"/></row></sheetData></worksheet>');
    expect(highlightSheet('<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1" s="1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>', [{ row: 0, col: 0 }, { row: 0, col: 1 }], style)).toBe(
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1" s="101"><x:v>1</x:v></x:c><x:c r="B1" s="100"/></x:row></x:sheetData></x:worksheet>',
    );
  });
});

describe("comments and note shapes", () => {
  test("a user's note is kept with ours below it; new notes get our author", () => {
    const existing =
      '<comments xmlns="x"><authors><author>Lan</author></authors><commentList><comment ref="C7" authorId="0"><text><t>Đã xác nhận</t></text></comment></commentList></comments>';
    const { xml, added } = addComments(existing, [{ row: 6, col: 2, text: "allocheck: A & B" }, { row: 0, col: 0, text: "allocheck: <mới>" }], "\n--\n");
    expect(added).toEqual([{ row: 0, col: 0, text: "allocheck: <mới>" }]);
    expect(xml).toContain('<authors><author>Lan</author><author>allocheck</author></authors>');
    expect(xml).toContain('<comment ref="C7" authorId="0"><text><t>Đã xác nhận</t><r><t xml:space="preserve">\n--\nallocheck: A &amp; B</t></r></text></comment>');
    expect(xml).toContain('<comment ref="A1" authorId="1"><text><r><t xml:space="preserve">allocheck: &lt;mới&gt;</t></r></text></comment>');
  });

  test("a note of ours from an earlier run is replaced by the new one, never repeated; the user's text before it is kept", () => {
    const cases: ReadonlyArray<readonly [string, string, string]> = [
      // ours alone: replaced whole
      ['<text><r><t xml:space="preserve">allocheck: cũ</t></r></text>', "C7", '<text><r><t xml:space="preserve">allocheck: mới</t></r></text>'],
      // the user's note, ours below the separator in a run of its own
      ['<text><t>Đã xác nhận</t><r><t xml:space="preserve">\n--\nallocheck: cũ</t></r></text>', "C7", '<text><t>Đã xác nhận</t><r><t xml:space="preserve">\n--\nallocheck: mới</t></r></text>'],
      // both in one run (edited and saved in Excel): the user's part is kept
      ['<text><r><rPr><b/></rPr><t xml:space="preserve">Lan &amp; Hoa\n--\nallocheck: cũ &lt;1&gt;</t></r></text>', "C7", '<text><r><rPr><b/></rPr><t xml:space="preserve">Lan &amp; Hoa</t></r><r><t xml:space="preserve">\n--\nallocheck: mới</t></r></text>'],
      // a user's note that only mentions allocheck is not ours
      ["<text><t>Xem allocheck: ok</t></text>", "C7", '<text><t>Xem allocheck: ok</t><r><t xml:space="preserve">\n--\nallocheck: mới</t></r></text>'],
    ];
    for (const [text, ref, want] of cases) {
      const existing = `<comments xmlns="x"><authors><author>allocheck</author></authors><commentList><comment ref="${ref}" authorId="0">${text}</comment></commentList></comments>`;
      const { xml, added } = addComments(existing, [{ row: 6, col: 2, text: "allocheck: mới" }], "\n--\n");
      expect(added).toEqual([]);
      expect(xml).toContain(want);
      expect(xml.match(/allocheck: /g)).toHaveLength(text.includes("Xem allocheck") ? 2 : 1);
    }
  });

  test("VML: a new drawing in a free id block, or shapes added after the existing ones", () => {
    const fresh = addNoteShapes(undefined, [{ row: 3, col: 2 }], 2);
    expect(fresh).toContain('data="2"');
    expect(fresh).toContain('id="_x0000_s2049"');
    expect(fresh).toContain("<x:Row>3</x:Row><x:Column>2</x:Column>");
    const more = addNoteShapes(fresh, [{ row: 0, col: 0 }], 7);
    expect(more).toContain('id="_x0000_s2050"');
    expect(more.match(/id="_x0000_t202"/g)).toHaveLength(1);
  });

  test("legacyDrawing goes after the page setup and before the extension list, or at the end", () => {
    const xml = '<worksheet xmlns:r="r"><sheetData/><pageSetup/><extLst/></worksheet>';
    expect(highlightSheet(xml, [], () => 0, "rId9")).toBe('<worksheet xmlns:r="r"><sheetData/><pageSetup/><legacyDrawing r:id="rId9"/><extLst/></worksheet>');
    expect(highlightSheet('<x:worksheet xmlns:x="m"><x:sheetData></x:sheetData><x:pageMargins/></x:worksheet>', [{ row: 0, col: 0 }], () => 3, "rId2")).toBe(
      '<x:worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1" s="3"/></x:row></x:sheetData><x:pageMargins/><x:legacyDrawing r:id="rId2"/></x:worksheet>',
    );
  });
});

describe("styles", () => {
  const STYLES =
    '<styleSheet xmlns="x"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf></cellXfs></styleSheet>';

  test("new formats are appended with the counts updated; existing ones stay", () => {
    const patch = new StylesPatch(STYLES);
    const fill = patch.addFill('<patternFill patternType="solid"><fgColor rgb="FFF8B4B4"/></patternFill>');
    expect(fill).toBe(2);
    expect(patch.withFill(1, fill)).toBe(2);
    expect(patch.withFill(1, fill)).toBe(2);
    expect(patch.numFmtId('0.0"%"')).toBe(164);
    expect(patch.numFmtId("#,##0")).toBe(3);
    expect(patch.addFont("<b/>")).toBe(1);
    const xml = patch.toXml();
    expect(xml).toContain('<fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts>');
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain('<cellXfs count="3">');
    expect(xml).toContain('<xf numFmtId="3" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"><alignment horizontal="right"/></xf></cellXfs>');
    expect(xml).toMatch(/^<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;%&quot;"\/><\/numFmts><fonts/);
    expect(xml).toContain('<cellStyleXfs count="1">');
  });

  /** One of each kind of item a summary adds, asked for on a patch. */
  function addOneOfEach(patch: StylesPatch): number[] {
    const font = patch.addFont('<b/><sz val="13"/><name val="Calibri"/>');
    const fill = patch.addFill('<patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill>');
    const border = patch.addBorder('<left style="thin"><color rgb="FF8EA9C1"/></left>');
    const numFmt = patch.numFmtId("#,##0.0");
    return [font, fill, border, numFmt, patch.addXf({ numFmtId: numFmt, fontId: font, fillId: fill, borderId: border, xfId: 0 }, '<alignment wrapText="1"/>')];
  }

  test.each([
    ["as written without a prefix", STYLES],
    ["with a namespace prefix on every element", STYLES.replace(/<(\/?)([a-zA-Z])/g, "<$1x:$2").replace('xmlns="x"', 'xmlns:x="x"')],
  ])("items the file holds already (%s) are taken, not added again: a second patch leaves the part as the first wrote it", (_name, styles) => {
    const first = new StylesPatch(styles);
    const indices = addOneOfEach(first);
    const once = first.toXml();
    expect(once).not.toBe(styles);
    const second = new StylesPatch(once);
    expect(addOneOfEach(second)).toEqual(indices);
    expect(second.toXml()).toBe(once);
  });

  test("an item written otherwise than the file's (another attribute order) is added, never mistaken for it", () => {
    const patch = new StylesPatch(STYLES.replace('<border/>', '<border><left style="thin"/></border>'));
    expect(patch.addBorder('<left style="thin"/>')).toBe(0);
    expect(patch.addBorder('<left style="thin"><color rgb="FF000000"/></left>')).toBe(1);
    expect(patch.addFont("<sz val=\"11\"/><b/>")).toBe(1);
  });
});

describe("summary sheet XML", () => {
  test("a boxed cell's lines are drawn in the summary's one box colour, the colour the Office.js writer draws", () => {
    const patch = new StylesPatch('<styleSheet><fonts count="0"></fonts><fills count="0"></fills><borders count="0"></borders><cellXfs count="0"></cellXfs></styleSheet>');
    summarySheetXml(
      {
        name: "Tổng hợp",
        cells: [{ row: 0, col: 0, value: "Xã Ba Trại", boxed: true }],
        merges: [],
        columnWidths: [12],
        frozenRows: 0,
        print: { paper: "A4", orientation: "landscape", fitToWidth: true },
        rowCount: 1,
        columnCount: 1,
      },
      patch,
    );
    const colours = [...patch.toXml().matchAll(/<border>.*?<\/border>/g)].flatMap((b) => [...b[0].matchAll(/rgb="([0-9A-F]{8})"/g)].map((m) => m[1]));
    expect(colours).toEqual(["left", "right", "top", "bottom"].map(() => `FF${BOX_LINE.color.slice(1).toUpperCase()}`));
    expect(BOX_LINE.color).toBe(SUMMARY_BOX_COLOR);
  });

  test("text is inline text (never a formula), formulas keep their cached values", () => {
    const patch = new StylesPatch('<styleSheet><fonts count="0"></fonts><fills count="0"></fills><borders count="0"></borders><cellXfs count="0"></cellXfs></styleSheet>');
    const xml = summarySheetXml(
      {
        name: "Tổng hợp",
        cells: [
          { row: 0, col: 0, value: "=SUM(A1)" },
          { row: 0, col: 1, formula: 'IF(A1="x",NUMBERVALUE("1,5",",","."),0)', value: 1.5 },
          { row: 1, col: 0, value: "C4", link: { sheet: "Phân bổ", cell: "C4" }, style: "link" },
        ],
        merges: [{ top: 2, left: 0, bottom: 2, right: 1 }],
        columnWidths: [8, 10],
        frozenRows: 1,
        print: { paper: "A4", orientation: "landscape", fitToWidth: true },
        rowCount: 3,
        columnCount: 2,
      },
      patch,
    );
    // Format 0 is the default of every cell without one: the summary's first format comes after it.
    expect(xml).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">=SUM(A1)</t></is></c>');
    expect(xml).toContain('<f>IF(A1=&quot;x&quot;,_xlfn.NUMBERVALUE(&quot;1,5&quot;,&quot;,&quot;,&quot;.&quot;),0)</f><v>1.5</v>');
    expect(xml).toContain(`<f>HYPERLINK(&quot;#'Phân bổ'!C4&quot;,&quot;C4&quot;)</f><v>C4</v>`);
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<mergeCell ref="A3:B3"/>');
  });

  test("in pieces: the same bytes as the text, the formats added in the same order, the rows in several pieces", () => {
    const STYLES = '<styleSheet><fonts count="0"></fonts><fills count="0"></fills><borders count="0"></borders><cellXfs count="0"></cellXfs></styleSheet>';
    const styles = ["header", "number", "label", undefined] as const;
    const model = {
      name: "Tổng hợp",
      cells: Array.from({ length: 6000 }, (_, i) => ({
        row: Math.floor(i / 3),
        col: i % 3,
        // Text of two-, three- and four-byte characters (a pair of UTF-16 units: 🌾) in UTF-8.
        value: i % 3 === 1 ? `Xã Tân Lập ${i}${i % 7 === 0 ? " 🌾 ∑" : ""}` : i * 1.5,
        style: styles[i % 4],
        ...(i % 3 === 2 ? { formula: `SUBTOTAL(9,C${i}:C${i + 5})` } : {}),
      })),
      merges: [],
      columnWidths: [8, 44, 12],
      frozenRows: 1,
      print: { paper: "A4" as const, orientation: "landscape" as const, fitToWidth: true },
      rowCount: 2000,
      columnCount: 3,
    };
    const textStyles = new StylesPatch(STYLES);
    const pieceStyles = new StylesPatch(STYLES);
    const xml = summarySheetXml(model, textStyles);
    const { body, tail } = summarySheetPieces(model, pieceStyles);
    expect(Buffer.concat([...body, Buffer.from(tail, "utf8")]).equals(Buffer.from(xml, "utf8"))).toBe(true);
    expect(pieceStyles.toXml()).toBe(textStyles.toXml());
    expect(body.length).toBeGreaterThan(2);
    expect(tail.startsWith("</sheetData>")).toBe(true);
  });

  test("a boxed cell has a thin border all round, text and blank alike; a cell not boxed has none", () => {
    const patch = new StylesPatch('<styleSheet><fonts count="0"></fonts><fills count="0"></fills><borders count="0"></borders><cellXfs count="0"></cellXfs></styleSheet>');
    const xml = summarySheetXml(
      {
        name: "Tổng hợp",
        cells: [
          { row: 0, col: 0, value: "Xã Một", boxed: true },
          { row: 0, col: 1, value: null, boxed: true },
          { row: 1, col: 0, value: "Ghi chú", style: "note" },
        ],
        merges: [],
        columnWidths: [8, 10],
        frozenRows: 0,
        print: { paper: "A4", orientation: "landscape", fitToWidth: true },
        rowCount: 2,
        columnCount: 2,
      },
      patch,
    );
    const styles = patch.toXml();
    const xfs = [...styles.matchAll(/<xf [^>]*?borderId="(\d+)"/g)].map((m) => Number(m[1]));
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)![1]);
    // cellXfs lists the default first: index s is the (s+1)-th xf after the cell style xfs, if any.
    const cellXfs = styles.slice(styles.indexOf("<cellXfs"));
    const borderOf = (s: number) => Number([...cellXfs.matchAll(/<xf [^>]*?borderId="(\d+)"/g)][s][1]);
    expect(xfs.length).toBeGreaterThan(0);
    expect(borderOf(styleOf("A1"))).toBeGreaterThan(0);
    expect(borderOf(styleOf("B1"))).toBe(borderOf(styleOf("A1")));
    expect(borderOf(styleOf("A2"))).toBe(0);
    expect(styles).toMatch(/<border><left style="thin">/);
  });

  test("control characters and literal _xHHHH_ survive", () => {
    expect(cellTextXml("a\u0001b _x0041_ <&>")).toBe("a_x0001_b _x005F_x0041_ &lt;&amp;&gt;");
  });
});
