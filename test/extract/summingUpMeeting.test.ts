/** `Hội nghị sơ kết, tổng kết`, `Tổng hợp báo cáo`: an activity named with the word `tổng` is a budget part, not the total. */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function plan(budget: readonly string[]): string {
  return [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 02 tổ truyền thông cộng đồng.", "II. KINH PHÍ", ...budget, "III. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
}

/** A commune's plan as typed, whose last budget line is the summing-up meeting. */
const COMMUNE_PLAN = ["ỦY BAN NHÂN DÂN", "XÃ PHÌN NGAN", "Số: 18/KH-UBND", "Phìn Ngan, ngày 03 tháng 3 năm 2024", "", "KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024 trên địa bàn xã Phìn Ngan", "", "I. MỤC ĐÍCH", "Triển khai hiệu quả Dự án 8 trên địa bàn xã.", "", "II. CHỈ TIÊU", "1. Thành lập mới 02 tổ truyền thông cộng đồng tại thôn Pho và thôn Ngải Thầu.", "2. Tổ chức 12 buổi truyền thông tại 10 thôn, thu hút trên 600 lượt người tham gia.", "3. Tỷ lệ tảo hôn giảm còn dưới 10%.", "4. Phấn đấu 100% thôn có tuyên truyền viên là nữ.", "", "III. KINH PHÍ", "Tổng kinh phí thực hiện: 96.500.000 đ (Chín mươi sáu triệu năm trăm nghìn đồng), cụ thể:", "- Thành lập tổ truyền thông: 2 tổ x 15.000.000 đ = 30.000.000 đ;", "- Tổ chức buổi truyền thông: 12 buổi x 4.500.000 đ = 54.000.000 đ;", "- Hội nghị sơ kết, tổng kết: 12.500.000 đ.", "", "IV. TỔ CHỨC THỰC HIỆN", "Giao Hội LHPN xã chủ trì thực hiện."].join("\n");

test("in a commune's plan", () => {
  const lines = extractPlan(COMMUNE_PLAN).indicators.filter((i) => i.kind === "money");
  expect(lines.map((l) => [l.code, l.target, l.name])).toEqual([
    ["KP", 96_500_000, "Tổng kinh phí"],
    ["KP.1", 30_000_000, "Thành lập tổ truyền thông"],
    ["KP.2", 54_000_000, "Tổ chức buổi truyền thông"],
    ["KP.3", 12_500_000, "Hội nghị sơ kết, tổng kết"],
  ]);
});

test.each<[string, string[]]>([
  [
    "in text",
    ["Tổng kinh phí thực hiện: 96.500.000 đ (Chín mươi sáu triệu năm trăm nghìn đồng), cụ thể:", "- Thành lập tổ truyền thông: 2 tổ x 15.000.000 đ = 30.000.000 đ;", "- Tổ chức buổi truyền thông: 12 buổi x 4.500.000 đ = 54.000.000 đ;", "- Hội nghị sơ kết, tổng kết: 12.500.000 đ."],
  ],
  [
    "in a table",
    ["| TT | Nội dung | Kinh phí (đồng) |", "| 1 | Thành lập tổ truyền thông | 30.000.000 |", "| 2 | Tổ chức buổi truyền thông | 54.000.000 |", "| 3 | Tổng kết, đánh giá | 12.500.000 |", "| | Tổng cộng | 96.500.000 |"],
  ],
])("%s", (_label, budget) => {
  const lines = extractPlan(plan(budget)).indicators.filter((i) => i.kind === "money");
  expect(lines.map((l) => [l.code, l.target])).toEqual([
    ["KP", 96_500_000],
    ["KP.1", 30_000_000],
    ["KP.2", 54_000_000],
    ["KP.3", 12_500_000],
  ]);
});
