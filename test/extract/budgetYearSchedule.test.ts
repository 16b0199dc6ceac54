/** One year's amount beside the parts of a total (`Năm 2026 bố trí 250 triệu đồng`) is a schedule, not a part, when the other parts make the total. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

function read(lines: readonly string[]): { budget: Array<[string, number, string]>; split: number } {
  const text = planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng."]).replace("III. TỔ CHỨC THỰC HIỆN", ["III. KINH PHÍ", ...lines, "IV. TỔ CHỨC THỰC HIỆN"].join("\n"));
  const plan = extractPlan(text);
  return { budget: plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.name]), split: plan.issues.filter((i) => i.rule === "budget-split").length };
}

describe("a year's amount beside the parts", () => {
  test.each<[string, string[], Array<[string, number, string]>, number]>([
    [
      "after a table of sources",
      [
        "Tổng kinh phí cả giai đoạn: 1,25 tỷ đồng.",
        "| TT | Nguồn vốn | Số tiền (triệu đồng) |",
        "| 1 | Ngân sách trung ương | 1.000 |",
        "| 2 | Ngân sách tỉnh | 150 |",
        "| 3 | Ngân sách huyện | 100 |",
        "| | Tổng | 1.250 |",
        "Năm 2026 bố trí 250 triệu đồng; các năm tiếp theo bố trí theo tiến độ.",
      ],
      [["KP", 1_250_000_000, "Tổng kinh phí"], ["KP.1", 1_000_000_000, "Ngân sách trung ương"], ["KP.2", 150_000_000, "Ngân sách tỉnh"], ["KP.3", 100_000_000, "Ngân sách huyện"]],
      0,
    ],
    [
      "parts that do not make the total keep it and the gap is reported",
      ["Tổng kinh phí: 1.250 triệu đồng, trong đó: ngân sách trung ương 1.000 triệu đồng; ngân sách tỉnh 100 triệu đồng.", "Năm 2026 bố trí 250 triệu đồng."],
      [["KP", 1_250_000_000, "Tổng kinh phí"], ["KP.1", 1_000_000_000, "Ngân sách trung ương"], ["KP.2", 100_000_000, "Ngân sách tỉnh"]],
      1,
    ],
  ])("%s", (_label, lines, budget, split) => {
    expect(read(lines)).toEqual({ budget, split });
  });
});
