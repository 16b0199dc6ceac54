/** A unit is one phrase after its figure: punctuation ends it (`250 người; lao động …` is counted in `người`). */
import { extractPlan } from "../../src/extract";
import { findQuantities } from "../../src/extract/quantities";
import { planWith } from "./planText";

test.each<[string, string[]]>([
  ["Hỗ trợ 20 hộ; gia đình có công được tặng quà", ["20 hộ"]],
  ["Thành lập 05 tổ. Nhóm sinh kế hoạt động thường xuyên", ["5 tổ"]],
  ["Tư vấn 300 lượt; người dân được hỗ trợ", ["300 lượt"]],
  ["Duy trì 30 tổ/nhóm truyền thông", ["30 tổ nhóm"]],
  ["Hỗ trợ 20 hộ gia đình có công", ["20 hộ gia đình"]],
])("%s", (text, expected) => {
  expect(findQuantities(text).map((q) => `${q.value} ${q.unit}`)).toEqual(expected);
});

test("a part counted in people before a semicolon keeps its own unit", () => {
  const read = extractPlan(planWith(["- Đào tạo nghề cho 500 lao động, trong đó: lao động nữ 250 người; lao động là người DTTS 300 người."]));
  expect(read.indicators.map((i) => [i.target, i.unit])).toEqual([[500, "lao động"], [250, "người"], [300, "người"]]);
});

test.each<[string, string[]]>([
  ["đào tạo dưới 03 tháng 850 người", ["850 người"]],
  ["khóa đào tạo 2 năm 120 học viên", ["120 học viên"]],
  ["tháng 3 tổ chức hội nghị", []],
])("a figure after a duration (%s) is no time word's label", (text, expected) => {
  expect(findQuantities(text).map((q) => `${q.value} ${q.unit}`)).toEqual(expected);
});

test("a part after a duration is read", () => {
  const read = extractPlan(planWith(["- Hỗ trợ đào tạo nghề cho 1.200 lao động (trong đó: trình độ sơ cấp 350 người, đào tạo dưới 03 tháng 850 người)."]));
  expect(read.indicators.map((i) => [i.target, i.unit])).toEqual([[1200, "lao động"], [350, "người"], [850, "người"]]);
});
