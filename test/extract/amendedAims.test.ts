/**
 * An amended plan's `II. MỤC TIÊU SAU ĐIỀU CHỈNH` over a numbered list is its targets part, read as listed (not as
 * running text to confirm); a revision in houses (`từ 45 căn lên 60 căn`) is read in `căn`, the figure it is raised to.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

test.each(["II. MỤC TIÊU SAU ĐIỀU CHỈNH", "II. MỤC TIÊU NĂM 2024 SAU ĐIỀU CHỈNH, BỔ SUNG", "II. MỤC TIÊU"])("%s", (heading) => {
  const plan = extractPlan(
    [
      ...DISTRICT_PLAN_HEAD,
      "I. LÝ DO ĐIỀU CHỈNH",
      "Do được bổ sung vốn, một số chỉ tiêu cần được điều chỉnh.",
      heading,
      "1. Điều chỉnh chỉ tiêu hỗ trợ nhà ở cho hộ nghèo từ 45 căn lên 60 căn.",
      "2. Tỷ lệ hộ nghèo giảm còn dưới 9,5%.",
      "III. KINH PHÍ",
      "Tổng kinh phí: 2.000 triệu đồng.",
    ].join("\n"),
  );
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.confidence])).toEqual([
    [60, "căn", 0.95],
    [9.5, "%", 0.95],
  ]);
});
