#!/usr/bin/env node
/**
 * Writes test/extract/corpus/hoi-phu-nu-tinh-lao-cai.docx, a Hội LHPN tỉnh
 * plan as Word writes it with automatic numbering (word/numbering.xml): the
 * headings `I.`, `II.` and their parts `1.`, `2.` are list levels, not typed
 * text, and the targets are bullets; a table of targets by year with a
 * whole-period column; a budget sentence in `tỷ … triệu đồng`. JSZip writes
 * the package, as in make-docx.js.
 *
 *   node test/extract/corpus-src/make-docx-hoi-phu-nu-lao-cai.js
 */
"use strict";
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** A paragraph; `num` puts it in a numbered list: { id: 1 (headings I., 1.) | 2 (bullets), lvl }. */
const p = (text, num) =>
  `<w:p>${num ? `<w:pPr><w:numPr><w:ilvl w:val="${num.lvl}"/><w:numId w:val="${num.id}"/></w:numPr></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const h1 = (t) => p(t, { id: 1, lvl: 0 });
const h2 = (t) => p(t, { id: 1, lvl: 1 });
const li = (t) => p(t, { id: 2, lvl: 0 });
const cell = (t) => `<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/></w:tcPr>${p(t)}</w:tc>`;
const table = (rows) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1200"/>'.repeat(rows[0].length)}</w:tblGrid>${rows
    .map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`)
    .join("")}</w:tbl>`;

const body = [
  p("HỘI LHPN TỈNH LÀO CAI"),
  p("BAN THƯỜNG VỤ"),
  p("Số: 214-KH/HPN"),
  p("Lào Cai, ngày 16 tháng 01 năm 2026"),
  p("KẾ HOẠCH"),
  p("Hội LHPN tỉnh tham gia thực hiện Dự án 8 giai đoạn 2026 - 2030"),
  h1("MỤC ĐÍCH, YÊU CẦU"),
  p("Phát huy vai trò của tổ chức Hội trong thực hiện bình đẳng giới vùng đồng bào dân tộc thiểu số."),
  h1("MỤC TIÊU, CHỈ TIÊU"),
  h2("Mục tiêu chung"),
  p("Góp phần xóa bỏ định kiến giới, nâng cao vị thế của phụ nữ."),
  h2("Chỉ tiêu cụ thể"),
  li("Thành lập mới 120 tổ truyền thông cộng đồng; duy trì ít nhất 180 tổ hiện có."),
  li("Phấn đấu 100% cơ sở Hội vùng dự án tổ chức đối thoại chính sách ít nhất 01 lần/năm."),
  li("Hỗ trợ từ 60 đến 80 tổ nhóm sinh kế, tổ hợp tác do phụ nữ làm chủ."),
  li("Tối thiểu 70% nạn nhân bạo lực gia đình được hỗ trợ, can thiệp kịp thời."),
  p("Chỉ tiêu phân theo năm:"),
  table([
    ["TT", "Chỉ tiêu", "ĐVT", "2026", "2027", "2028", "2029", "2030", "Cả giai đoạn"],
    ["1", "Tổ truyền thông cộng đồng thành lập mới", "Tổ", "30", "30", "30", "15", "15", "120"],
    ["2", "Địa chỉ tin cậy tại cộng đồng", "Địa chỉ", "20", "20", "20", "20", "20", "100"],
  ]),
  h1("KINH PHÍ"),
  p("Tổng kinh phí: 9 tỷ 600 triệu đồng, trong đó: ngân sách trung ương 8,4 tỷ đồng; ngân sách tỉnh 1 tỷ 200 triệu đồng."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Ban Gia đình - Xã hội chủ trì tham mưu; Hội LHPN các huyện, thị xã, thành phố báo cáo trước ngày 15/12 hằng năm."),
  p("TM. BAN THƯỜNG VỤ"),
  p("CHỦ TỊCH"),
].join("");

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const numbering =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
const zip = new JSZip();
zip.file(
  "[Content_Types].xml",
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
);
zip.file(
  "_rels/.rels",
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);
zip.file(
  "word/_rels/document.xml.rels",
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
);
zip.file("word/numbering.xml", numbering);
zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`);
const out = process.argv[2] ?? path.join(__dirname, "../corpus/hoi-phu-nu-tinh-lao-cai.docx");
// A fixed date keeps the file byte-identical from run to run.
for (const f of Object.values(zip.files)) f.date = new Date("2026-01-16T00:00:00Z");
zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }).then((buf) => fs.writeFileSync(out, buf));
