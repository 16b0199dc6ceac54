/**
 * A target table by year with a column for the whole period (`Tổng giai
 * đoạn`, `Cả giai đoạn 2026-2030`, `Tổng số (2026-2030)`): in a plan for the
 * period that column is the target, as stated; the years' columns are not.
 */
import { extractPlan } from "../../src/extract";
import { districtPlanHead } from "./planText";

function periodPlan(totalHeader: string, title = "Thực hiện Dự án 8 giai đoạn 2026 - 2030"): string {
  return [
    ...districtPlanHead(title),
    "I. CHỈ TIÊU",
    `| TT | Chỉ tiêu | ĐVT | ${totalHeader} | Năm 2026 | Năm 2027 | Năm 2028 | Năm 2029 | Năm 2030 |`,
    "| 1 | Tổ truyền thông cộng đồng thành lập mới | Tổ | 13 | 3 | 3 | 3 | 2 | 2 |",
    "| 2 | Tỷ lệ phụ nữ được tư vấn sức khỏe sinh sản | % | ≥ 80 | 60 | 65 | 70 | 75 | 80 |",
    "| 3 | Lớp tập huấn cho cán bộ | Lớp | 10 | 2 | 2 | 2 | 2 | 2 |",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các xã báo cáo.",
  ].join("\n");
}

type Row = [number, string, string | undefined, boolean];

describe("the whole period's column", () => {
  const stated: Row[] = [
    [13, "Tổ truyền thông cộng đồng thành lập mới", undefined, true],
    [80, "Tỷ lệ phụ nữ được tư vấn sức khỏe sinh sản", ">=", true],
    [10, "Lớp tập huấn cho cán bộ", undefined, true],
  ];
  test.each<[string, Row[]]>([
    ["Tổng giai đoạn", stated],
    ["Cả giai đoạn 2026-2030", stated],
    ["Tổng số (2026-2030)", stated],
    ["Tổng cả giai đoạn", stated],
  ])("%s", (header, expected) => {
    const plan = extractPlan(periodPlan(header));
    expect(plan.indicators.map((i): Row => [i.target, i.name, i.rule, (i.confidence ?? 1) >= 0.8])).toEqual(expected);
  });

  test("in a plan for one year, that year's column, to confirm", () => {
    const plan = extractPlan(periodPlan("Tổng giai đoạn", "Thực hiện Dự án 8 năm 2027"));
    expect(plan.indicators.map((i) => [i.target, (i.confidence ?? 1) < 0.8])).toEqual([[3, true], [65, true], [2, true]]);
  });
});
