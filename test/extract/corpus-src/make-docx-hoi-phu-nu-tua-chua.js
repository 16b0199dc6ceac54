#!/usr/bin/env node
/**
 * Writes test/extract/corpus/hoi-phu-nu-huyen-tua-chua.docx, a district Hội
 * LHPN plan for 2025 as a Word document: the header block in a borderless
 * table, a targets table with one value column `Năm 2025` and a note column
 * (`Mỗi xã 01 tổ`), communes after `10 xã:`, a budget table in triệu đồng with
 * `,` decimals by purpose and source and a `Tổng cộng` row.
 *
 *   node test/extract/corpus-src/make-docx-hoi-phu-nu-tua-chua.js
 */
"use strict";
const path = require("path");
const { b, p, table, writeDocx } = require("./docxWriter");
const body = [
  table([["HỘI LHPN TỈNH ĐIỆN BIÊN\nBAN THƯỜNG VỤ HỘI LHPN HUYỆN TỦA CHÙA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"], ["Số: 72-KH/HPN", "Tủa Chùa, ngày 08 tháng 01 năm 2025"]], false),
  b("KẾ HOẠCH"),
  b("Thực hiện Dự án 8 trên địa bàn huyện Tủa Chùa năm 2025"),
  b("I. MỤC ĐÍCH, YÊU CẦU"),
  p("Triển khai đồng bộ các nội dung Dự án 8 năm 2025, bảo đảm đúng đối tượng, hiệu quả."),
  b("II. CHỈ TIÊU"),
  table([
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Ghi chú"],
    ["1", "Tổ truyền thông cộng đồng thành lập mới", "Tổ", "10", "Mỗi xã 01 tổ"],
    ["2", "Địa chỉ tin cậy duy trì hoạt động", "Địa chỉ", "12", ""],
    ["3", "Câu lạc bộ Thủ lĩnh của sự thay đổi thành lập mới", "CLB", "05", ""],
    ["4", "Tỷ lệ cán bộ Hội cơ sở được tập huấn", "%", "90", ""],
  ]),
  b("III. ĐỊA BÀN"),
  p("10 xã: Sín Chải, Tả Sìn Thàng, Lao Xả Phình, Tả Phìn, Sính Phình, Trung Thu, Lao Xa Phình, Huổi Só, Xá Nhè, Mường Đun."),
  b("IV. KINH PHÍ"),
  p("Đơn vị tính: triệu đồng"),
  table([
    ["TT", "Nội dung", "Tổng", "Ngân sách trung ương", "Ngân sách địa phương"],
    ["1", "Tổ truyền thông cộng đồng", "350,5", "320", "30,5"],
    ["2", "Địa chỉ tin cậy", "240", "220", "20"],
    ["3", "Câu lạc bộ Thủ lĩnh của sự thay đổi", "150", "140", "10"],
    ["", "Tổng cộng", "740,5", "680", "60,5"],
  ]),
  b("V. TỔ CHỨC THỰC HIỆN"),
  p("Ban Thường vụ Hội LHPN huyện giao Ban Gia đình - Xã hội tham mưu triển khai."),
].join("");
writeDocx(body, path.join(__dirname, "../corpus/hoi-phu-nu-huyen-tua-chua.docx"), "2025-01-08T00:00:00Z");
