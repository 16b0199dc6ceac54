/**
 * An income to reach in a targets table (`Thu nhập bình quân đầu người | triệu đồng/người/năm | 58`) is a target in its
 * own unit, at least that (`>=`), kind count — as the same income in running text is — never a budget line; other money
 * per person in a table (`Định mức hỗ trợ | triệu đồng/người | 5`) stays a rate, no target. (The poverty rate beside it,
 * planned below where it stands, is `<=`: baselineColumns.test.ts.)
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (row: string) =>
  extractPlan(planWith(["| TT | Chỉ tiêu | Đơn vị tính | Hiện trạng năm 2024 | Kế hoạch năm 2025 |", row, "| 2 | Tỷ lệ hộ nghèo đa chiều | % | 2,8 | 1,5 |"]))
    .indicators.map((i) => [i.name, i.target, i.unit, i.kind, i.rule ?? null]);

test.each<[string, Array<[string, number, string, string, string | null]>]>([
  [
    "| 1 | Thu nhập bình quân đầu người | triệu đồng/người/năm | 52 | 58 |",
    [["Thu nhập bình quân đầu người", 58, "triệu đồng/người/năm", "count", ">="], ["Tỷ lệ hộ nghèo đa chiều", 1.5, "%", "percent", "<="]],
  ],
  [
    "| 1 | Thu nhập bình quân đầu người | Triệu đồng/người | 52 | 75 |",
    [["Thu nhập bình quân đầu người", 75, "Triệu đồng/người", "count", ">="], ["Tỷ lệ hộ nghèo đa chiều", 1.5, "%", "percent", "<="]],
  ],
  ["| 1 | Định mức hỗ trợ mỗi hộ | triệu đồng/hộ | 5 | 5 |", [["Tỷ lệ hộ nghèo đa chiều", 1.5, "%", "percent", "<="]]],
])("%s", (row, expected) => {
  expect(read(row)).toEqual(expected);
});
