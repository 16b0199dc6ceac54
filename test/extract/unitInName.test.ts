/** A target table with no unit column gives the unit in brackets after each name (`Tổ truyền thông cộng đồng (tổ)`). */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test("units in brackets after the names, the whole period's column", () => {
  const plan = extractPlan(
    planWith([
      "| TT | Chỉ tiêu | Năm 2026 | Năm 2027 | Năm 2028 | Tổng |",
      "| 1 | Tổ truyền thông cộng đồng (tổ) | 3 | 3 | 4 | 10 |",
      "| 2 | Lớp tập huấn (lớp) | 2 | 2 | 2 | 6 |",
      "| 3 | Phụ nữ được khám sàng lọc (%) | 60 | 70 | 80 | 80 |",
      "| 4 | Tổ chức các hoạt động (theo kế hoạch) | 1 | 1 | 1 | 3 |",
    ]),
  );
  expect(plan.indicators.map((i) => [i.target, i.unit, i.name])).toEqual([
    [10, "tổ", "Tổ truyền thông cộng đồng"],
    [6, "lớp", "Lớp tập huấn"],
    [80, "%", "Phụ nữ được khám sàng lọc"],
  ]);
});
