/**
 * `Phân kỳ theo năm:` (or `Chia theo năm:`, `Phân theo năm:`) under a total split by source, each year's
 * sources in brackets: the schedule of the total, never more budget lines; the sources stay as stated.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const budget = (heading: string) => [
  "IV. KINH PHÍ",
  "Tổng kinh phí: 18.600 triệu đồng, trong đó:",
  "- Ngân sách trung ương: 12.400 triệu đồng;",
  "- Ngân sách địa phương: 1.860 triệu đồng;",
  "- Vốn lồng ghép: 3.140 triệu đồng;",
  "- Vốn xã hội hóa: 1.200 triệu đồng.",
  heading,
  "- Năm 2024: 8.300 triệu đồng (NSTW 5.500 triệu đồng; NSĐP 830 triệu đồng; lồng ghép 1.470 triệu đồng; xã hội hóa 500 triệu đồng);",
  "- Năm 2025: 10.300 triệu đồng (NSTW 6.900 triệu đồng; NSĐP 1.030 triệu đồng; lồng ghép 1.670 triệu đồng; xã hội hóa 700 triệu đồng).",
];

test.each(["Phân kỳ theo năm:", "Chia theo năm:", "Phân theo năm:", "Phân kỳ vốn theo năm:"])("%s", (heading) => {
  const read = extractPlan(planWith(["- Thành lập mới 10 tổ truyền thông cộng đồng."], { after: budget(heading) }).replace("III. TỔ CHỨC THỰC HIỆN\n", ""));
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.name])).toEqual([
    ["KP", 18_600_000_000, "Tổng kinh phí"],
    ["KP.1", 12_400_000_000, "Ngân sách trung ương"],
    ["KP.2", 1_860_000_000, "Ngân sách địa phương"],
    ["KP.3", 3_140_000_000, "Vốn lồng ghép"],
    ["KP.4", 1_200_000_000, "Vốn xã hội hóa"],
  ]);
  expect(read.issues.map((i) => i.rule)).not.toContain("budget-split");
});
