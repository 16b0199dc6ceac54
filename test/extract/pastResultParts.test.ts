/**
 * A part telling the past year's results (`I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024`, `I. KẾT QUẢ THỰC HIỆN …`) restates no
 * target: its figures raise no `target-conflict` with the plan's; the same sentence in the plan's purpose or its
 * grounds still does.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

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
