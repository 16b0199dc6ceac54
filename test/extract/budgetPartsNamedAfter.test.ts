/**
 * Amounts named each by its source or purpose after it (`600 triệu đồng do các nguồn xã hội hóa, 400 triệu đồng từ
 * nguồn ngân sách huyện`) are parts side by side: the first is never their total, and the total they make, unstated,
 * is told to confirm (`budget-no-total`). A total stated before them (`…: 1.000 triệu đồng, …`) stays the total.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Line = [string, string, number];

function budgetOf(lines: readonly string[]) {
  const plan = extractPlan(planWith(["- Thành lập 05 tổ."]).replace("III. TỔ CHỨC THỰC HIỆN", `III. KINH PHÍ\n${lines.join("\n")}\nIV. TỔ CHỨC THỰC HIỆN`));
  return {
    lines: plan.indicators.filter((i) => i.kind === "money").map((i): Line => [i.code, i.name, i.target]),
    issues: plan.issues.map((i) => i.rule).filter((r) => r.startsWith("budget")),
  };
}

test.each<[string, Line[], string[]]>([
  [
    "Kinh phí thực hiện: 600 triệu đồng do các nguồn xã hội hóa, 400 triệu đồng từ nguồn ngân sách huyện và các nguồn hợp pháp khác.",
    [
      ["KP.1", "Xã hội hóa", 600e6],
      ["KP.2", "Ngân sách huyện", 400e6],
    ],
    ["budget-no-total"],
  ],
  [
    "- Kinh phí: 600 triệu đồng từ nguồn ngân sách tỉnh, 400 triệu đồng từ nguồn ngân sách huyện.",
    [
      ["KP.1", "Ngân sách tỉnh", 600e6],
      ["KP.2", "Ngân sách huyện", 400e6],
    ],
    ["budget-no-total"],
  ],
  // `Tổng kinh phí:` before amounts that each name their source: the sources, their sum not stated.
  [
    "Tổng kinh phí: 600 triệu đồng do các nguồn xã hội hóa, 400 triệu đồng từ nguồn ngân sách địa phương.",
    [
      ["KP.1", "Xã hội hóa", 600e6],
      ["KP.2", "Ngân sách địa phương", 400e6],
    ],
    ["budget-no-total"],
  ],
  // The budget's own words before the first amount name no part; its source after it does.
  [
    "Kinh phí thực hiện gồm 600 triệu đồng do các nguồn xã hội hóa, 400 triệu đồng từ nguồn ngân sách tỉnh.",
    [
      ["KP.1", "Xã hội hóa", 600e6],
      ["KP.2", "Ngân sách tỉnh", 400e6],
    ],
    ["budget-no-total"],
  ],
  // Purposes after the amounts name them the same way, a purpose running over `và`.
  [
    "Kinh phí: 600 triệu đồng để tuyên truyền, 400 triệu đồng để tập huấn và xây dựng mô hình.",
    [
      ["KP.1", "Tuyên truyền", 600e6],
      ["KP.2", "Tập huấn và xây dựng mô hình", 400e6],
    ],
    ["budget-no-total"],
  ],
  [
    "Kinh phí thực hiện: 1.000 triệu đồng, 600 triệu đồng để tuyên truyền, 400 triệu đồng để tập huấn.",
    [
      ["KP", "Tổng kinh phí", 1000e6],
      ["KP.1", "Tuyên truyền", 600e6],
      ["KP.2", "Tập huấn", 400e6],
    ],
    [],
  ],
])("%s", (line, expected, issues) => {
  const read = budgetOf([line]);
  expect(read.lines).toEqual(expected);
  expect(read.issues).toEqual(issues);
});

// A total with its own source, its parts on the lines below: still their total.
test("a total naming its source before parts line by line stays the total", () => {
  expect(budgetOf(["Kinh phí thực hiện: 1.000 triệu đồng từ nguồn ngân sách huyện.", "- Tuyên truyền: 600 triệu đồng;", "- Tập huấn: 400 triệu đồng."]).lines).toEqual([
    ["KP", "Tổng kinh phí", 1000e6],
    ["KP.1", "Tuyên truyền", 600e6],
    ["KP.2", "Tập huấn", 400e6],
  ]);
});
