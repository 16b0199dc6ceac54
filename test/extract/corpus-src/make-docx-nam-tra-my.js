#!/usr/bin/env node
/**
 * Writes test/extract/corpus/du-an-8-huyen-nam-tra-my.docx, a district's
 * Dự án 8 plan for 2026–2030 as a Word document (Quảng Nam style): the header
 * block in a borderless table, targets in a table whose header spans two rows
 * (`Giai đoạn 2026-2030` beside `Trong đó` over one column per year, merged
 * with w:gridSpan / w:vMerge), a quota in the note column, communes in a
 * paragraph under their heading, and a budget by source and year in triệu
 * đồng with a `Tổng cộng` row. JSZip writes the package, as in make-docx.js.
 *
 *   node test/extract/corpus-src/make-docx-nam-tra-my.js
 */
"use strict";
const path = require("path");
const { b, p, table: docxTable, writeDocx } = require("./docxWriter");

const table = (rows, borders = true) => docxTable(rows, borders, 1400);

const years = ["2026", "2027", "2028", "2029", "2030"];
const body = [
  table(
    [
      ["ỦY BAN NHÂN DÂN\nHUYỆN NAM TRÀ MY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
      ["Số: 76/KH-UBND", "Nam Trà My, ngày 18 tháng 3 năm 2026"],
    ],
    false,
  ),
  b("KẾ HOẠCH"),
  b("Thực hiện Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” trên địa bàn huyện Nam Trà My giai đoạn 2026 - 2030"),
  p("Căn cứ Kế hoạch số 1024/KH-UBND ngày 20/02/2026 của UBND tỉnh Quảng Nam; UBND huyện Nam Trà My ban hành Kế hoạch thực hiện như sau:"),
  b("I. MỤC TIÊU"),
  b("1. Mục tiêu chung"),
  p("Thay đổi định kiến giới, khuôn mẫu giới trong gia đình và cộng đồng đồng bào Xê Đăng, Ca Dong; giảm tảo hôn, hôn nhân cận huyết thống."),
  b("2. Chỉ tiêu cụ thể"),
  table([
    [
      { text: "TT", vmerge: "restart" },
      { text: "Chỉ tiêu", vmerge: "restart" },
      { text: "ĐVT", vmerge: "restart" },
      { text: "Giai đoạn 2026-2030", vmerge: "restart" },
      { text: "Trong đó", span: 5 },
      { text: "Ghi chú", vmerge: "restart" },
    ],
    [{ vmerge: "continue" }, { vmerge: "continue" }, { vmerge: "continue" }, { vmerge: "continue" }, ...years.map((y) => `Năm ${y}`), { vmerge: "continue" }],
    ["1", "Tổ truyền thông cộng đồng thành lập mới", "Tổ", "10", "4", "3", "3", "0", "0", "Mỗi xã 01 tổ"],
    ["2", "Tổ nhóm sinh kế do phụ nữ làm chủ được hỗ trợ", "Tổ nhóm", "ít nhất 20", "4", "4", "4", "4", "4", ""],
    ["3", "Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần", "%", "≥ 75", "60", "65", "70", "72", "75", ""],
    ["4", "Câu lạc bộ “Thủ lĩnh của sự thay đổi” được duy trì", "CLB", "12 - 15", "12", "12", "13", "14", "15", ""],
    ["5", "Phụ nữ được tư vấn, hỗ trợ khởi nghiệp", "Lượt người", "1.250", "250", "250", "250", "250", "250", ""],
  ]),
  p("Phấn đấu 100% xã có ít nhất 01 địa chỉ tin cậy tại cộng đồng."),
  b("II. ĐỊA BÀN THỰC HIỆN"),
  p("10 xã: Trà Mai, Trà Don, Trà Leng, Trà Dơn, Trà Tập, Trà Cang, Trà Linh, Trà Nam, Trà Vân, Trà Vinh."),
  b("III. KINH PHÍ"),
  p("Tổng kinh phí giai đoạn 2026 - 2030 là 6 tỷ 250 triệu đồng, trong đó: vốn NSTW 5,5 tỷ đồng; vốn NSĐP 500 triệu đồng; vốn lồng ghép 250 triệu đồng."),
  p("Phân kỳ theo năm (Đơn vị tính: triệu đồng)"),
  table([
    [{ text: "STT", vmerge: "restart" }, { text: "Nguồn vốn", vmerge: "restart" }, { text: "Tổng số", vmerge: "restart" }, { text: "Phân theo năm", span: 5 }],
    [{ vmerge: "continue" }, { vmerge: "continue" }, { vmerge: "continue" }, ...years],
    ["", "Tổng cộng", "6.250", "1.450", "1.300", "1.200", "1.150", "1.150"],
    ["1", "NSTW", "5.500", "1.250", "1.150", "1.050", "1.025", "1.025"],
    ["2", "NSĐP", "500", "150", "100", "100", "75", "75"],
    ["3", "Lồng ghép", "250", "50", "50", "50", "50", "50"],
  ]),
  b("IV. TỔ CHỨC THỰC HIỆN"),
  p("1. Phòng Văn hóa và Thông tin là cơ quan thường trực; tổng hợp báo cáo UBND huyện trước ngày 05/12 hằng năm."),
  p("2. Hội LHPN huyện chủ trì thực hiện các nội dung hỗ trợ tổ nhóm sinh kế."),
  p("Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT."),
  b("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
].join("");

const out = process.argv[2] ?? path.join(__dirname, "../corpus/du-an-8-huyen-nam-tra-my.docx");
// A fixed date keeps the file byte-identical from run to run.
writeDocx(body, out, "2026-03-18T00:00:00Z");
