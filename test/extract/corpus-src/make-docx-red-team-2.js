#!/usr/bin/env node
/**
 * Writes two more Word plans into test/extract/corpus (`rt2-*.docx`), made as district and commune offices make them:
 * a Hội LHPN huyện plan with three levels of automatic numbering (`1.1.`), its targets by year in a
 * `Chỉ tiêu | Đơn vị tính | Năm 2026 | … | Tổng` table, its communes after `các xã:`, the budget as
 * `1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu đồng)` in the last part with a footnote after it; and a commune's
 * nông thôn mới plan amended (`điều chỉnh, bổ sung`) with a table of the old and the new targets.
 *
 *   node test/extract/corpus-src/make-docx-red-team-2.js [out-dir]
 */
"use strict";
const path = require("path");
const { b, p, table } = require("./docxWriter");
const { letterHead: head, h1, h2, h3, bullet, footnoteRef, plain, writeDocxWith } = require("./docxParts");

const out = process.argv[2] ?? path.join(__dirname, "../corpus");

const docs = {};

docs["rt2-hoi-phu-nu-huyen-ba-cap-so-chu-thich-kinh-phi"] = [
  head("HỘI LHPN HUYỆN BẮC HÀ\nBAN THƯỜNG VỤ", "Bắc Hà", "41-KH/HPN", "ngày 06 tháng 01 năm 2026"),
  b("KẾ HOẠCH"),
  b("Thực hiện Dự án 8 giai đoạn 2026 - 2027"),
  h1("MỤC ĐÍCH, YÊU CẦU"),
  p("Triển khai hiệu quả Dự án 8 tại các xã vùng đồng bào dân tộc thiểu số."),
  h1("MỤC TIÊU, CHỈ TIÊU"),
  h2("Mục tiêu chung"),
  p("Góp phần thay đổi định kiến giới, thúc đẩy bình đẳng giới."),
  h2("Chỉ tiêu cụ thể"),
  h3("Chỉ tiêu về tổ truyền thông và địa chỉ tin cậy (chi tiết tại biểu sau):"),
  table([
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Tổng"],
    ["1", "Thành lập mới tổ truyền thông cộng đồng", "Tổ", "06", "04", "10"],
    ["2", "Duy trì địa chỉ tin cậy tại cộng đồng", "Địa chỉ", "08", "08", "08"],
    ["3", "Tổ chức đối thoại chính sách", "Cuộc", "05", "05", "10"],
  ]),
  h3("Tỷ lệ phụ nữ có thai được tư vấn, chăm sóc sức khỏe đạt từ 80% trở lên."),
  h3("Mỗi xã có ít nhất 01 câu lạc bộ “Thủ lĩnh của sự thay đổi”, toàn huyện 05 câu lạc bộ."),
  h1("ĐỊA BÀN THỰC HIỆN"),
  p("05 xã đặc biệt khó khăn, gồm các xã: Bản Phố, Nậm Mòn, Tả Van Chư, Lùng Cải, Nậm Khánh."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Ban Thường vụ Hội LHPN huyện phân công đồng chí Phó Chủ tịch phụ trách; Hội LHPN các xã báo cáo trước ngày 10/12 hằng năm."),
  h1("KINH PHÍ"),
  p("Kinh phí: 1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu đồng), trong đó:"),
  bullet("Năm 2026: 650.000.000 đồng;"),
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>${plain("Năm 2027: 600.000.000 đồng.")}${footnoteRef(1)}</w:p>`,
].join("");

docs["rt2-ntm-xa-dieu-chinh-bang-cu-moi"] = [
  head("ỦY BAN NHÂN DÂN\nXÃ THANH VÂN", "Thanh Vân", "58/KH-UBND", "ngày 14 tháng 7 năm 2026"),
  b("KẾ HOẠCH"),
  b("Điều chỉnh, bổ sung Kế hoạch xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2026"),
  p("Căn cứ Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND xã; căn cứ kết quả rà soát 6 tháng đầu năm 2026, UBND xã điều chỉnh, bổ sung một số chỉ tiêu như sau:"),
  h1("ĐIỀU CHỈNH, BỔ SUNG CHỈ TIÊU"),
  table([
    ["STT", "Nội dung", "Đơn vị tính", "Kế hoạch đã giao", "Sau điều chỉnh", "Ghi chú"],
    ["1", "Cứng hóa đường giao thông nội đồng", "Km", "3,5", "4,2", "Tăng 0,7 km"],
    ["2", "Tỷ lệ hộ dân sử dụng nước sạch", "%", "60", "65", ""],
    ["3", "Xây dựng vườn mẫu", "Vườn", "", "12", "Bổ sung"],
  ]),
  h1("KINH PHÍ"),
  p("Tổng kinh phí sau điều chỉnh: 3,6 tỷ đồng, trong đó: ngân sách tỉnh 2,1 tỷ đồng; ngân sách huyện 1 tỷ đồng; nhân dân đóng góp 0,5 tỷ đồng."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Các nội dung khác giữ nguyên theo Kế hoạch số 12/KH-UBND ngày 15/01/2026."),
].join("");

const notes = {
  "rt2-hoi-phu-nu-huyen-ba-cap-so-chu-thich-kinh-phi": { 1: "Trong đó kinh phí hỗ trợ tổ truyền thông năm 2027 là 240.000.000 đồng." },
};

Promise.all(Object.entries(docs).map(([name, body], i) => writeDocxWith(body, path.join(out, `${name}.docx`), `2026-0${1 + i}-15T00:00:00Z`, notes[name] ?? {}))).catch((e) => {
  console.error(e);
  process.exit(1);
});
