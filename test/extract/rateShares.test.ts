/**
 * A percent that is a share of a rate (`hỗ trợ thêm 20% mức đóng`, `30% đơn giá`) says how much is paid per head, no
 * target: the count the line states is read, the percent is not; a percent of people or places stays a target.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (line: string) =>
  extractPlan(planWith([line]))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit]);

test.each<[string, Array<[number, string]>]>([
  ["4. Số người tham gia bảo hiểm y tế hộ gia đình được ngân sách huyện hỗ trợ thêm 20% mức đóng: 350 người.", [[350, "người"]]],
  ["- Hỗ trợ 50% mức hỗ trợ còn lại cho 120 hộ cận nghèo.", [[120, "hộ"]]],
  ["- Hỗ trợ 70% đơn giá giống cây trồng cho 45 hộ.", [[45, "hộ"]]],
  ["- Cho vay ưu đãi bằng 50% lãi suất cho vay hộ nghèo đối với 80 hộ.", [[80, "hộ"]]],
  // A share of people is a target.
  ["- 95% người dân tham gia bảo hiểm y tế.", [[95, "%"]]],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});
