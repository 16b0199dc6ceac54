/**
 * A rate in a targets table beside a column of where it stands (`Hiện trạng năm 2024 | Kế hoạch năm 2025`, `Thực hiện
 * năm 2023 | Kế hoạch năm 2024`) planned below that is to be brought down: `<=` where the text states no bound. Raised,
 * or stated with its bound, or a count, it keeps what it had.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const rule = (header: string, row: string) =>
  extractPlan(planWith([header, row])).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.rule ?? null]);

const STANDS = "| TT | Chỉ tiêu | Đơn vị tính | Hiện trạng năm 2024 | Kế hoạch năm 2025 |";

test.each<[string, string, Array<[number, string | null]>]>([
  [STANDS, "| 1 | Tỷ lệ hộ nghèo đa chiều | % | 2,8 | 1,5 |", [[1.5, "<="]]],
  ["| TT | Chỉ tiêu | ĐVT | Thực hiện năm 2023 | Kế hoạch năm 2024 |", "| 1 | Tỷ lệ tảo hôn | % | 12 | 10 |", [[10, "<="]]],
  ["| TT | Chỉ tiêu | ĐVT | Ước thực hiện 2025 | Kế hoạch 2026 |", "| 1 | Tỷ lệ suy dinh dưỡng thấp còi | % | 24,5 | 23 |", [[23, "<="]]],
  [STANDS, "| 1 | Tỷ lệ người dân tham gia BHYT | % | 93 | 95 |", [[95, null]]],
  [STANDS, "| 1 | Tỷ lệ hộ nghèo | % | 2,8 | ≥ 1,5 |", [[1.5, ">="]]],
  [STANDS, "| 1 | Số hộ nghèo | hộ | 120 | 90 |", [[90, null]]],
  ["| TT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025 |", "| 1 | Tỷ lệ hộ nghèo | % | 2,8 | 1,5 |", [[1.5, null]]],
])("%s %s", (header, row, expected) => {
  expect(rule(header, row)).toEqual(expected);
});
