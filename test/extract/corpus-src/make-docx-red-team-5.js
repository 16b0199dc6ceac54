#!/usr/bin/env node
/**
 * Writes a Word plan into test/extract/corpus (`rt5-*.docx`), made as a district office makes it: its targets in a
 * table whose `Nội dung` cells are numbered by Word's list (`1.`, then `a)`, `b)` under it, `2.` with its own `a)`,
 * `b)`), the numbers in no text; and the budget by source in running text.
 *
 *   node test/extract/corpus-src/make-docx-red-team-5.js [out-dir]
 */
"use strict";
const path = require("path");
const { b, p } = require("./docxWriter");
const { letterHead: head, h1, para, writeDocxWith, textCell: text, numberedCell: numbered, tableRow: row, grid } = require("./docxParts");

const out = process.argv[2] ?? path.join(__dirname, "../corpus");


const body = [
  head("ỦY BAN NHÂN DÂN\nHUYỆN BẢO LẠC", "Bảo Lạc", "37/KH-UBND", "ngày 20 tháng 01 năm 2026"),
  b("KẾ HOẠCH"),
  b("Thực hiện Tiểu dự án 3, Dự án 5 về nâng cao năng lực cho cộng đồng năm 2026"),
  h1("MỤC ĐÍCH, YÊU CẦU"),
  p("Nâng cao năng lực cho cán bộ cơ sở và người dân trên địa bàn huyện."),
  h1("CHỈ TIÊU"),
  grid(
    3,
    row(text("Nội dung"), text("Đơn vị tính"), text("Số lượng")),
    row(numbered("Bồi dưỡng, tập huấn cán bộ"), text(""), text("")),
    row(numbered("Mở lớp tập huấn cán bộ cấp xã", 1), text("Lớp"), text("06")),
    row(numbered("Học viên được tập huấn", 1), text("Người"), text("240")),
    row(numbered("Truyền thông, phổ biến kiến thức"), text(""), text("")),
    row(numbered("Tổ chức hội nghị truyền thông tại thôn, bản", 1), text("Hội nghị"), text("18")),
    row(numbered("Phát hành tờ rơi song ngữ", 1), text("Tờ"), text("3.000")),
  ),
  h1("KINH PHÍ"),
  p("Tổng kinh phí thực hiện: 1.240 triệu đồng, trong đó:"),
  para("- Ngân sách trung ương: 1.100 triệu đồng;"),
  para("- Ngân sách huyện đối ứng: 140 triệu đồng."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Phòng Dân tộc huyện chủ trì, phối hợp với UBND các xã tổ chức thực hiện."),
].join("");

writeDocxWith(body, path.join(out, "rt5-chi-tieu-chu-cai-duoi-hai-muc.docx"), "2026-01-20T00:00:00Z").catch((e) => {
  console.error(e);
  process.exit(1);
});
