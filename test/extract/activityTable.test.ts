/** A table of activities with `Số lượng` and `Kinh phí (triệu đồng)` columns: the counts are the targets, never the money. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each(["Nội dung hoạt động", "Nội dung công việc", "Tên hoạt động"])("%s", (header) => {
  const plan = extractPlan(
    planWith([
      `| TT | ${header} | ĐVT | Số lượng | Kinh phí (triệu đồng) |`,
      "| 1 | Thành lập tổ truyền thông cộng đồng | Tổ | 13 | 390 |",
      "| 2 | Tập huấn cán bộ | Lớp | 4 | 160 |",
      "| | Tổng cộng | | | 550 |",
    ]),
  );
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.code, i.target, i.unit, i.confidence])).toEqual([
    ["1", 13, "Tổ", 0.95],
    ["2", 4, "Lớp", 0.95],
  ]);
});
