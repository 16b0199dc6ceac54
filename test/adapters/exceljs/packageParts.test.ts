import { addComments, addLegacyDrawing, addNoteShapes, restyleCells } from "../../../src/adapters/exceljs/highlightXml";
import { StylesPatch } from "../../../src/adapters/exceljs/stylesPatch";
import { cellTextXml, summarySheetXml } from "../../../src/adapters/exceljs/summaryXml";
import { crc32, deflatedEntry, openZip, writeZip } from "../../../src/adapters/exceljs/zip";

describe("zip", () => {
  test("CRC-32 of the standard check string", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  test("a written zip reads back, stored entries copied as they are", () => {
    const text = "Tổng hợp ".repeat(1000);
    const first = writeZip([
      ["a.xml", deflatedEntry(text)],
      ["dir/b.txt", deflatedEntry("b")],
    ]);
    const zip = openZip(first);
    expect(zip.names).toEqual(["a.xml", "dir/b.txt"]);
    expect(zip.text("a.xml")).toBe(text);
    const copy = openZip(writeZip([["a.xml", zip.raw("a.xml")!]]));
    expect(copy.text("a.xml")).toBe(text);
    expect(copy.raw("a.xml")!.crc32).toBe(crc32(Buffer.from(text, "utf8")));
  });
});

const SHEET = (rows: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}</sheetData><pageMargins/></worksheet>`;

describe("restyleCells", () => {
  const style = (current: number) => 100 + current;

  test("an existing cell gets a format derived from its own; others are untouched", () => {
    const xml = SHEET('<row r="1" spans="1:3"><c r="A1" s="2"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1" s="2"><v>3</v></c></row>');
    expect(restyleCells(xml, [{ row: 0, col: 0 }, { row: 0, col: 1 }], style)).toBe(
      SHEET('<row r="1"><c r="A1" s="102"><v>1</v></c><c s="100" r="B1"><v>2</v></c><c r="C1" s="2"><v>3</v></c></row>'),
    );
  });

  test("missing cells and rows are added in order", () => {
    const xml = SHEET('<row r="2"><c r="B2"><v>1</v></c></row><row r="5"/>');
    expect(restyleCells(xml, [{ row: 1, col: 0 }, { row: 1, col: 3 }, { row: 0, col: 2 }, { row: 4, col: 1 }, { row: 9, col: 0 }], style)).toBe(
      SHEET(
        '<row r="1"><c r="C1" s="100"/></row><row r="2"><c r="A2" s="100"/><c r="B2"><v>1</v></c><c r="D2" s="100"/></row>' +
          '<row r="5"><c r="B5" s="100"/></row><row r="10"><c r="A10" s="100"/></row>',
      ),
    );
  });

  test("an empty sheet and prefixed tags", () => {
    expect(restyleCells("<worksheet><sheetData/></worksheet>", [{ row: 0, col: 0 }], style)).toBe('<worksheet><sheetData><row r="1"><c r="A1" s="100"/></row></sheetData></worksheet>');
    expect(restyleCells('<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1" s="1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>', [{ row: 0, col: 0 }, { row: 0, col: 1 }], style)).toBe(
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

  test("VML: a new drawing in a free id block, or shapes added after the existing ones", () => {
    const fresh = addNoteShapes(undefined, [{ row: 3, col: 2 }], 2);
    expect(fresh).toContain('data="2"');
    expect(fresh).toContain('id="_x0000_s2049"');
    expect(fresh).toContain("<x:Row>3</x:Row><x:Column>2</x:Column>");
    const more = addNoteShapes(fresh, [{ row: 0, col: 0 }], 7);
    expect(more).toContain('id="_x0000_s2050"');
    expect(more.match(/id="_x0000_t202"/g)).toHaveLength(1);
  });

  test("legacyDrawing goes after the page setup and before the extension list", () => {
    const xml = '<worksheet xmlns:r="r"><sheetData/><pageSetup/><extLst/></worksheet>';
    expect(addLegacyDrawing(xml, "rId9")).toBe('<worksheet xmlns:r="r"><sheetData/><pageSetup/><legacyDrawing r:id="rId9"/><extLst/></worksheet>');
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
    const xml = patch.toXml();
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain('<cellXfs count="3">');
    expect(xml).toContain('<xf numFmtId="3" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"><alignment horizontal="right"/></xf></cellXfs>');
    expect(xml).toMatch(/^<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;%&quot;"\/><\/numFmts><fonts/);
    expect(xml).toContain('<cellStyleXfs count="1">');
  });
});

describe("summary sheet XML", () => {
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
    expect(xml).toContain('<c r="A1" s="0" t="inlineStr"><is><t xml:space="preserve">=SUM(A1)</t></is></c>');
    expect(xml).toContain('<f>IF(A1=&quot;x&quot;,_xlfn.NUMBERVALUE(&quot;1,5&quot;,&quot;,&quot;,&quot;.&quot;),0)</f><v>1.5</v>');
    expect(xml).toContain(`<f>HYPERLINK(&quot;#'Phân bổ'!C4&quot;,&quot;C4&quot;)</f><v>C4</v>`);
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<mergeCell ref="A3:B3"/>');
  });

  test("control characters and literal _xHHHH_ survive", () => {
    expect(cellTextXml("a\u0001b _x0041_ <&>")).toBe("a_x0001_b _x005F_x0041_ &lt;&amp;&gt;");
  });
});
