/** `II. PHÂN BỔ KINH PHÍ`, `DỰ KIẾN KINH PHÍ`, `BỐ TRÍ KINH PHÍ`: a budget part, its table read under the unit note above it. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each(["II. PHÂN BỔ KINH PHÍ", "II. DỰ KIẾN KINH PHÍ", "II. BỐ TRÍ KINH PHÍ", "II. KINH PHÍ"])("%s", (heading) => {
  const read = extractPlan(
    planWith(["- Thành lập mới 10 tổ truyền thông cộng đồng."], {
      after: [heading, "(Đơn vị tính: triệu đồng)", "| TT | Đơn vị | Kinh phí |", "| | Tổng cộng | 1.700 |", "| 1 | Huyện Mường Chà | 900 |", "| 2 | Huyện Tủa Chùa | 800 |"],
    }).replace("III. TỔ CHỨC THỰC HIỆN\n", ""),
  );
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
    ["KP", 1_700_000_000],
    ["KP.1", 900_000_000],
    ["KP.2", 800_000_000],
  ]);
});

/** `TỔNG HỢP KINH PHÍ`, `NHU CẦU VỐN`, `NGUỒN LỰC THỰC HIỆN`: a budget part too, so a total whose line names no budget word is read. */
test.each(["III. TỔNG HỢP KINH PHÍ", "III. NHU CẦU VỐN", "III. NHU CẦU KINH PHÍ", "III. NGUỒN LỰC THỰC HIỆN"])("%s", (heading) => {
  const read = extractPlan(
    planWith(["1. Hỗ trợ nhà ở cho 20 hộ, kinh phí 880 Tr.đ.", "2. Hỗ trợ đất ở cho 10 hộ, kinh phí 400 Tr.đ."], {
      after: [heading, "Tổng cộng: 1.280 Tr.đ, gồm:", "- Trung ương: 1.152 Tr.đ;", "- Tỉnh: 128 Tr.đ.", "IV. TỔ CHỨC THỰC HIỆN", "Các xã thực hiện."],
      heading: "1. Nội dung và chỉ tiêu",
    }).replace("III. TỔ CHỨC THỰC HIỆN\n", ""),
  );
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
    ["KP", 1_280_000_000],
    ["KP.1", 1_152_000_000],
    ["KP.2", 128_000_000],
  ]);
});

/** A budget table in the appendix under a long title in capitals (`DỰ TOÁN KINH PHÍ THỰC HIỆN DỰ ÁN 8 NĂM 2024`) is the budget. */
test.each([
  ["a long title in capitals", "DỰ TOÁN KINH PHÍ THỰC HIỆN DỰ ÁN 8 NĂM 2024 TẠI CÁC XÃ", true],
  ["the same title in ordinary case, long and with no colon, is no heading", "Dự toán kinh phí thực hiện Dự án 8 năm 2024 tại các xã", false],
])("%s", (_label, title, read) => {
  const text = planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng."], {
    after: ["Hội LHPN huyện triển khai.", "Phụ lục 02", title, "(Đơn vị tính: đồng)", "STT | Nội dung | Số lượng | Định mức | Thành tiền", "1 | Thành lập tổ truyền thông | 5 | 15.000.000 | 75.000.000", "2 | Duy trì địa chỉ tin cậy | 3 | 20.000.000 | 60.000.000", " | Tổng cộng | | | 135.000.000"],
  });
  const money = extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]);
  expect(money).toEqual(read ? [["KP", 135_000_000], ["KP.1", 75_000_000], ["KP.2", 60_000_000]] : []);
});

/** A table under a money unit note whose label column has a name of its own (`Nghề đào tạo`) is read by its amounts' column (`Thành tiền`). */
test.each(["Nghề đào tạo", "Tên lớp", "Mô hình"])("a table under a unit note labelled %s", (label) => {
  const text = planWith(["- Mở 08 lớp đào tạo nghề cho 240 học viên."], {
    after: ["III. DỰ TOÁN KINH PHÍ", "(Đơn vị tính: nghìn đồng)", `STT | ${label} | Số lớp | Số học viên | Định mức/học viên | Thành tiền`, "1 | Trồng trọt | 3 | 90 | 4.200 | 378.000", "2 | Chăn nuôi thú y | 5 | 150 | 4.500 | 675.000", " | Tổng cộng | 8 | 240 | | 1.053.000"],
  }).replace("III. TỔ CHỨC THỰC HIỆN\n", "IV. TỔ CHỨC THỰC HIỆN\n");
  expect(extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
    ["KP", 1_053_000_000],
    ["KP.1", 378_000_000],
    ["KP.2", 675_000_000],
  ]);
});
