#!/usr/bin/env node
/**
 * Writes a Word plan into test/extract/corpus (`rt4-*.docx`), made as a provincial Women's Union office makes it: its
 * targets in a table whose `Nội dung` cells are numbered by Word's list numbering (`1.`, `a)`, no STT column), note marks
 * set as superscript runs (`tổ¹`, `đồng²`) with the notes typed at the end, a measure in superscript (`m²`), and a
 * budget split by source.
 *
 *   node test/extract/corpus-src/make-docx-red-team-4.js [out-dir]
 */
"use strict";
const path = require("path");
const { b, p } = require("./docxWriter");
const { letterHead: head, h1, h2, para, plain, writeDocxWith, cell, textCell: text, numberedCell: numbered, tableRow: row, grid } = require("./docxParts");

const out = process.argv[2] ?? path.join(__dirname, "../corpus");

const sup = (t) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
const runs = (...parts) => para("", { extra: parts.map((x) => (x.startsWith("<w:r>") ? x : plain(x))).join("") });

const body = [
  head("HỘI LHPN VIỆT NAM\nHỘI LHPN TỈNH LÀO CAI", "Lào Cai", "64/KH-HPN", "ngày 09 tháng 02 năm 2026"),
  b("KẾ HOẠCH"),
  b("Thực hiện Dự án 8 năm 2026"),
  h1("MỤC ĐÍCH, YÊU CẦU"),
  p("Triển khai đồng bộ các hoạt động của Dự án 8 tại các huyện, thị xã, thành phố."),
  h1("CHỈ TIÊU"),
  grid(
    3,
    row(text("Nội dung"), text("Đơn vị tính"), text("Số lượng")),
    row(numbered("Truyền thông thay đổi nếp nghĩ, cách làm"), text(""), text("")),
    row(cell(para("", { num: { id: 3, lvl: 1 }, extra: plain("Thành lập mới tổ truyền thông cộng đồng") + sup("1") })), text("Tổ"), text("20")),
    row(numbered("Duy trì địa chỉ tin cậy tại cộng đồng", 1), text("Địa chỉ"), text("45")),
    row(numbered("Xây dựng, nhân rộng mô hình"), text(""), text("")),
    row(numbered("Thành lập câu lạc bộ Thủ lĩnh của sự thay đổi", 1), text("CLB"), text("15")),
    row(numbered("Xây dựng nhà sinh hoạt cộng đồng kiểu mẫu", 1), text("m2"), text("")),
  ),
  runs("Xây dựng 01 nhà sinh hoạt cộng đồng kiểu mẫu diện tích 120 m", sup("2"), " tại xã Bản Lầu."),
  h1("KINH PHÍ"),
  runs("Tổng kinh phí: 3.150 triệu đồng", sup("2"), ", trong đó:"),
  para("- Ngân sách trung ương: 2.800 triệu đồng;"),
  para("- Ngân sách tỉnh đối ứng: 350 triệu đồng."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Ban Xã hội - Gia đình Hội LHPN tỉnh là đầu mối theo dõi, tổng hợp."),
  h2("Hội LHPN các huyện, thị xã, thành phố"),
  p("Xây dựng kế hoạch, báo cáo kết quả trước ngày 10/12/2026."),
  runs(sup("1"), " Năm 2025 toàn tỉnh đã có 164 tổ truyền thông cộng đồng."),
  runs(sup("2"), " Gồm 450 triệu đồng kinh phí năm 2025 chuyển nguồn sang."),
].join("");

writeDocxWith(body, path.join(out, "rt4-hoi-phu-nu-tinh-word-mu-o-danh-so.docx"), "2026-02-09T00:00:00Z").catch((e) => {
  console.error(e);
  process.exit(1);
});
