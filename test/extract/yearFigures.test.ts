/**
 * `Thành lập mới tổ truyền thông: năm 2024: 05 tổ; năm 2025: 04 tổ` with no period total: each year's figure is named
 * by the line's label and its year, to confirm (the period's total is left open).
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { planWith } from "./planText";

type Row = [number, string, string, boolean];

test.each<[string, Row[]]>([
  [
    "- Thành lập mới tổ truyền thông cộng đồng: năm 2024: 05 tổ; năm 2025: 04 tổ.",
    [
      [5, "tổ", "Thành lập mới tổ truyền thông cộng đồng (năm 2024)", false],
      [4, "tổ", "Thành lập mới tổ truyền thông cộng đồng (năm 2025)", false],
    ],
  ],
  // `là` / `đạt` between the year and its figure are no part of the name.
  [
    "- Số hộ thoát nghèo: năm 2026 là 120 hộ, năm 2027 là 110 hộ.",
    [
      [120, "hộ", "Số hộ thoát nghèo (năm 2026)", false],
      [110, "hộ", "Số hộ thoát nghèo (năm 2027)", false],
    ],
  ],
  [
    "- Số hộ thoát nghèo: năm 2026 đạt 120 hộ; năm 2027 đạt 110 hộ.",
    [
      [120, "hộ", "Số hộ thoát nghèo (năm 2026)", false],
      [110, "hộ", "Số hộ thoát nghèo (năm 2027)", false],
    ],
  ],
  // A colon after each year and commas between them: the second year's label follows the first figure's comma.
  [
    "- Số hộ thoát nghèo: năm 2026: 120 hộ, năm 2027: 110 hộ.",
    [
      [120, "hộ", "Số hộ thoát nghèo (năm 2026)", false],
      [110, "hộ", "Số hộ thoát nghèo (năm 2027)", false],
    ],
  ],
  [
    "- Thành lập mới tổ truyền thông: năm 2024: 05 tổ, năm 2025: 04 tổ, năm 2026: 03 tổ.",
    [
      [5, "tổ", "Thành lập mới tổ truyền thông (năm 2024)", false],
      [4, "tổ", "Thành lập mới tổ truyền thông (năm 2025)", false],
      [3, "tổ", "Thành lập mới tổ truyền thông (năm 2026)", false],
    ],
  ],
  // Labels and figures one after another: each label names its own figure only.
  [
    "- Số lớp tập huấn: 12 lớp, số người tham gia: 600 người.",
    [
      [12, "lớp", "Số lớp tập huấn", true],
      [600, "người", "Số người tham gia", true],
    ],
  ],
  [
    "- Tổ truyền thông cộng đồng: 14 tổ, địa chỉ tin cậy: ít nhất 20 địa chỉ.",
    [
      [14, "tổ", "Tổ truyền thông cộng đồng", true],
      [20, "địa chỉ", "Địa chỉ tin cậy", true],
    ],
  ],
  // In a plan for one year (the test plan's is 2023), that year's figure alone on its line is the target, stated;
  // another year's stays a figure to confirm.
  ["- Số hộ cận nghèo thoát cận nghèo: năm 2023: 60 hộ.", [[60, "hộ", "Số hộ cận nghèo thoát cận nghèo", true]]],
  ["- Số hộ cận nghèo thoát cận nghèo: năm 2024: 60 hộ.", [[60, "hộ", "Số hộ cận nghèo thoát cận nghèo (năm 2024)", false]]],
  ["- Thành lập mới 09 tổ truyền thông cộng đồng (năm 2024: 05 tổ; năm 2025: 04 tổ).", [[9, "tổ", "Thành lập mới tổ truyền thông cộng đồng", true]]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators;
  expect(read.map((i): Row => [i.target, i.unit, i.name, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual(expected);
});
