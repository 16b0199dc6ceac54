#!/usr/bin/env node
/**
 * Writes a Word plan into test/extract/corpus (`rt6-*.docx`), made as a district office makes it for vocational
 * training (Dự án 5): targets in a lettered list numbered by Word (`a)`, `b)`, … in no text), a table of communes and
 * the town (`Thị trấn`) with a `Tổng cộng` row, and the budget in a table whose header merges `Trong đó` over the
 * sources (`w:gridSpan`) and the first two header cells down two rows (`w:vMerge`), its unit in a line above.
 *
 *   node test/extract/corpus-src/make-docx-red-team-6.js [out-dir]
 */
"use strict";
const path = require("path");
const { b, p, table } = require("./docxWriter");
const { letterHead: head, h1, h2, letter, writeDocxWith } = require("./docxParts");

const out = process.argv[2] ?? path.join(__dirname, "../corpus");

const body = [
  head("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ", "Mường Tè", "58/KH-UBND", "ngày 11 tháng 3 năm 2025"),
  b("KẾ HOẠCH"),
  b("Thực hiện Tiểu dự án 3 Dự án 5 \"Dự án phát triển giáo dục nghề nghiệp và giải quyết việc làm cho người lao động vùng dân tộc thiểu số và miền núi\" năm 2025"),
  h1("MỤC ĐÍCH, YÊU CẦU"),
  p("Nâng cao chất lượng nguồn nhân lực, tạo việc làm, tăng thu nhập cho người lao động vùng đồng bào dân tộc thiểu số."),
  h1("MỤC TIÊU, CHỈ TIÊU"),
  h2("Chỉ tiêu cụ thể"),
  letter("Đào tạo nghề trình độ sơ cấp và dưới 3 tháng cho 280 lao động;"),
  letter("Tỷ lệ lao động có việc làm sau đào tạo đạt từ 80% trở lên;"),
  letter("Tư vấn, giới thiệu việc làm cho 600 lượt người;"),
  letter("Hỗ trợ 25 lao động đi làm việc ở nước ngoài theo hợp đồng."),
  h2("Phân bổ chỉ tiêu đào tạo nghề theo xã, thị trấn"),
  table([
    ["STT", "Đơn vị", "Đào tạo nghề (người)", "Tư vấn việc làm (lượt người)"],
    ["1", "Thị trấn Mường Tè", "30", "80"],
    ["2", "Xã Bum Nưa", "45", "90"],
    ["3", "Xã Bum Tở", "40", "90"],
    ["4", "Xã Mù Cả", "55", "110"],
    ["5", "Xã Ka Lăng", "50", "100"],
    ["6", "Xã Thu Lũm", "60", "130"],
    ["", "Tổng cộng", "280", "600"],
  ]),
  h1("NHIỆM VỤ"),
  p("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở 10 lớp đào tạo nghề nông nghiệp tại các xã; phối hợp tổ chức 02 phiên giao dịch việc làm."),
  h1("KINH PHÍ"),
  p("Đơn vị tính: triệu đồng"),
  table([
    [{ text: "STT", vmerge: "restart" }, { text: "Nội dung", vmerge: "restart" }, { text: "Tổng kinh phí", vmerge: "restart" }, { text: "Trong đó", span: 2 }],
    [{ text: "", vmerge: "continue" }, { text: "", vmerge: "continue" }, { text: "", vmerge: "continue" }, "NSTW", "NSĐP"],
    ["1", "Đào tạo nghề cho lao động", "1.540", "1.400", "140"],
    ["2", "Tư vấn, giới thiệu việc làm", "216", "196", "20"],
    ["3", "Hỗ trợ lao động đi làm việc ở nước ngoài", "375", "340", "35"],
    ["", "Tổng cộng", "2.131", "1.936", "195"],
  ]),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp UBND các xã, thị trấn tổ chức thực hiện; báo cáo kết quả về UBND huyện trước ngày 15/12/2025."),
  b("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),
].join("");

writeDocxWith(body, path.join(out, "rt6-ubnd-huyen-du-an-5-bang-xa-nguon-gop.docx"), "2025-03-11T00:00:00Z").catch((e) => {
  console.error(e);
  process.exit(1);
});
