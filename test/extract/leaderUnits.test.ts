/**
 * A team's leaders are people, not teams: `120 tổ trưởng` counts `tổ trưởng` (and `45 trưởng thôn` counts `trưởng
 * thôn`), while `05 tổ phụ nữ` still counts `tổ`.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, number, string]>([
  ["- Tập huấn nghiệp vụ cho 120 tổ trưởng Tổ tiết kiệm và vay vốn.", 120, "tổ trưởng"],
  ["- Bồi dưỡng kỹ năng hòa giải cho 45 trưởng thôn, bản.", 45, "trưởng thôn"],
  ["- Thành lập mới 05 tổ phụ nữ tiết kiệm.", 5, "tổ"],
  ["- Duy trì 12 tổ truyền thông cộng đồng.", 12, "tổ"],
])("%s", (line, target, unit) => {
  const [first] = extractPlan(planWith([line])).indicators;
  expect([first.target, first.unit]).toEqual([target, unit]);
});
