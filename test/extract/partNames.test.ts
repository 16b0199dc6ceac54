/**
 * A part of a target after `trong đó` is named by its own words: a bound before its figure (`ít nhất`, `tối thiểu`)
 * names nothing, and the words after it lose their `là` (`trong đó ít nhất 50% là hộ nghèo` → `hộ nghèo`). The first
 * part keeps all its words, commas and all (`trong đó có bằng cấp, chứng chỉ đạt 35%` → `bằng cấp, chứng chỉ`); a later
 * one starts after the comma that ends the part before it.
 */
import { extractPlan } from "../../src/extract";

test.each([
  ["Có 150 hộ tham gia các dự án, trong đó ít nhất 50% là hộ nghèo.", "(trong đó: hộ nghèo)"],
  ["Có 150 hộ tham gia các dự án, trong đó tối thiểu 50% là hộ nghèo.", "(trong đó: hộ nghèo)"],
  ["Có 150 hộ tham gia các dự án, trong đó hộ nghèo chiếm 50%.", "(trong đó: hộ nghèo)"],
])("%s", (line, wanted) => {
  const plan = extractPlan(["KẾ HOẠCH", "Phát triển sản xuất năm 2024", "I. MỤC TIÊU", "- Hỗ trợ 04 dự án phát triển sản xuất cộng đồng;", `- ${line}`, "II. TỔ CHỨC THỰC HIỆN", "Phòng Nông nghiệp chủ trì."].join("\n"));
  expect(plan.indicators.find((i) => i.unit === "%")?.name).toContain(wanted);
});

test.each<[string, string[]]>([
  ["- Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 35%.", ["(trong đó: bằng cấp, chứng chỉ)"]],
  ["- Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 35%, lao động nữ đạt 20%.", ["(trong đó: bằng cấp, chứng chỉ)", "(trong đó: lao động nữ)"]],
  ["- Tập huấn cho 500 cán bộ, trong đó cán bộ xã, thôn 300 người.", ["(trong đó: cán bộ xã, thôn)"]],
  ["- Đào tạo nghề cho 500 lao động, trong đó: lao động nữ 250 người, lao động là người DTTS 300 người.", ["(trong đó: lao động nữ)", "(trong đó: lao động là người DTTS)"]],
])("parts' names: %s", (line, wanted) => {
  const plan = extractPlan(["KẾ HOẠCH", "Phát triển sản xuất năm 2024", "I. MỤC TIÊU", line, "II. TỔ CHỨC THỰC HIỆN", "Phòng Nông nghiệp chủ trì."].join("\n"));
  const parts = plan.indicators.slice(1).map((i) => i.name.slice(i.name.indexOf(" (trong đó") + 1));
  expect(parts).toEqual(wanted);
});
