import { parseSheetXml } from "../../../src/adapters/xlsx/sheetXml";
import { parseStyleFormats } from "../../../src/adapters/xlsx/styles";
import { XmlError } from "../../../src/adapters/xlsx/xml";

const sheet = (data: string, after = "") => `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="m"><sheetData>${data}</sheetData>${after}</worksheet>`;

describe("parseSheetXml", () => {
  test("references with $ or lower case, cells and rows without references", () => {
    const xml = sheet('<row r="2"><c r="$B$2"><v>1</v></c><c><v>2</v></c><c r="d2"><v>4</v></c></row><row><c><v>5</v></c></row>');
    expect(parseSheetXml("S", xml, [], false).values).toEqual([[], [null, 1, 2, 4], [5]]);
  });

  test("value types: shared, inline with rich text and phonetic runs, str, bool, error, entities and CDATA", () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>1</v></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>Xã </t></r><r><t>A &amp; B</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></is></c>' +
        '<c r="C1" t="str"><f>A1&amp;"x"</f><v>a_x000D_b</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#DIV/0!</v></c>' +
        "<c r=\"F1\" t=\"str\"><v><![CDATA[<ok>]]></v></c><c r=\"G1\" s=\"3\"/></row>",
    );
    const data = parseSheetXml("S", xml, ["không", "một"], false);
    expect(data.values).toEqual([["một", "Xã A & B", "a\rb", true, { error: "#DIV/0!" }, "<ok>"]]);
    expect(data.formulas).toEqual([[null, null, 'A1&"x"']]);
  });

  test("shared formulas are moved to each cell; _xlfn. prefixes go; merges are read", () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">_xlfn.NUMBERVALUE(B1)</f><v>1</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"></f></c></row>',
      '<mergeCells count="1"><mergeCell ref="B1:C2"/></mergeCells>',
    );
    const data = parseSheetXml("S", xml, [], false);
    expect(data.formulas).toEqual([["NUMBERVALUE(B1)"], ["NUMBERVALUE(B2)"], ["NUMBERVALUE(B3)"]]);
    expect(data.values).toEqual([[1], [2], [null]]);
    expect(data.merges).toEqual([{ top: 0, left: 1, bottom: 1, right: 2 }]);
  });

  test("formulas inside the extension list are not cells", () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<extLst><ext><x14:dataValidations xmlns:x14="x"><x14:dataValidation><x14:formula1><xm:f xmlns:xm="y">A1</xm:f></x14:formula1></x14:dataValidation></x14:dataValidations></ext></extLst>');
    const data = parseSheetXml("S", xml, [], false);
    expect(data.values).toEqual([[1]]);
    expect(data.formulas).toBeUndefined();
  });

  test("number formats of the cell styles, from the cellXfs only", () => {
    const styles =
      '<styleSheet xmlns="m"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;%&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"><alignment/></xf><xf numFmtId="10"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="other"/></dxf></dxfs></styleSheet>';
    const formats = parseStyleFormats(styles);
    expect(formats).toEqual([null, '0.0"%"', "0.00%"]);
    const data = parseSheetXml("S", sheet('<row r="1"><c r="A1" s="1"><v>5</v></c><c r="B1" s="2"><v>0.5</v></c></row>'), [], false, formats);
    expect(data.numberFormats).toEqual([['0.0"%"', "0.00%"]]);
  });

  test("a number cell reads only decimal numbers: 0x10, 0b1, 1E400 and NaN stay the text they are", () => {
    const cells = ["0x10", "0b1", "0o7", " 1.5E2 ", "-0", "1E400", "NaN", "Infinity"].map((v, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${v}</v></c>`).join("");
    const values = parseSheetXml("S", sheet(`<row r="1">${cells}</row>`), [], false).values[0];
    expect(values).toEqual(["0x10", "0b1", "0o7", 150, -0, "1E400", "NaN", "Infinity"]);
  });

  test("a sheet that is not well-formed XML is an XmlError", () => {
    expect(() => parseSheetXml("S", '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>', [], false)).toThrow(XmlError);
  });
});
