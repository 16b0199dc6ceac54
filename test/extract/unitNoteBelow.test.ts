/** A budget table's unit note written right below it (`(Đơn vị tính: triệu đồng)`) gives the table's unit, as one above it does. */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

const TABLE = ["Nguồn vốn | Tổng cộng | Năm 2024 | Năm 2025", "Ngân sách trung ương | 870 | 400 | 470", "Ngân sách địa phương | 87 | 40 | 47"];

function plan(budget: readonly string[]): string {
  return [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 10 tổ truyền thông cộng đồng.", "II. KINH PHÍ", "Tổng kinh phí: 957 triệu đồng, cụ thể:", ...budget, "III. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
}

test.each<[string, string[]]>([
  ["the note above", ["(Đơn vị tính: triệu đồng)", ...TABLE]],
  ["the note below", [...TABLE, "(Đơn vị tính: triệu đồng)"]],
  ["the note below, without brackets", [...TABLE, "ĐVT: triệu đồng."]],
])("%s", (_label, budget) => {
  const lines = extractPlan(plan(budget)).indicators.filter((i) => i.kind === "money");
  expect(lines.map((l) => [l.code, l.target])).toEqual([
    ["KP", 957_000_000],
    ["KP.1", 870_000_000],
    ["KP.2", 87_000_000],
  ]);
});
