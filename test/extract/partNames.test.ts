/**
 * A part of a target after `trong đó` is named by its own words: a bound before its figure (`ít nhất`, `tối thiểu`)
 * names nothing, and the words after it lose their `là` (`trong đó ít nhất 50% là hộ nghèo` → `hộ nghèo`).
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
