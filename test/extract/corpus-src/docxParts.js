"use strict";
/**
 * More of Word's package for the corpus's .docx scripts than docxWriter.js writes: automatic numbering
 * (word/numbering.xml — the numbers are not in the text), footnotes (word/footnotes.xml), text boxes (VML
 * `w:pict` and DrawingML `mc:AlternateContent` with its fallback) and tracked changes (`w:ins`, `w:del`).
 * Files are written by JSZip with a fixed date, so that they are byte-identical from run to run.
 */
const fs = require("fs");
const JSZip = require("jszip");
const { esc, run, table } = require("./docxWriter");

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS = `xmlns:w="${W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="wps"`;

/** Numbering definitions: 1 headings `I.` / `1.` / `1.1.`, 2 bullets `-`, 3 a decimal list `1.`, 4 letters `a)`, 5 bullets `+`. */
const NUMBERING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
  '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>' +
  "</w:numbering>";

/** A paragraph of runs (`text` may hold `\n` for line breaks); `num` = { id, lvl } puts it in a numbered list; `extra` is more run XML at its end. */
function para(text, { num, bold = false, extra = "", center = false } = {}) {
  const pr = num || center ? `<w:pPr>${num ? `<w:numPr><w:ilvl w:val="${num.lvl ?? 0}"/><w:numId w:val="${num.id}"/></w:numPr>` : ""}${center ? '<w:jc w:val="center"/>' : ""}</w:pPr>` : "";
  return `<w:p>${pr}${text ? run(text, bold) : ""}${extra}</w:p>`;
}
const h1 = (t) => para(t, { num: { id: 1, lvl: 0 }, bold: true });
const h2 = (t) => para(t, { num: { id: 1, lvl: 1 }, bold: true });
const h3 = (t) => para(t, { num: { id: 1, lvl: 2 } });
const bullet = (t, lvl = 0) => para(t, { num: { id: 2, lvl } });
const item = (t, lvl = 0) => para(t, { num: { id: 3, lvl } });
const letter = (t) => para(t, { num: { id: 4, lvl: 0 } });

/** A run referring to footnote `id`. */
const footnoteRef = (id) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;

/** A text box holding `paragraphs` (XML), as Word 2003 (VML) or Word 2010+ (DrawingML with a VML fallback) writes it. */
function textBox(paragraphs, modern = false) {
  const vml = `<w:pict><v:shape style="width:200pt;height:60pt"><v:textbox><w:txbxContent>${paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict>`;
  if (!modern) return `<w:r>${vml}</w:r>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="2540000" cy="762000"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${paragraphs}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`;
}

/** Tracked changes: `del` struck out, `ins` put in its place (by `author`). */
const deleted = (text) => `<w:del w:id="90" w:author="Phòng TCKH" w:date="2026-03-01T00:00:00Z"><w:r><w:delText xml:space="preserve">${esc(text)}</w:delText></w:r></w:del>`;
const inserted = (text) => `<w:ins w:id="91" w:author="Phòng TCKH" w:date="2026-03-01T00:00:00Z"><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:ins>`;
const plain = (text) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/** Writes `body` with numbering and `footnotes` (id → text) to `out`, its parts dated `date`. */
function writeDocxWith(body, out, date, footnotes = {}) {
  return docxWith(body, date, footnotes).then((buf) => fs.writeFileSync(out, buf));
}

/** The package of `body` with numbering and `footnotes`, as a Buffer (for tests that read a document they make). */
function docxWith(body, date = "2026-01-01T00:00:00Z", footnotes = {}) {
  const zip = new JSZip();
  const hasNotes = Object.keys(footnotes).length > 0;
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
      (hasNotes ? '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' : "") +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/_rels/document.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
      (hasNotes ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' : "") +
      "</Relationships>",
  );
  zip.file("word/numbering.xml", NUMBERING);
  if (hasNotes) {
    const notes = Object.entries(footnotes)
      .map(([id, text]) => `<w:footnote w:id="${id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>${plain(` ${text}`)}</w:p></w:footnote>`)
      .join("");
    zip.file(
      "word/footnotes.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes}</w:footnotes>`,
    );
  }
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}<w:sectPr/></w:body></w:document>`);
  for (const f of Object.values(zip.files)) f.date = new Date(date);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The letter's head as offices write it: a borderless two-column table, the issuer and the motto, the number and the place and date. */
const letterHead = (issuer, place, number, date) =>
  table(
    [
      [issuer, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
      [`Số: ${number}`, `${place}, ${date}`],
    ],
    false,
    4500,
  );

/** A table cell `CELL_WIDTH` twips wide holding `inner` (paragraphs); Word lists number its `para`s as the document's. */
const CELL_WIDTH = 2000;
const cell = (inner) => `<w:tc><w:tcPr><w:tcW w:w="${CELL_WIDTH}" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
const textCell = (t) => cell(para(t));
/** A cell numbered by list 3 (level 0 `1.`, level 1 `a)`), the number in no text. */
const numberedCell = (t, lvl = 0) => cell(para(t, { num: { id: 3, lvl } }));
const tableRow = (...cells) => `<w:tr>${cells.join("")}</w:tr>`;
/** A bordered table of `cols` columns of `CELL_WIDTH`. */
const grid = (cols, ...rows) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>${`<w:gridCol w:w="${CELL_WIDTH}"/>`.repeat(cols)}</w:tblGrid>${rows.join("")}</w:tbl>`;

module.exports = { letterHead, para, h1, h2, h3, bullet, item, letter, footnoteRef, textBox, deleted, inserted, plain, writeDocxWith, docxWith, cell, textCell, numberedCell, tableRow, grid };
