/**
 * A budget table with a total column and one column per year: a row whose years miss its total is told
 * (`budget-split`, naming the row and the years), the total row too; a table whose rows add up, or whose total column
 * covers a longer period (`Tổng giai đoạn 2021 - 2025`), says nothing.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const splits = (header: string, rows: string[]) =>
  extractPlan(planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng."], { after: ["IV. KINH PHÍ", "Đơn vị tính: triệu đồng", header, ...rows] }))
    .issues.filter((i) => i.rule === "budget-split")
    .map((i) => /Dòng "([^"]+)"/.exec(i.message)?.[1] ?? i.message);

const HEADER = "| STT | Nguồn vốn | Tổng số | Năm 2023 | Năm 2024 |";

test.each<[string, string, string[], string[]]>([
  ["rows adding up", HEADER, ["| 1 | Ngân sách Trung ương | 2.300 | 1.100 | 1.200 |", "| 2 | Ngân sách địa phương | 240 | 120 | 120 |", "| | Tổng cộng | 2.540 | 1.220 | 1.320 |"], []],
  ["one row and the total row short", HEADER, ["| 1 | Ngân sách Trung ương | 2.400 | 1.100 | 1.200 |", "| 2 | Ngân sách địa phương | 240 | 120 | 120 |", "| | Tổng cộng | 2.640 | 1.220 | 1.320 |"], ["Ngân sách Trung ương", "Tổng cộng"]],
  ["a decimal row over", HEADER, ["| 1 | Tập huấn | 12,5 | 6,25 | 6,5 |", "| | Tổng cộng | 12,5 | 6,25 | 6,5 |"], ["Tập huấn", "Tổng cộng"]],
  ["a total over a longer period", "| STT | Nguồn vốn | Tổng giai đoạn 2021 - 2025 | Năm 2023 | Năm 2024 |", ["| 1 | Ngân sách Trung ương | 5.000 | 1.100 | 1.200 |", "| | Tổng cộng | 5.000 | 1.100 | 1.200 |"], []],
])("%s", (_, header, rows, expected) => {
  expect(splits(header, rows)).toEqual(expected);
});
