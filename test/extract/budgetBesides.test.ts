/** `Ngoài ra, huy động lồng ghép … 500 triệu đồng` after a stated total is money besides the plan's budget: no part of it, no line of its own. */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function budget(lines: readonly string[]): Array<[string, number]> {
  const text = [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 10 tổ truyền thông cộng đồng.", "II. KINH PHÍ", ...lines, "III. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
  return extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]);
}

test.each<[string, string[], Array<[string, number]>]>([
  [
    "besides a total split by year",
    ["Tổng kinh phí: 4.500 triệu đồng. Trong đó: năm 2024: 2.000 triệu; năm 2025: 2.500 triệu.", "Ngoài ra, huy động lồng ghép từ các chương trình, dự án khác khoảng 500 triệu đồng."],
    [["KP", 4_500_000_000]],
  ],
  ["besides a total alone", ["Tổng kinh phí: 800 triệu đồng.", "- Bên cạnh đó, vận động xã hội hóa 50 triệu đồng."], [["KP", 800_000_000]]],
  [
    "a part named so is still a part",
    ["Tổng kinh phí: 800 triệu đồng, trong đó:", "- Ngân sách trung ương: 700 triệu đồng;", "- Ngân sách huyện: 100 triệu đồng."],
    [["KP", 800_000_000], ["KP.1", 700_000_000], ["KP.2", 100_000_000]],
  ],
])("%s", (_label, lines, expected) => {
  expect(budget(lines)).toEqual(expected);
});
