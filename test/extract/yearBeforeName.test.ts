/**
 * A year said bare at the head of a target (`Năm 2026 tỷ lệ … đạt 55%`, `phấn đấu năm 2026 có 100% số xã …`) is when,
 * not what: the name is what the target counts. A year's own line (`Năm 2026: 450 lao động`) is left to the years' reading.
 */
import { extractPlan } from "../../src/extract";

function names(lines: string[]) {
  return extractPlan(["KẾ HOẠCH", "Thực hiện Dự án năm 2026", "II. CHỈ TIÊU", ...lines, "III. KINH PHÍ", "Tổng kinh phí: 100 triệu đồng."].join("\n"))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.name]);
}

test.each<[string, [number, string]]>([
  ["- Năm 2026 tỷ lệ hộ dùng nước sạch đạt 55%.", [55, "Tỷ lệ hộ dùng nước sạch"]],
  ["- Phấn đấu năm 2026 có 100% số xã có tổ truyền thông.", [100, "Số xã có tổ truyền thông"]],
  ["- Năm 2026, thành lập mới 12 tổ truyền thông.", [12, "Thành lập mới tổ truyền thông"]],
  ["- Năm 2025 đạt 85% số xã có địa chỉ tin cậy, phấn đấu năm 2026 có 100% số xã duy trì nhóm phòng chống bạo lực gia đình.", [100, "Số xã duy trì nhóm phòng chống bạo lực gia đình"]],
])("%s", (line, expected) => {
  expect(names([line])).toEqual([expected]);
});

test("a whole's years stay its parts by year", () => {
  const plan = extractPlan(
    ["KẾ HOẠCH", "Thực hiện Dự án giai đoạn 2026 - 2027", "II. CHỈ TIÊU", "1. Đào tạo nghề cho 900 lao động nữ, trong đó:", "- Năm 2026: 450 lao động nữ;", "- Năm 2027: 450 lao động nữ.", "III. KINH PHÍ", "Tổng kinh phí: 100 triệu đồng."].join("\n"),
  );
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => i.target)).toEqual([900]);
  expect(plan.issues.filter((i) => i.rule === "share-total")).toEqual([]);
});

// The quotes around a whole wording (an amendment's new target after `như sau:`) are no part of its name; quotes inside
// a name (`Câu lạc bộ "Thủ lĩnh của sự thay đổi"`) stay.
test.each<[string, [number, string]]>([
  ['1. Sửa đổi chỉ tiêu tại điểm a, khoản 2, Mục II như sau: "Đào tạo nghề nông nghiệp cho 320 lao động nữ".', [320, "Đào tạo nghề nông nghiệp cho lao động nữ"]],
  ['- Duy trì 12 Câu lạc bộ "Thủ lĩnh của sự thay đổi".', [12, 'Duy trì Câu lạc bộ "Thủ lĩnh của sự thay đổi"']],
])("%s", (line, expected) => {
  expect(names([line])).toEqual([expected]);
});
