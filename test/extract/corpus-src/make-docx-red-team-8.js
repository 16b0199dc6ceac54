#!/usr/bin/env node
/**
 * Writes a Word plan into test/extract/corpus (`rt8-*.docx`), made as a district culture office makes it for the
 * prevention of domestic violence: targets in a bulleted list numbered by Word (`-` in no text) with `Giảm ít nhất
 * 10% …`, `100% …`, `Mỗi xã, thị trấn duy trì 01 …` over the 9 communes and the town listed in a table, and the budget
 * in a Word table in nghìn đồng (its unit in a line above), `Tổng cộng` last, the sources in columns.
 *
 *   node test/extract/corpus-src/make-docx-red-team-8.js [out-dir]
 */
"use strict";
const path = require("path");
const { b, p, table } = require("./docxWriter");
const { letterHead: head, h1, h2, bullet, writeDocxWith } = require("./docxParts");

const out = process.argv[2] ?? path.join(__dirname, "../corpus");

const body = [
  head("ỦY BAN NHÂN DÂN\nHUYỆN YÊN SƠN\nPHÒNG VĂN HÓA VÀ THÔNG TIN", "Yên Sơn", "09/KH-PVHTT", "ngày 24 tháng 01 năm 2025"),
  b("KẾ HOẠCH"),
  b("Công tác phòng, chống bạo lực gia đình năm 2025"),
  h1("MỤC ĐÍCH, YÊU CẦU"),
  p("Nâng cao nhận thức, trách nhiệm của các cấp, các ngành và của mỗi gia đình trong công tác phòng, chống bạo lực gia đình; kịp thời phát hiện, ngăn chặn, xử lý các hành vi bạo lực gia đình."),
  h1("CHỈ TIÊU"),
  bullet("Giảm ít nhất 10% số vụ bạo lực gia đình so với năm 2024."),
  bullet("100% nạn nhân bạo lực gia đình được phát hiện được hỗ trợ, can thiệp kịp thời."),
  bullet("Mỗi xã, thị trấn duy trì 01 địa chỉ tin cậy tại cộng đồng; toàn huyện 10 địa chỉ tin cậy."),
  bullet("Tổ chức 20 buổi tuyên truyền về phòng, chống bạo lực gia đình cho hội viên, nhân dân."),
  bullet("Ít nhất 90% người gây bạo lực gia đình được góp ý, phê bình tại cộng đồng dân cư."),
  h2("Địa bàn thực hiện"),
  table([
    ["STT", "Xã, thị trấn"],
    ["1", "Thị trấn Yên Sơn"],
    ["2", "Xã Chân Sơn"],
    ["3", "Xã Lang Quán"],
    ["4", "Xã Tứ Quận"],
    ["5", "Xã Chiêu Yên"],
    ["6", "Xã Phúc Ninh"],
    ["7", "Xã Lực Hành"],
    ["8", "Xã Quý Quân"],
    ["9", "Xã Xuân Vân"],
    ["10", "Xã Trung Trực"],
  ]),
  h1("KINH PHÍ"),
  p("Đơn vị tính: nghìn đồng"),
  table([
    ["STT", "Nội dung", "Tổng kinh phí", "Ngân sách huyện", "Ngân sách xã"],
    ["1", "Tuyên truyền phòng, chống bạo lực gia đình", "60.000", "40.000", "20.000"],
    ["2", "Duy trì địa chỉ tin cậy tại cộng đồng", "50.000", "30.000", "20.000"],
    ["3", "Tập huấn cho người làm công tác gia đình", "35.500", "35.500", "0"],
    ["", "Tổng cộng", "145.500", "105.500", "40.000"],
  ]),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Phòng Văn hóa và Thông tin chủ trì, hướng dẫn, kiểm tra; UBND các xã, thị trấn triển khai và báo cáo kết quả trước ngày 05/12/2025."),
  b("TRƯỞNG PHÒNG"),
].join("");

writeDocxWith(body, path.join(out, "rt8-phong-vhtt-huyen-blgd-bang-nghin-dong.docx"), "2025-01-24T00:00:00Z").catch((e) => {
  console.error(e);
  process.exit(1);
});
