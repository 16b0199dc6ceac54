/**
 * One indicator given at two years in one sentence (`đạt 25%, đến năm 2030 đạt 30%`, `25% vào năm 2026 và 30% vào năm
 * 2030`): the later figure is that indicator at its year — named so, to be confirmed (a milestone whose place in the
 * plan the reader decides) — never a target with no name.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { planWith } from "./planText";

test.each<[string, string]>([
  ["- Phấn đấu đến năm 2026, tỷ lệ phụ nữ tham gia cấp ủy cơ sở đạt 25%, đến năm 2030 đạt 30%.", "Tỷ lệ phụ nữ tham gia cấp ủy cơ sở (năm 2030)"],
  ["- Tỷ lệ phụ nữ tham gia cấp ủy cơ sở đạt 25% vào năm 2026 và 30% vào năm 2030.", "Tỷ lệ phụ nữ tham gia cấp ủy cơ sở (năm 2030)"],
])("%s", (line, later) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.name])).toEqual([
    [25, "Tỷ lệ phụ nữ tham gia cấp ủy cơ sở"],
    [30, later],
  ]);
  expect(read[1].confidence ?? 1).toBeLessThan(CONFIRM_BELOW);
});
