/**
 * Milestones of one percent over a plan of several years, said `năm 2026 đạt 40%` or `40% vào năm 2026`, two or three
 * of them: the period's target is the last year's, named by the indicator and that year — never by a milestone's own
 * words (`Năm 2028`, `Vào`).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const periodPlan = (line: string) => planWith([line]).replace("Thực hiện công tác thử nghiệm năm 2023", "Thực hiện công tác thử nghiệm giai đoạn 2026 - 2030");

test.each<[string]>([
  ["- Tỷ lệ phụ nữ tham gia năm 2026 đạt 40%, năm 2028 đạt 60%, năm 2030 đạt 90%."],
  ["- Tỷ lệ phụ nữ tham gia năm 2026 đạt 40%, năm 2028 đạt 60% và năm 2030 đạt 90%."],
  ["- Tỷ lệ phụ nữ tham gia đạt 40% vào năm 2026, 60% vào năm 2028 và 90% vào năm 2030."],
  ["- Tỷ lệ phụ nữ tham gia đạt 40% vào năm 2026, 60% vào năm 2028, 90% vào năm 2030."],
  ["- Tỷ lệ phụ nữ tham gia đạt 40% vào năm 2026 và 90% vào năm 2030."],
])("%s", (line) => {
  const read = extractPlan(periodPlan(line)).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.name, i.target, i.unit])).toEqual([["Tỷ lệ phụ nữ tham gia (năm 2030)", 90, "%"]]);
});

test("a plan of one year keeps each milestone, each named by the indicator", () => {
  const read = extractPlan(planWith(["- Tỷ lệ phụ nữ tham gia đạt 40% vào năm 2026, 60% vào năm 2028 và 90% vào năm 2030."])).indicators;
  expect(read.map((i) => i.name.replace(/\s*\(năm \d{4}\)$/u, ""))).toEqual(["Tỷ lệ phụ nữ tham gia", "Tỷ lệ phụ nữ tham gia", "Tỷ lệ phụ nữ tham gia"]);
});
