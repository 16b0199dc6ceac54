#!/usr/bin/env node
/**
 * Writes test/extract/corpus/giam-ngheo-xa-pa-co-2025-tieu-du-an-khong-dong-tong.docx, a commune's plan for the
 * poverty programme in 2025 as a Word document (Hòa Bình style): the header block in a borderless table; a targets
 * table by sub-project with one column per indicator, a `Tham gia` column of figures that says nothing of what it
 * counts and no `Tổng cộng` row; a quota per village with no count of villages (`mỗi bản 01 buổi/năm`); the budget
 * by source in đồng. JSZip writes the package, as in make-docx.js.
 *
 *   node test/extract/corpus-src/make-docx-xa-pa-co-tieu-du-an-khong-dong-tong.js
 */
"use strict";
const path = require("path");
const { b, p, table: docxTable, writeDocx } = require("./docxWriter");

const table = (rows, borders = true) => docxTable(rows, borders, 1600);

const body = [
  table(
    [
      ["ỦY BAN NHÂN DÂN\nXÃ PÀ CÒ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
      ["Số: 27/KH-UBND", "Pà Cò, ngày 10 tháng 3 năm 2025"],
    ],
    false,
  ),
  b("KẾ HOẠCH"),
  b("Thực hiện các dự án thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn xã Pà Cò năm 2025"),
  p("Căn cứ Quyết định số 215/QĐ-UBND ngày 25/02/2025 của UBND huyện Mai Châu về giao kế hoạch vốn năm 2025; UBND xã Pà Cò xây dựng Kế hoạch như sau:"),
  b("I. MỤC ĐÍCH, YÊU CẦU"),
  p("Hỗ trợ hộ nghèo, hộ cận nghèo phát triển sản xuất, tạo việc làm, tăng thu nhập; giảm tỷ lệ hộ nghèo bền vững."),
  b("II. MỤC TIÊU, CHỈ TIÊU"),
  b("1. Chỉ tiêu theo dự án"),
  table([
    ["STT", "Nội dung", "Số mô hình", "Số hộ tham gia", "Tham gia", "Kinh phí (đồng)"],
    ["1", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "02", "40", "55", "600.000.000"],
    ["2", "Tiểu dự án 1 - Dự án 3: Hỗ trợ phát triển sản xuất nông nghiệp", "03", "65", "80", "750.000.000"],
    ["3", "Tiểu dự án 2 - Dự án 6: Truyền thông về giảm nghèo đa chiều", "01", "35", "120", "150.000.000"],
  ]),
  b("2. Chỉ tiêu khác"),
  p("- Tổ chức truyền thông về giảm nghèo tại các bản, mỗi bản 01 buổi/năm;"),
  p("- Giảm 03 hộ nghèo so với cuối năm 2024."),
  b("III. KINH PHÍ"),
  p("Tổng kinh phí: 1.500.000.000 đồng (Một tỷ năm trăm triệu đồng), trong đó: ngân sách trung ương 1.350.000.000 đồng; ngân sách tỉnh đối ứng 150.000.000 đồng."),
  b("IV. TỔ CHỨC THỰC HIỆN"),
  p("Công chức Lao động - Thương binh và Xã hội xã tham mưu; Trưởng các bản phối hợp thực hiện."),
  p("Nơi nhận:"),
  p("- UBND huyện;"),
  p("- Lưu: VP."),
  b("TM. ỦY BAN NHÂN DÂN"),
  b("CHỦ TỊCH"),
  p("Sồng A Lử"),
].join("");

const out = process.argv[2] ?? path.join(__dirname, "../corpus/giam-ngheo-xa-pa-co-2025-tieu-du-an-khong-dong-tong.docx");
// A fixed date keeps the file byte-identical from run to run.
writeDocx(body, out, "2025-03-10T00:00:00Z");
