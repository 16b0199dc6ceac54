/**
 * A header naming the places of a table's rows is read the same in every table (area list, targets by place,
 * budget by place), however staff spell it: `Tên xã, thị trấn`, `Xã/Thị trấn`, `Xã, TT`, `Huyện, TP`, `Địa phương`.
 * Alone, `TT` is the row number's column, no level.
 */
import { extractPlan } from "../../src/extract";
import { placeHeaderLevel } from "../../src/extract/placeHeaders";

test.each([
  ["Xã", "commune"],
  ["Xã, thị trấn", "commune"],
  ["Tên xã, thị trấn", "commune"],
  ["Xã/Thị trấn", "commune"],
  ["Xã, TT", "commune"],
  ["Xã - Thị trấn", "commune"],
  ["Xã, phường, thị trấn", "commune"],
  ["Đơn vị cấp xã", "commune"],
  ["Huyện", "district"],
  ["Huyện, TP", "district"],
  ["Tên huyện, thị xã, thành phố", "district"],
  ["Thôn, bản", "village"],
  ["Đơn vị", "either"],
  ["Địa phương", "either"],
  ["TT", null],
  ["STT", null],
  ["Nội dung", null],
  ["Xã hội hóa", null],
  ["Huyện, xã", null],
])("%s", (cell, level) => {
  expect(placeHeaderLevel(cell)).toBe(level);
});

const plan = (header: string) =>
  extractPlan(
    [
      "ỦY BAN NHÂN DÂN",
      "HUYỆN BẮC HÀ",
      "KẾ HOẠCH",
      "Thực hiện Dự án 8 năm 2024",
      "I. MỤC TIÊU",
      "- Thành lập mới 03 tổ truyền thông cộng đồng.",
      "II. KINH PHÍ",
      "Tổng kinh phí: 600 triệu đồng, phân bổ như sau:",
      `STT | ${header} | Kinh phí (triệu đồng)`,
      "1 | Xã Lùng Phình | 200",
      "2 | Xã Bản Phố | 150",
      "3 | Thị trấn Bắc Hà | 250",
      " | Tổng cộng | 600",
      "III. TỔ CHỨC THỰC HIỆN",
      "Hội LHPN huyện chủ trì.",
    ].join("\n"),
  );

test.each(["Xã, thị trấn", "Tên xã, thị trấn", "Xã/Thị trấn", "Xã, TT", "Địa phương"])("a budget table by place headed %s names the communes", (header) => {
  const read = plan(header);
  expect(read.areas.map((a) => [a.district, a.commune])).toEqual([
    ["Bắc Hà", "Lùng Phình"],
    ["Bắc Hà", "Bản Phố"],
    ["Bắc Hà", "Bắc Hà"],
  ]);
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => i.target)).toEqual([600e6, 200e6, 150e6, 250e6]);
});

test.each([
  ["a header naming no places", "Nội dung", [["Bắc Hà", "Lùng Phình"], ["Bắc Hà", "Bản Phố"], ["Bắc Hà", "Bắc Hà"]]],
  ["a header of contents", "Hạng mục", [["Bắc Hà", "Lùng Phình"], ["Bắc Hà", "Bản Phố"], ["Bắc Hà", "Bắc Hà"]]],
])("rows named by commune with their prefix under %s name the communes when the text lists none", (_, header, areas) => {
  expect(plan(header).areas.map((a) => [a.district, a.commune])).toEqual(areas);
});

test("rows of activities under a header of contents name no communes", () => {
  const read = extractPlan(
    ["ỦY BAN NHÂN DÂN", "HUYỆN BẮC HÀ", "KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "II. KINH PHÍ", "Tổng kinh phí: 300 triệu đồng:", "STT | Nội dung | Kinh phí (triệu đồng)", "1 | Xã Lùng Phình tổ chức hội nghị | 100", "2 | Tập huấn | 200", " | Tổng cộng | 300"].join("\n"),
  );
  expect(read.areas).toEqual([]);
});
