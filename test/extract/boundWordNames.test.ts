/** A target after a label and a colon whose own words are only its bound (`…: đạt từ 95% trở lên`) is named by the label, never `Từ`. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, string]>([
  ["- Tỷ lệ rác thải sinh hoạt được thu gom, xử lý: đạt từ 95% trở lên.", "Tỷ lệ rác thải sinh hoạt được thu gom, xử lý"],
  ["- Số vườn mẫu đạt chuẩn: ít nhất 120 vườn.", "Số vườn mẫu đạt chuẩn"],
  ["- Tỷ lệ hộ nghèo: dưới 2%.", "Tỷ lệ hộ nghèo"],
])("%s", (line, name) => {
  expect(extractPlan(planWith([line])).indicators.map((i) => i.name)).toEqual([name]);
});
