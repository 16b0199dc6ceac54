/** `KH 2026` (kế hoạch) beside `Ước TH 2025` is the target column, read as stated; the achieved column is not. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each(["KH 2026", "KH năm 2026", "Kế hoạch năm 2026"])("%s", (header) => {
  const text = planWith([
    `| TT | Chỉ tiêu | ĐVT | Ước TH 2025 | ${header} | Ghi chú |`,
    "| 1 | Tổ truyền thông cộng đồng | Tổ | 10 | 13 | |",
    "| 2 | Tỷ lệ phụ nữ được khám sàng lọc | % | 65 | 70 | |",
  ]).replace("năm 2023", "năm 2026");
  expect(extractPlan(text).indicators.map((i) => [i.target, i.name, (i.confidence ?? 1) >= 0.8])).toEqual([
    [13, "Tổ truyền thông cộng đồng", true],
    [70, "Tỷ lệ phụ nữ được khám sàng lọc", true],
  ]);
});
