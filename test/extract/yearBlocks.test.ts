/**
 * Targets listed year by year under headings of their own (`1. Năm 2024` … `2. Năm 2025` …) in a plan for a period:
 * one target each, a count the sum of its years and a percent its last year's, to confirm; in a plan for one year,
 * or for a target listed under one year only, the figures stay as they are.
 */
import { extractPlan } from "../../src/extract";

const plan = (title: string, lines: readonly string[]) =>
  extractPlan(
    ["ỦY BAN NHÂN DÂN", "HUYỆN THỬ NGHIỆM", "Số: 9/KH-UBND", "Thử Nghiệm, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", title, "I. CHỈ TIÊU", ...lines, "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n"),
  );

const BLOCKS = [
  "1. Năm 2024",
  "- Thành lập mới 05 tổ truyền thông cộng đồng.",
  "- 70% phụ nữ mang thai được khám thai định kỳ.",
  "2. Năm 2025",
  "- Thành lập mới 07 tổ truyền thông cộng đồng.",
  "- 80% phụ nữ mang thai được khám thai định kỳ.",
  "- Tổ chức 02 hội thi.",
];

test.each<[string, string, readonly string[], Array<[number, string, boolean]>]>([
  [
    "a period's plan",
    "Thực hiện Dự án 8 giai đoạn 2024 - 2025",
    BLOCKS,
    [[12, "tổ", true], [80, "%", true], [2, "hội thi", false]],
  ],
  [
    "three years, headings with a colon",
    "Thực hiện Dự án 8 giai đoạn 2023 - 2025",
    ["a) Năm 2023:", "- Tổ chức 04 cuộc đối thoại chính sách.", "b) Năm 2024:", "- Tổ chức 05 cuộc đối thoại chính sách.", "c) Năm 2025:", "- Tổ chức 06 cuộc đối thoại chính sách."],
    [[15, "cuộc", true]],
  ],
])("%s", (_label, title, lines, expected) => {
  const read = plan(title, lines).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit, (i.confidence ?? 1) < 0.8])).toEqual(expected);
});

test("a plan for one year keeps each figure", () => {
  const read = plan("Thực hiện Dự án 8 năm 2024", BLOCKS).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => i.target)).toEqual([5, 70, 7, 80, 2]);
});
