/** `150 khu dân cư nông thôn mới kiểu mẫu`: a count of residential areas, its unit `khu dân cư`, never `khu`. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, number, string]>([
  ["- Xây dựng thêm 150 khu dân cư nông thôn mới kiểu mẫu.", 150, "khu dân cư"],
  ["- Có 12 khu dân cư đạt chuẩn văn hóa.", 12, "khu dân cư"],
  ["- Thành lập 03 khu sản xuất tập trung.", 3, "khu"],
])("%s", (line, target, unit) => {
  expect(extractPlan(planWith([line])).indicators.map((i) => [i.target, i.unit])).toEqual([[target, unit]]);
});
