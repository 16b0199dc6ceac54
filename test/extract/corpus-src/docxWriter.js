"use strict";
/**
 * What the corpus's .docx scripts share: Word's paragraph and table XML
 * (line breaks as <w:br/>, merged cells as w:gridSpan / w:vMerge) and the
 * package written by JSZip with a fixed date, so that a file is
 * byte-identical from run to run.
 */
const fs = require("fs");
const JSZip = require("jszip");

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const run = (text, bold) =>
  text
    .split("\n")
    .map((part, i) => `${i > 0 ? "<w:r><w:br/></w:r>" : ""}<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${esc(part)}</w:t></w:r>`)
    .join("");
const p = (text, bold = false) => `<w:p>${run(text, bold)}</w:p>`;
const b = (text) => p(text, true);

/** rows of cells: a string, or { text, span: n } (gridSpan), or { text, vmerge: "restart" | "continue" }; `width` of a column in twips. */
function table(rows, borders = true, width = 1800) {
  const border = borders
    ? '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
    : "";
  const cols = Math.max(...rows.map((r) => r.reduce((n, c) => n + (typeof c === "object" && c.span ? c.span : 1), 0)));
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(cols)}</w:tblGrid>`;
  const cell = (c) => {
    const o = typeof c === "string" ? { text: c } : c;
    const pr = `${o.span ? `<w:gridSpan w:val="${o.span}"/>` : ""}${o.vmerge === "restart" ? '<w:vMerge w:val="restart"/>' : o.vmerge === "continue" ? "<w:vMerge/>" : ""}`;
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${pr}</w:tcPr>${p(o.text ?? "", o.bold)}</w:tc>`;
  };
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${border}</w:tblPr>${grid}${rows.map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`;
}

/** Writes a document of `body` (paragraphs and tables) to `out`, its parts dated `date`. */
function writeDocx(body, out, date) {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  for (const f of Object.values(zip.files)) f.date = new Date(date);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }).then((buf) => fs.writeFileSync(out, buf));
}

module.exports = { esc, run, p, b, table, writeDocx };
