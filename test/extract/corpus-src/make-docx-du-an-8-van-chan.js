#!/usr/bin/env node
/**
 * Writes test/extract/corpus/du-an-8-huyen-van-chan-theo-nam.docx: a district's Dự án 8 plan for 2023 - 2025 as a
 * Word document: a target table whose header runs over two rows (`Chia ra các năm` merged over `2023 | 2024 | 2025`,
 * no total column), a task whose `Chỉ tiêu` is per commune and per year, and a budget by source and year.
 *
 *   node test/extract/corpus-src/make-docx-du-an-8-van-chan.js
 */
"use strict";
const path = require("path");
const { b, p, table, writeDocx } = require("./docxWriter");

const body = [
  table(
    [
      ["ỦY BAN NHÂN DÂN\nHUYỆN VĂN CHẤN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
      ["Số: 133/KH-UBND", "Văn Chấn, ngày 21 tháng 3 năm 2023"],
    ],
    false,
  ),
  b("KẾ HOẠCH"),
  b("Thực hiện Dự án 8 giai đoạn 2023 - 2025 trên địa bàn huyện Văn Chấn"),
  b("I. MỤC ĐÍCH, YÊU CẦU"),
  p("Triển khai đồng bộ các nội dung của Dự án 8 tại các xã vùng đồng bào dân tộc thiểu số."),
  b("II. CHỈ TIÊU"),
  table([
    [{ text: "TT", vmerge: "restart" }, { text: "Chỉ tiêu", vmerge: "restart" }, { text: "ĐVT", vmerge: "restart" }, { text: "Chia ra các năm", span: 3 }],
    [{ text: "", vmerge: "continue" }, { text: "", vmerge: "continue" }, { text: "", vmerge: "continue" }, "2023", "2024", "2025"],
    ["1", "Tổ truyền thông cộng đồng thành lập mới", "Tổ", "4", "4", "3"],
    ["2", "Câu lạc bộ Thủ lĩnh của sự thay đổi thành lập mới", "CLB", "2", "3", "3"],
    ["3", "Tỷ lệ phụ nữ được tiếp cận thông tin về bình đẳng giới", "%", "60", "70", "80"],
  ]),
  b("III. NHIỆM VỤ"),
  p("1. Tổ chức đối thoại chính sách"),
  p("- Chỉ tiêu: mỗi xã tổ chức 01 cuộc/năm."),
  b("IV. ĐỊA BÀN"),
  p("11 xã: Nậm Búng, Nậm Lành, Nậm Mười, Suối Giàng, Suối Bu, Suối Quyền, Sùng Đô, An Lương, Gia Hội, Sơn Lương, Tú Lệ."),
  b("V. KINH PHÍ"),
  p("Tổng kinh phí: 3.300 triệu đồng (Ba tỷ, ba trăm triệu đồng), trong đó: ngân sách trung ương 3.000 triệu đồng; ngân sách địa phương 300 triệu đồng."),
  p("Phân theo năm: năm 2023: 1.000 triệu đồng; năm 2024: 1.100 triệu đồng; năm 2025: 1.200 triệu đồng."),
  b("VI. TỔ CHỨC THỰC HIỆN"),
  p("Phòng Văn hóa - Thông tin chủ trì, phối hợp với Hội LHPN huyện."),
].join("");
writeDocx(body, path.join(__dirname, "../corpus/du-an-8-huyen-van-chan-theo-nam.docx"), "2023-03-21T00:00:00Z");
