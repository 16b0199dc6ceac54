/**
 * A part telling the past year's results (`I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024`, `I. KẾT QUẢ THỰC HIỆN …`) restates no
 * target: its figures raise no `target-conflict` with the plan's; the same sentence in the plan's purpose or its
 * grounds still does.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD, districtPlanHead } from "./planText";

const plan = (heading: string) =>
  extractPlan(
    [
      ...DISTRICT_PLAN_HEAD,
      heading,
      "Năm 2023, 65% nữ cán bộ cấp xã được tập huấn về bình đẳng giới; thành lập 06 câu lạc bộ Thủ lĩnh của sự thay đổi.",
      "II. CHỈ TIÊU",
      "1. Tỷ lệ nữ cán bộ cấp xã được tập huấn về bình đẳng giới đạt 80%.",
      "2. Thành lập 10 câu lạc bộ Thủ lĩnh của sự thay đổi.",
      "III. KINH PHÍ",
      "Tổng kinh phí: 500 triệu đồng.",
    ].join("\n"),
  ).issues.filter((i) => i.rule === "target-conflict").length;

test.each<[string, number]>([
  ["I. ĐÁNH GIÁ KẾT QUẢ NĂM 2023", 0],
  ["I. KẾT QUẢ THỰC HIỆN NĂM 2023", 0],
  ["I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2023", 0],
  ["I. THỰC TRẠNG", 0],
  ["I. MỤC ĐÍCH, YÊU CẦU", 2],
  ["I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", 2],
])("%s", (heading, conflicts) => {
  expect(plan(heading)).toBe(conflicts);
});

/** A plan for 2026 - 2030 whose aims part opens on `line`, then its targets. */
const withLine = (line: string) =>
  extractPlan(
    [
      ...districtPlanHead("Thực hiện công tác đào tạo nghề giai đoạn 2026-2030"),
      "I. MỤC ĐÍCH, YÊU CẦU",
      "Nâng cao chất lượng lao động.",
      "II. MỤC TIÊU",
      line,
      "2. Chỉ tiêu giai đoạn 2026-2030:",
      "a) Tỷ lệ lao động qua đào tạo đến năm 2030 đạt 65%.",
      "b) 12/12 xã có cơ sở giáo dục nghề nghiệp liên kết đào tạo.",
      "III. TỔ CHỨC THỰC HIỆN",
    ].join("\n"),
  );

// A line labelled as results (`Kết quả năm 2025:`), in whatever part, tells where things stand: no target read from its
// running text, no conflict with the targets it comes before; a label of aims keeps its figures.
test.each<[string, Array<[number, string]>, number]>([
  ["1. Kết quả năm 2025: tỷ lệ lao động qua đào tạo đạt 52%; 8/12 xã có cơ sở giáo dục nghề nghiệp liên kết đào tạo.", [[65, "%"], [12, "xã"]], 0],
  ["1. Kết quả thực hiện năm 2025: tỷ lệ lao động qua đào tạo đạt 52%; 8/12 xã có cơ sở giáo dục nghề nghiệp liên kết đào tạo.", [[65, "%"], [12, "xã"]], 0],
  ["1. Kết quả giai đoạn 2021 - 2025: tỷ lệ lao động qua đào tạo đạt 52%; 8/12 xã có cơ sở giáo dục nghề nghiệp liên kết đào tạo.", [[65, "%"], [12, "xã"]], 0],
  ["1. Mục tiêu chung: nâng tỷ lệ lao động qua đào tạo; 8/12 xã có cơ sở giáo dục nghề nghiệp liên kết đào tạo.", [[65, "%"], [12, "xã"]], 1],
])("%s", (line, targets, conflicts) => {
  const read = withLine(line);
  expect(read.indicators.map((i) => [i.target, i.unit])).toEqual(targets);
  expect(read.issues.filter((i) => i.rule === "target-conflict")).toHaveLength(conflicts);
});
