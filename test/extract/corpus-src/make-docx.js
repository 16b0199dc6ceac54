#!/usr/bin/env node
/**
 * Writes test/extract/corpus/nong-thon-moi-can-loc.docx, a corpus plan as a
 * Word document: paragraphs with line breaks (<w:br/>), a header block laid out
 * in a borderless table, an indicator table, a table of communes and a budget
 * table whose header spans two rows with merged cells (w:vMerge, w:gridSpan),
 * as Word stores them. JSZip writes the package (no Word writer is installed
 * here: LibreOffice has Calc only).
 *
 *   node test/extract/corpus-src/make-docx.js
 */
"use strict";
const path = require("path");
const { b, p, table: docxTable, writeDocx } = require("./docxWriter");

const table = docxTable;

const body = [
  table(
    [
      ["ỦY BAN NHÂN DÂN\nHUYỆN CAN LỘC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
      ["Số: 89/KH-UBND", "Can Lộc, ngày 05 tháng 3 năm 2025"],
    ],
    false,
  ),
  b("KẾ HOẠCH"),
  b("Xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu trên địa bàn huyện Can Lộc năm 2025"),
  p("Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ; Kế hoạch số 41/KH-UBND ngày 20/01/2025 của UBND tỉnh Hà Tĩnh, UBND huyện Can Lộc ban hành Kế hoạch như sau:"),
  b("I. MỤC TIÊU"),
  b("1. Mục tiêu chung"),
  p("Nâng cao chất lượng các tiêu chí nông thôn mới đã đạt; xây dựng khu dân cư nông thôn mới kiểu mẫu, vườn mẫu gắn với phát triển sản xuất hàng hóa."),
  b("2. Chỉ tiêu cụ thể"),
  table([
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Ghi chú"],
    ["1", "Số xã đạt chuẩn nông thôn mới nâng cao (lũy kế)", "xã", "09", ""],
    ["2", "Số xã đạt chuẩn nông thôn mới kiểu mẫu (lũy kế)", "xã", "03", ""],
    ["3", "Số thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu xây dựng mới", "thôn", "15-20", ""],
    ["4", "Tỷ lệ hộ dân sử dụng nước sạch đạt quy chuẩn", "%", "≥ 65", ""],
    ["5", "Tỷ lệ hộ nghèo đa chiều", "%", "dưới 1,5", "Giảm so với năm 2024"],
    ["6", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "Từ 95 trở lên", ""],
    ["7", "Vườn mẫu đạt chuẩn xây dựng mới", "vườn", "40", "Ưu tiên hộ nghèo, hộ cận nghèo"],
  ]),
  p("Phấn đấu cứng hóa thêm 25,5 km đường giao thông nông thôn, ưu tiên các tuyến trục thôn."),
  b("II. ĐỊA BÀN THỰC HIỆN"),
  p("Các xã phấn đấu đạt chuẩn trong năm 2025:"),
  table([
    ["STT", "Xã", "Mục tiêu"],
    ["1", "Xã Thượng Lộc", "NTM nâng cao"],
    ["2", "Xã Mỹ Lộc", "NTM nâng cao"],
    ["3", "Xã Sơn Lộc", "NTM kiểu mẫu"],
    ["4", "Xã Quang Lộc", "NTM nâng cao"],
    ["5", "Xã Trung Lộc", "NTM kiểu mẫu"],
  ]),
  b("III. NGUỒN VỐN THỰC HIỆN"),
  p("Đơn vị tính: triệu đồng"),
  table([
    [{ text: "STT", vmerge: "restart" }, { text: "Nguồn vốn", vmerge: "restart" }, { text: "Tổng số", vmerge: "restart" }, { text: "Trong đó", span: 2 }],
    [{ vmerge: "continue" }, { vmerge: "continue" }, { vmerge: "continue" }, "Xây dựng hạ tầng", "Phát triển sản xuất"],
    ["", "Tổng cộng", "45.820,5", "38.000", "7.820,5"],
    ["1", "Ngân sách trung ương", "12.500", "10.000", "2.500"],
    ["2", "Ngân sách tỉnh", "8.320,5", "6.000", "2.320,5"],
    ["3", "Ngân sách huyện, xã", "10.000", "9.000", "1.000"],
    ["4", "Vốn lồng ghép các chương trình, dự án", "9.000", "8.000", "1.000"],
    ["5", "Vốn huy động doanh nghiệp, người dân", "6.000", "5.000", "1.000"],
  ]),
  b("IV. TỔ CHỨC THỰC HIỆN"),
  p("1. Văn phòng Điều phối nông thôn mới huyện chủ trì theo dõi, tổng hợp, báo cáo UBND huyện trước ngày 10/12/2025."),
  p("2. UBND các xã xây dựng kế hoạch chi tiết, gửi về Văn phòng Điều phối trước ngày 30/3/2025."),
  p("Nơi nhận:\n- UBND tỉnh;\n- TT Huyện ủy, TT HĐND huyện;\n- Lưu: VT."),
  b("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),
].join("");

const out = path.join(__dirname, "../corpus/nong-thon-moi-can-loc.docx");
// A fixed date keeps the file byte-identical from run to run.
writeDocx(body, out, "2025-03-05T00:00:00Z");
