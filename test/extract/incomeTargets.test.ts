/**
 * An income to reach (`thu nhập bình quân … 72 triệu đồng/người/năm`) is a rate per person and year, never a budget
 * line: a target in its own unit (a count kind, as CONTRACT §1 reads the unit `triệu đồng/người/năm`), at least
 * that much (`>=`), beside the budget, which keeps its lines.
 */
import { extractPlan, extractedPlanToSheetRows, renderExtractedPlanText } from "../../src/extract";
import { planWith } from "./planText";

const BUDGET = ["III. KINH PHÍ", "Tổng kinh phí: 1.500 triệu đồng."];

test.each<[string, number, string]>([
  ["- Phấn đấu đến năm 2030 thu nhập bình quân của hội viên đạt 72 triệu đồng/người/năm.", 72, "triệu đồng/người/năm"],
  ["- Thu nhập bình quân đầu người đạt 58 triệu đồng/người/năm.", 58, "triệu đồng/người/năm"],
  ["- Thu nhập bình quân của lao động đạt 4,5 triệu đồng/người/tháng.", 4.5, "triệu đồng/người/tháng"],
  ["- Thu nhập bình quân của hộ tham gia mô hình đạt 120 triệu đồng/hộ/năm.", 120, "triệu đồng/hộ/năm"],
])("%s", (line, target, unit) => {
  const plan = extractPlan(planWith([line], { before: [], heading: "1. Chỉ tiêu cụ thể" }).replace("III. TỔ CHỨC THỰC HIỆN", [...BUDGET, "IV. TỔ CHỨC THỰC HIỆN"].join("\n")));
  expect(plan.indicators.map((i) => [i.code, i.target, i.unit, i.kind, i.rule])).toEqual([
    ["1", target, unit, "count", ">="],
    ["KP", 1_500_000_000, "triệu đồng", "money", undefined],
  ]);
  // Listed among the targets, not under the budget; on the plan sheet as the text writes it.
  const text = renderExtractedPlanText(plan, "vi");
  expect(text.indexOf(unit)).toBeLessThan(text.indexOf("Kinh phí ("));
  expect(extractedPlanToSheetRows(plan)[1].slice(2, 5)).toEqual([unit, target, ">="]);
});
