/**
 * Targets and budgets stated as bounds (`trên 30 câu lạc bộ`, `ít nhất 14`,
 * `hơn 3,2 tỷ đồng`, `tối đa 5%`): the number is kept with the rule the plan
 * carries (CONTRACT §1: `>=` to be met or passed, `<=` not to be passed), in
 * lists, tables, running text and budgets; written to the `Kế hoạch` sheet's
 * `So sánh` column and so checked with that operator.
 */
import { extractPlan, extractedPlanToPlan, extractedPlanToSheetRows } from "../../src/extract";
import { splitBound } from "../../src/extract/bounds";
import { planWith } from "./planText";

describe("splitBound: a value cell and its qualifier", () => {
  test.each<[string, string, string | undefined]>([
    ["trên 20", "20", ">="],
    ["Trên 20", "20", ">="],
    ["hơn 3,2", "3,2", ">="],
    ["ít nhất 14", "14", ">="],
    ["tối thiểu 300", "300", ">="],
    ["không ít hơn 300", "300", ">="],
    ["không dưới 85%", "85%", ">="],
    ["≥ 300", "300", ">="],
    [">= 300", "300", ">="],
    ["85% trở lên", "85%", ">="],
    ["tối đa 5%", "5%", "<="],
    ["không quá 5", "5", "<="],
    ["dưới 5%", "5%", "<="],
    ["≤ 5", "5", "<="],
    ["5% trở xuống", "5%", "<="],
    ["14", "14", undefined],
    ["Tổ truyền thông", "Tổ truyền thông", undefined],
  ])("%s", (cell, value, rule) => {
    expect(splitBound(cell)).toEqual({ value, ...(rule !== undefined ? { rule } : {}) });
  });
});

function targets(lines: readonly string[]) {
  return extractPlan(planWith(lines)).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.rule ?? null]);
}

describe("a bound in a target list or table keeps its number and its rule", () => {
  test.each<[string, string[], Array<[number, string, string | null]>]>([
    ["trên, in a list", ['- Duy trì trên 30 câu lạc bộ "Thủ lĩnh của sự thay đổi".'], [[30, "CLB", ">="]]],
    ["ít nhất, in a list", ["- Tổ chức ít nhất 14 cuộc đối thoại chính sách."], [[14, "cuộc", ">="]]],
    ["hơn, before the number at the start of an item", ["- Hơn 500 hội viên mới được kết nạp."], [[500, "hội viên", ">="]]],
    ["tối đa, a ceiling", ["- Tỷ lệ hộ tái nghèo tối đa 5%."], [[5, "%", "<="]]],
    ["no qualifier: none stated", ["- Thành lập mới 09 tổ truyền thông cộng đồng."], [[9, "tổ", null]]],
    [
      "in a table's value column",
      ["| STT | Chỉ tiêu | ĐVT | Kế hoạch |", "| 1 | Tổ truyền thông cộng đồng | tổ | trên 20 |", "| 2 | Hội viên mới | người | tối thiểu 300 |", "| 3 | Hộ được tuyên truyền | % | 85% trở lên |", "| 4 | Câu lạc bộ | CLB | 12 |"],
      [
        [20, "tổ", ">="],
        [300, "người", ">="],
        [85, "%", ">="],
        [12, "CLB", null],
      ],
    ],
  ])("%s", (_label, lines, expected) => {
    expect(targets(lines)).toEqual(expected);
  });

  test("in running text, read with its rule", () => {
    const plan = extractPlan(planWith([], { heading: "Năm 2023, Hội phấn đấu duy trì trên 30 câu lạc bộ và phát triển hơn 500 hội viên mới." }));
    expect(plan.indicators.map((i) => [i.target, i.unit, i.rule ?? null])).toEqual([
      [30, "CLB", ">="],
      [500, "hội viên", ">="],
    ]);
    // Read from the sentence (to be confirmed), not from a list.
    expect(plan.indicators.every((i) => (i.confidence ?? 1) < 0.95)).toBe(true);
  });
});

function budget(line: string) {
  const plan = extractPlan(["KẾ HOẠCH", "Thử", "I. KINH PHÍ THỰC HIỆN", line, "II. TỔ CHỨC THỰC HIỆN", "Giao các đơn vị thực hiện."].join("\n"));
  return {
    lines: plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.rule ?? null]),
    split: plan.issues.filter((i) => i.rule === "budget-split").map((i) => i.text.en),
    plan,
  };
}

describe("a budget total stated as a bound", () => {
  test.each<[string, string, string | null, RegExp | null]>([
    ["parts over a lower bound fit it", "Tổng kinh phí là hơn 3,2 tỷ đồng. Trong đó: 1,92 tỷ đồng để hỗ trợ sản xuất; 1,35 tỷ đồng để hỗ trợ việc làm.", ">=", null],
    ["parts equal to a lower bound fit it", "Tổng kinh phí ít nhất 3 tỷ đồng, trong đó: ngân sách tỉnh 2 tỷ đồng; ngân sách huyện 1 tỷ đồng.", ">=", null],
    ["parts under a lower bound: short by at least the gap", "Tổng kinh phí là hơn 3,2 tỷ đồng. Trong đó: 1,92 tỷ đồng để hỗ trợ sản xuất; 1,2 tỷ đồng để hỗ trợ việc làm.", ">=", /short by at least 80\.000\.000 đồng/],
    ["parts within an upper bound fit it", "Tổng kinh phí tối đa 500 triệu đồng, trong đó: năm 2024 200 triệu đồng; năm 2025 250 triệu đồng.", "<=", null],
    ["parts over an upper bound: over by at least the gap", "Tổng kinh phí không quá 500 triệu đồng, trong đó: năm 2024 300 triệu đồng; năm 2025 250 triệu đồng.", "<=", /over by at least 50\.000\.000 đồng/],
    ["an exact total is compared exactly", "Tổng kinh phí là 3,2 tỷ đồng. Trong đó: 1,92 tỷ đồng để hỗ trợ sản xuất; 1,35 tỷ đồng để hỗ trợ việc làm.", null, /over the total/],
  ])("%s", (_label, line, rule, issue) => {
    const b = budget(line);
    expect(b.lines[0][2]).toBe(rule);
    expect(b.lines.slice(1).every((l) => l[2] === null)).toBe(true);
    if (issue === null) expect(b.split).toEqual([]);
    else {
      expect(b.split).toHaveLength(1);
      expect(b.split[0]).toMatch(issue);
    }
  });

  test("the rule reaches the plan and the `Kế hoạch` sheet's So sánh column", () => {
    const { plan } = budget("Tổng kinh phí là hơn 3,2 tỷ đồng.");
    expect(extractedPlanToPlan(plan, "plan.txt").lines.find((l) => l.code === "KP")?.rule).toBe(">=");
    const rows = extractedPlanToSheetRows(plan);
    const header = rows[0] as readonly unknown[];
    const kp = rows.find((r) => (r as readonly unknown[])[0] === "KP") as readonly unknown[];
    expect(kp[header.indexOf("So sánh")]).toBe(">=");
  });
});
