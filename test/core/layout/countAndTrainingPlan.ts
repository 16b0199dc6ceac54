/**
 * The plan the blank-total tests check against: one count line, `Tổ truyền
 * thông cộng đồng` (`target` teams), and `Lớp tập huấn` (6 classes).
 */
import type { Plan } from "../../../src/core/model/plan";
import { readPlanJson } from "../../../src/core/plan";

export function countAndTrainingPlan(target: number): Plan {
  return readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target },
        { code: "2", name: "Lớp tập huấn", unit: "lớp", target: 6 },
      ],
    },
    "plan.json",
  );
}
