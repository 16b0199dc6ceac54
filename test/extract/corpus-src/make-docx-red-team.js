#!/usr/bin/env node
/**
 * Writes ten Word plans into test/extract/corpus (`rt-*.docx`), made the way offices make them and read by mammoth as
 * the command reads them: the header block in a borderless table or a text box, headings and target lists in Word's
 * automatic numbering (no number in the text), targets in a `Nội dung | Đơn vị tính | Số lượng | Địa bàn` table,
 * budget tables with merged cells (w:gridSpan, w:vMerge), footnotes, tracked changes, the signature block with its
 * number and dates, amounts as `9.490.000.000 đồng` and `9,49 tỷ đồng`, percents as `tối thiểu 70%`.
 *
 *   node test/extract/corpus-src/make-docx-red-team.js [out-dir]
 */
"use strict";
const path = require("path");
const { b, p, table } = require("./docxWriter");
const { letterHead: head, para, h1, h2, bullet, item, letter, footnoteRef, textBox, deleted, inserted, plain, writeDocxWith } = require("./docxParts");

const out = process.argv[2] ?? path.join(__dirname, "../corpus");
const sign = (lines) => table([[`Nơi nhận:\n${lines.join("\n")}`, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn Bình"]], false, 4500);

const docs = {};

// 1. A district's Dự án 8 plan: targets in a `Nội dung | Đơn vị tính | Số lượng | Địa bàn` table, a budget table
// with a header merged over two rows, headings in automatic numbering.
docs["rt-du-an-8-huyen-bang-noi-dung-dia-ban"] = [
  head("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG KHƯƠNG", "Mường Khương", "118/KH-UBND", "ngày 12 tháng 3 năm 2026"),
  b("KẾ HOẠCH"),
  b("Thực hiện Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” năm 2026"),
  p("Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; căn cứ Kế hoạch số 45/KH-UBND ngày 20/01/2026 của UBND tỉnh Lào Cai, UBND huyện ban hành Kế hoạch như sau:"),
  h1("MỤC ĐÍCH, YÊU CẦU"),
  p("Triển khai đồng bộ các nội dung của Dự án 8 tại 16 xã, thị trấn; bảo đảm sử dụng kinh phí đúng mục đích."),
  h1("CHỈ TIÊU VÀ NỘI DUNG THỰC HIỆN"),
  table([
    ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Địa bàn"],
    ["1", "Thành lập mới tổ truyền thông cộng đồng", "Tổ", "08", "08 xã đặc biệt khó khăn"],
    ["2", "Xây dựng địa chỉ tin cậy tại cộng đồng", "Địa chỉ", "05", "Xã Pha Long, Dìn Chin, Tả Ngài Chồ, Tả Gia Khâu, Nấm Lư"],
    ["3", "Thành lập câu lạc bộ “Thủ lĩnh của sự thay đổi”", "CLB", "04", "04 trường PTDTBT THCS"],
    ["4", "Tổ chức đối thoại chính sách với phụ nữ", "Cuộc", "16", "Toàn huyện"],
    ["5", "Tỷ lệ phụ nữ tham gia sinh hoạt tổ truyền thông", "%", "Tối thiểu 70", "Các xã có tổ"],
  ]),
  h1("KINH PHÍ"),
  p("Tổng kinh phí thực hiện năm 2026 là 1.850.000.000 đồng (Một tỷ, tám trăm năm mươi triệu đồng), chi tiết tại biểu sau:"),
  p("Đơn vị tính: triệu đồng"),
  table([
    [{ text: "STT", vmerge: "restart" }, { text: "Nội dung", vmerge: "restart" }, { text: "Tổng số", vmerge: "restart" }, { text: "Nguồn vốn", span: 2 }],
    [{ vmerge: "continue" }, { vmerge: "continue" }, { vmerge: "continue" }, "NSTW", "NSĐP"],
    ["", "Tổng cộng", "1.850", "1.700", "150"],
    ["1", "Tổ truyền thông cộng đồng", "560", "520", "40"],
    ["2", "Địa chỉ tin cậy", "450", "410", "40"],
    ["3", "CLB Thủ lĩnh của sự thay đổi", "360", "330", "30"],
    ["4", "Đối thoại chính sách", "480", "440", "40"],
  ]),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Phòng Văn hóa và Thông tin chủ trì; UBND các xã báo cáo kết quả trước ngày 10/12/2026."),
  sign(["- UBND tỉnh;", "- TT HĐND huyện;", "- Lưu: VT, 02 bản."]),
].join("");

// 2. A province's Women's Union plan: bullets in automatic numbering, `tối thiểu 70%`, footnotes, the total in đồng
// and restated in tỷ đồng.
docs["rt-hoi-phu-nu-tinh-chu-thich-ty-dong"] = [
  table([["HỘI LHPN VIỆT NAM\nBCH HỘI LHPN TỈNH YÊN BÁI\nSố: 257-KH/HPN", "ĐẢNG CỘNG SẢN VIỆT NAM\nYên Bái, ngày 03 tháng 10 năm 2025"]], false, 4500),
  b("KẾ HOẠCH"),
  b("Thực hiện Dự án 8 giai đoạn 2026 - 2030"),
  h1("MỤC TIÊU"),
  h2("Mục tiêu chung"),
  p("Nâng cao nhận thức, thay đổi định kiến giới, khuôn mẫu giới trong cộng đồng."),
  h2("Chỉ tiêu cụ thể"),
  para("Đến năm 2030:", { extra: footnoteRef(1) }),
  bullet("Thành lập mới 150 tổ truyền thông cộng đồng tại các thôn, bản đặc biệt khó khăn."),
  bullet("Tối thiểu 70% phụ nữ vùng dự án được tiếp cận thông tin về bình đẳng giới."),
  bullet("Hỗ trợ ít nhất 60 tổ nhóm sinh kế do phụ nữ làm chủ."),
  para("", { num: { id: 2, lvl: 0 }, extra: plain("Duy trì 320 địa chỉ tin cậy tại cộng đồng") + footnoteRef(2) + plain(".") }),
  h1("KINH PHÍ"),
  p("Tổng kinh phí thực hiện giai đoạn 2026 - 2030: 9.490.000.000 đồng, trong đó: ngân sách trung ương 8.500.000.000 đồng; ngân sách tỉnh 990.000.000 đồng."),
  p("Như vậy, bình quân mỗi năm bố trí khoảng 1,898 tỷ đồng; tổng nguồn 9,49 tỷ đồng nêu trên được phân bổ hằng năm theo tiến độ."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Ban Gia đình - Xã hội tham mưu; Hội LHPN các huyện, thị xã, thành phố báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12."),
  p("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH"),
].join("");

// 3. A commune's plan whose header sits in text boxes; targets a decimal list in automatic numbering; `Lưu: VT, 02 bản`.
docs["rt-xa-khung-van-ban-danh-so-tu-dong"] = [
  para("", { extra: textBox(para("ỦY BAN NHÂN DÂN\nXÃ BẢN LẦU", { center: true }) + para("Số: 37/KH-UBND", { center: true })) }),
  para("", { extra: textBox(para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", { center: true }) + para("Bản Lầu, ngày 25 tháng 02 năm 2026", { center: true }), true) }),
  b("KẾ HOẠCH"),
  b("Giảm nghèo bền vững trên địa bàn xã Bản Lầu năm 2026"),
  h1("MỤC TIÊU, CHỈ TIÊU"),
  item("Giảm 45 hộ nghèo, tỷ lệ hộ nghèo giảm còn dưới 12%."),
  item("Hỗ trợ 30 hộ nghèo, hộ cận nghèo phát triển sản xuất, đa dạng hóa sinh kế."),
  item("Đào tạo nghề cho 80 lao động nông thôn, trong đó lao động nữ 40 người."),
  item("Xây dựng 02 mô hình giảm nghèo tại thôn Na Lốc 1 và thôn Na Lốc 2."),
  h1("KINH PHÍ"),
  p("Kinh phí thực hiện: 1.200 triệu đồng từ nguồn ngân sách trung ương, 150 triệu đồng từ nguồn ngân sách huyện."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Công chức Văn hóa - Xã hội tham mưu UBND xã; các thôn báo cáo trước ngày 20 hằng tháng."),
  p("Nơi nhận:\n- UBND huyện;\n- Đảng ủy, HĐND xã;\n- Lưu: VT, 02 bản."),
  b("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),
].join("");

// 4. A budget table in đồng with group rows merged down (`I | Tiểu dự án 1` over its parts) and a header spanning
// two rows; the total also in words in a footnote.
docs["rt-bang-kinh-phi-dong-o-gop"] = [
  head("ỦY BAN NHÂN DÂN\nHUYỆN BẮC HÀ", "Bắc Hà", "64/KH-UBND", "ngày 08 tháng 4 năm 2026"),
  b("KẾ HOẠCH"),
  b("Phân bổ kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026"),
  h1("MỤC TIÊU"),
  bullet("Phấn đấu giảm tỷ lệ hộ nghèo từ 2,5 - 3%."),
  bullet("Hỗ trợ 150 hộ nghèo phát triển sản xuất."),
  h1("PHÂN BỔ KINH PHÍ"),
  para("Tổng kinh phí: 9.490.000.000 đồng", { extra: footnoteRef(1) + plain(", chi tiết như sau:") }),
  p("(Đơn vị tính: đồng)"),
  table([
    [{ text: "STT", vmerge: "restart" }, { text: "Nội dung", vmerge: "restart" }, { text: "Tổng kinh phí", vmerge: "restart" }, { text: "Trong đó", span: 2 }],
    [{ vmerge: "continue" }, { vmerge: "continue" }, { vmerge: "continue" }, "Vốn đầu tư", "Vốn sự nghiệp"],
    ["", "Tổng cộng", "9.490.000.000", "6.000.000.000", "3.490.000.000"],
    ["I", "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng", "6.000.000.000", "6.000.000.000", ""],
    ["II", "Dự án 2: Đa dạng hóa sinh kế", "2.290.000.000", "", "2.290.000.000"],
    ["III", "Dự án 4: Phát triển giáo dục nghề nghiệp", "1.200.000.000", "", "1.200.000.000"],
  ]),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Phòng Tài chính - Kế hoạch chủ trì, hướng dẫn các xã giải ngân trước ngày 31/12/2026."),
  sign(["- Sở Tài chính;", "- Lưu: VT."]),
].join("");

// 5. Targets under headings numbered `1.1.`, `1.2.` by Word; per-area quotas; a frequency that is no target.
docs["rt-chi-tieu-danh-so-nhieu-cap"] = [
  head("ỦY BAN NHÂN DÂN\nHUYỆN SI MA CAI", "Si Ma Cai", "22/KH-UBND", "ngày 15 tháng 01 năm 2026"),
  b("KẾ HOẠCH"),
  b("Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026"),
  h1("MỤC TIÊU, CHỈ TIÊU"),
  h2("Chỉ tiêu về lãnh đạo, quản lý"),
  para("Phấn đấu 100% xã, thị trấn có lãnh đạo chủ chốt là nữ.", { num: { id: 1, lvl: 2 } }),
  para("Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp xã đạt từ 30% trở lên.", { num: { id: 1, lvl: 2 } }),
  h2("Chỉ tiêu về truyền thông"),
  para("Mỗi xã tổ chức ít nhất 02 cuộc truyền thông về bình đẳng giới, toàn huyện 26 cuộc.", { num: { id: 1, lvl: 2 } }),
  para("Các tổ truyền thông sinh hoạt định kỳ 01 lần/tháng.", { num: { id: 1, lvl: 2 } }),
  h1("ĐỊA BÀN"),
  p("13 xã: Bản Mế, Cán Cấu, Lùng Thẩn, Lử Thẩn, Nàn Sán, Nàn Sín, Quan Hồ Thẩn, Sán Chải, Sín Chéng, Thào Chư Phìn, Sơn Thủy, Cán Hồ, Mản Thẩn."),
  h1("KINH PHÍ"),
  p("Kinh phí thực hiện từ nguồn sự nghiệp văn hóa của huyện năm 2026, dự kiến 260 triệu đồng."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Phòng Lao động - Thương binh và Xã hội là cơ quan thường trực, tổng hợp báo cáo trước ngày 05/12/2026."),
  sign(["- Sở LĐTB&XH;", "- Lưu: VT."]),
].join("");

// 6. An amended plan with its changes still tracked: the struck figure is gone, the inserted one is read.
docs["rt-dieu-chinh-theo-doi-thay-doi"] = [
  head("ỦY BAN NHÂN DÂN\nHUYỆN TỦA CHÙA", "Tủa Chùa", "91/KH-UBND", "ngày 20 tháng 5 năm 2026"),
  b("KẾ HOẠCH"),
  b("Điều chỉnh Kế hoạch thực hiện Dự án 8 năm 2026"),
  h1("CHỈ TIÊU SAU ĐIỀU CHỈNH"),
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>${plain("Thành lập mới ")}${deleted("10")}${inserted("12")}${plain(" tổ truyền thông cộng đồng.")}</w:p>`,
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>${plain("Duy trì hoạt động ")}${deleted("25")}${inserted("27")}${plain(" địa chỉ tin cậy.")}</w:p>`,
  bullet("Tổ chức 06 cuộc đối thoại chính sách."),
  h1("KINH PHÍ"),
  `<w:p>${plain("Tổng kinh phí sau điều chỉnh: ")}${deleted("950")}${inserted("1.150")}${plain(" triệu đồng.")}</w:p>`,
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Các nội dung khác giữ nguyên theo Kế hoạch số 17/KH-UBND ngày 10/02/2026."),
  sign(["- Như trên;", "- Lưu: VT."]),
].join("");

// 7. An appendix allocating the targets over communes, with a `Tổng cộng` row; the areas come from it.
docs["rt-phu-luc-phan-bo-xa"] = [
  head("ỦY BAN NHÂN DÂN\nHUYỆN PHONG THỔ", "Phong Thổ", "140/KH-UBND", "ngày 02 tháng 6 năm 2026"),
  b("KẾ HOẠCH"),
  b("Xây dựng và duy trì tổ truyền thông cộng đồng năm 2026"),
  h1("CHỈ TIÊU"),
  bullet("Thành lập mới 09 tổ truyền thông cộng đồng (chi tiết tại Phụ lục kèm theo)."),
  bullet("Mỗi tổ có từ 7 đến 10 thành viên."),
  h1("KINH PHÍ"),
  p("Kinh phí: 9,49 tỷ đồng từ nguồn vốn sự nghiệp Chương trình mục tiêu quốc gia."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("UBND các xã bố trí địa điểm sinh hoạt cho tổ."),
  sign(["- Như trên;", "- Lưu: VT."]),
  b("PHỤ LỤC"),
  p("Phân bổ chỉ tiêu thành lập tổ truyền thông cộng đồng năm 2026\n(Kèm theo Kế hoạch số 140/KH-UBND ngày 02/6/2026 của UBND huyện Phong Thổ)"),
  table([
    ["STT", "Xã", "Số tổ (tổ)", "Ghi chú"],
    ["1", "Sì Lở Lầu", "2", ""],
    ["2", "Mồ Sì San", "2", ""],
    ["3", "Pa Vây Sử", "1", ""],
    ["4", "Vàng Ma Chải", "2", ""],
    ["5", "Tông Qua Lìn", "2", ""],
    ["", "Tổng cộng", "9", ""],
  ]),
].join("");

// 8. Targets by year under a merged `Năm thực hiện` header, a period column first.
docs["rt-chi-tieu-theo-nam-tieu-de-gop"] = [
  head("ỦY BAN NHÂN DÂN\nHUYỆN VĂN BÀN", "Văn Bàn", "33/KH-UBND", "ngày 28 tháng 02 năm 2026"),
  b("KẾ HOẠCH"),
  b("Thực hiện Dự án 8 giai đoạn 2026 - 2028"),
  h1("CHỈ TIÊU"),
  table([
    [{ text: "TT", vmerge: "restart" }, { text: "Nội dung", vmerge: "restart" }, { text: "ĐVT", vmerge: "restart" }, { text: "Cả giai đoạn", vmerge: "restart" }, { text: "Năm thực hiện", span: 3 }],
    [{ vmerge: "continue" }, { vmerge: "continue" }, { vmerge: "continue" }, { vmerge: "continue" }, "2026", "2027", "2028"],
    ["1", "Tổ truyền thông cộng đồng thành lập mới", "Tổ", "12", "4", "4", "4"],
    ["2", "Lớp tập huấn cho cán bộ cơ sở", "Lớp", "9", "3", "3", "3"],
    ["3", "Tỷ lệ người dân vùng dự án được truyền thông", "%", "≥ 80", "70", "75", "80"],
  ]),
  h1("KINH PHÍ"),
  p("Tổng kinh phí cả giai đoạn 2.400 triệu đồng, trong đó: năm 2026: 800 triệu đồng, năm 2027: 800 triệu đồng, năm 2028: 800 triệu đồng."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Giao Phòng Văn hóa và Thông tin chủ trì."),
  sign(["- Như trên;", "- Lưu: VT."]),
].join("");

// 9. Percent targets in a table's cells written as words (`Tối thiểu 70%`, `Không quá 5%`), lettered items.
docs["rt-ty-le-trong-bang-chu"] = [
  head("ỦY BAN NHÂN DÂN\nTHỊ XÃ SA PA", "Sa Pa", "205/KH-UBND", "ngày 10 tháng 7 năm 2026"),
  b("KẾ HOẠCH"),
  b("Phòng, chống bạo lực gia đình năm 2026"),
  h1("CHỈ TIÊU"),
  table([
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026"],
    ["1", "Tỷ lệ hộ gia đình được tuyên truyền về phòng, chống bạo lực gia đình", "%", "Tối thiểu 70%"],
    ["2", "Tỷ lệ người bị bạo lực gia đình được phát hiện, tư vấn", "%", "Trên 90%"],
    ["3", "Tỷ lệ tái bạo lực gia đình", "%", "Không quá 5%"],
    ["4", "Mô hình phòng, chống bạo lực gia đình được duy trì", "Mô hình", "18"],
  ]),
  h1("NHIỆM VỤ"),
  letter("Tổ chức 02 hội nghị tập huấn cho cán bộ làm công tác gia đình."),
  letter("Kiện toàn Ban chỉ đạo công tác gia đình, họp định kỳ 06 tháng/lần."),
  h1("KINH PHÍ"),
  p("Tổng kinh phí: 185.000.000 đồng (Bằng chữ: Một trăm tám mươi lăm triệu đồng) từ nguồn ngân sách thị xã."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Phòng Văn hóa và Thông tin chủ trì; các xã, phường báo cáo trước ngày 25/11/2026."),
  sign(["- Sở VHTTDL;", "- Lưu: VT."]),
].join("");

// 10. A budget statement in tỷ đồng whose sources are in a table in triệu đồng; a footnote at the end of a document
// that has no implementation heading, holding figures of its own.
docs["rt-kinh-phi-ty-dong-chu-thich-cuoi"] = [
  head("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ", "Mường Tè", "77/KH-UBND", "ngày 05 tháng 3 năm 2026"),
  b("KẾ HOẠCH"),
  b("Hỗ trợ phụ nữ dân tộc thiểu số phát triển sinh kế năm 2026"),
  h1("CHỈ TIÊU"),
  bullet("Hỗ trợ 45 tổ hợp tác, tổ nhóm sinh kế do phụ nữ làm chủ."),
  para("", { num: { id: 2, lvl: 0 }, extra: plain("Tối thiểu 70% thành viên tổ nhóm có thu nhập tăng") + footnoteRef(1) + plain(".") }),
  h1("KINH PHÍ"),
  p("Tổng kinh phí: 3,2 tỷ đồng, trong đó:"),
  table([
    ["STT", "Nguồn vốn", "Số tiền (triệu đồng)"],
    ["1", "Ngân sách trung ương", "2.800"],
    ["2", "Ngân sách địa phương", "400"],
    ["", "Cộng", "3.200"],
  ]),
  sign(["- Như trên;", "- Lưu: VT."]),
].join("");

// 11. A targets table whose STT cells are Word's automatic numbering (blank in the text), one row's `Địa bàn` naming
// two communes.
const numberedCell = `<w:tc><w:tcPr><w:tcW w:w="700" w:type="dxa"/></w:tcPr>${para("", { num: { id: 3, lvl: 0 } })}</w:tc>`;
const textCell = (t) => `<w:tc><w:tcPr><w:tcW w:w="2200" w:type="dxa"/></w:tcPr>${para(t)}</w:tc>`;
const numberedTable = (header, rows) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2200"/>'.repeat(header.length)}</w:tblGrid>` +
  `<w:tr>${header.map(textCell).join("")}</w:tr>${rows.map((r) => `<w:tr>${numberedCell}${r.map(textCell).join("")}</w:tr>`).join("")}</w:tbl>`;
docs["rt-bang-stt-danh-so-tu-dong"] = [
  head("ỦY BAN NHÂN DÂN\nHUYỆN SÌN HỒ", "Sìn Hồ", "52/KH-UBND", "ngày 09 tháng 3 năm 2026"),
  b("KẾ HOẠCH"),
  b("Thực hiện Dự án 8 năm 2026"),
  h1("CHỈ TIÊU"),
  numberedTable(
    ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Địa bàn"],
    [
      ["Thành lập mới tổ truyền thông cộng đồng", "Tổ", "06", "06 xã khu vực III"],
      ["Xây dựng địa chỉ tin cậy tại cộng đồng", "Địa chỉ", "02", "Xã Pa Tần, Nậm Tăm"],
      ["Tổ chức diễn đàn “Tiếng nói trẻ em”", "Diễn đàn", "03", "Các trường THCS"],
    ],
  ),
  h1("KINH PHÍ"),
  p("Tổng kinh phí: 720 triệu đồng từ nguồn ngân sách trung ương."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Phòng Văn hóa và Thông tin chủ trì."),
  sign(["- Như trên;", "- Lưu: VT."]),
].join("");

const notes = {
  "rt-hoi-phu-nu-tinh-chu-thich-ty-dong": {
    1: "Theo Kế hoạch số 120-KH/ĐCT ngày 05/5/2022, đến hết năm 2025 toàn tỉnh đã thành lập 410 tổ truyền thông cộng đồng.",
    2: "Năm 2025 có 298 địa chỉ tin cậy đang hoạt động.",
  },
  "rt-bang-kinh-phi-dong-o-gop": { 1: "Bằng chữ: Chín tỷ, bốn trăm chín mươi triệu đồng." },
  "rt-kinh-phi-ty-dong-chu-thich-cuoi": { 1: "Thu nhập bình quân năm 2025 của thành viên tổ nhóm là 28,5 triệu đồng/người/năm; 1.250 thành viên tham gia." },
};

Promise.all(Object.entries(docs).map(([name, body], i) => writeDocxWith(body, path.join(out, `${name}.docx`), `2026-0${1 + (i % 9)}-01T00:00:00Z`, notes[name] ?? {}))).catch((e) => {
  console.error(e);
  process.exit(1);
});
