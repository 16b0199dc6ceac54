/**
 * An activity table with a budget column beside the budget part: when the table's amounts add up to another
 * amount than the budget stated, the document contradicts itself (`budget-split`, to confirm); when they agree,
 * or the table is the budget part's own, nothing is said.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function plan(table: readonly string[], budget: readonly string[]): string {
  return [
    ...DISTRICT_PLAN_HEAD,
    "I. CHỈ TIÊU",
    "- Thành lập mới 10 tổ truyền thông cộng đồng.",
    "II. NỘI DUNG HOẠT ĐỘNG",
    ...table,
    "III. KINH PHÍ THỰC HIỆN",
    ...budget,
    "IV. TỔ CHỨC THỰC HIỆN",
    "Các xã triển khai.",
  ].join("\n");
}

const TABLE = [
  "| TT | Nhiệm vụ | ĐVT | Số lượng | Kinh phí (triệu đồng) |",
  "| 1 | Thành lập tổ truyền thông cộng đồng | Tổ | 10 | 300 |",
  "| 2 | Tập huấn cán bộ Hội | Lớp | 4 | 120 |",
  "| 3 | Hội nghị sơ kết | Cuộc | 1 | 30 |",
];
const TOTAL_ROW = "| | Tổng cộng | | | 450 |";
const SPLIT = "Kinh phí thực hiện: 500 triệu đồng, trong đó ngân sách trung ương 400 triệu đồng, ngân sách huyện 100 triệu đồng.";

/** Issue rules with their expected (budget part) and actual (table) amounts. */
type Row = [string, number | undefined, number | undefined];

describe("an activity table's budget column against the budget part", () => {
  test.each<[string, string[], string[], Row[]]>([
    ["a total row that misses the budget", [...TABLE, TOTAL_ROW], [SPLIT], [["budget-split", 500_000_000, 450_000_000]]],
    ["no total row: the rows' sum misses it", TABLE, [SPLIT], [["budget-split", 500_000_000, 450_000_000]]],
    ["the budget in tỷ, the table in triệu", [...TABLE, TOTAL_ROW], ["Tổng kinh phí: 0,5 tỷ đồng."], [["budget-split", 500_000_000, 450_000_000]]],
    ["amounts that agree: nothing", [...TABLE, TOTAL_ROW], ["Tổng kinh phí: 450 triệu đồng (ngân sách trung ương)."], []],
    ["the table splits one part of the budget: nothing", [...TABLE, TOTAL_ROW], ["Tổng kinh phí: 500 triệu đồng, trong đó ngân sách trung ương 450 triệu đồng, ngân sách huyện 50 triệu đồng."], []],
    ["a budget stated as a ceiling: nothing", [...TABLE, TOTAL_ROW], ["Tổng kinh phí tối đa 500 triệu đồng."], []],
    [
      "the table splits two sources of three (not the merged funds): nothing",
      [...TABLE, TOTAL_ROW],
      ["Tổng kinh phí: 600 triệu đồng, trong đó: ngân sách trung ương 400 triệu đồng; ngân sách huyện 50 triệu đồng; vốn lồng ghép 150 triệu đồng."],
      [],
    ],
    ["the table splits one year's amount: nothing", TABLE, ["Tổng kinh phí giai đoạn 2024 - 2025: 1.000 triệu đồng. Phân theo năm: năm 2024: 450 triệu đồng; năm 2025: 550 triệu đồng."], []],
    [
      "parts and years that add up to another amount: still said",
      [...TABLE, TOTAL_ROW],
      ["Tổng kinh phí: 1.000 triệu đồng, trong đó: ngân sách trung ương 600 triệu đồng; ngân sách huyện 400 triệu đồng. Phân theo năm: năm 2024: 500 triệu đồng; năm 2025: 500 triệu đồng."],
      [["budget-split", 1_000_000_000, 450_000_000]],
    ],
  ])("%s", (_label, table, budget, expected) => {
    const issues = extractPlan(plan(table, budget)).issues.filter((i) => i.rule !== "no-budget");
    expect(issues.map((i): Row => [i.rule, i.expected, i.actual])).toEqual(expected);
  });

  test("the table inside the budget part is the budget itself: no second check", () => {
    const text = plan([], ["Tổng kinh phí: 450 triệu đồng, cụ thể:", ...TABLE, TOTAL_ROW]);
    expect(extractPlan(text).issues.map((i) => i.rule)).toEqual([]);
  });

  test("the message names the table's line and both amounts", () => {
    const found = extractPlan(plan([...TABLE, TOTAL_ROW], [SPLIT])).issues.find((i) => i.rule === "budget-split");
    expect(found?.message).toBe("Bảng hoạt động (dòng 14) có cột kinh phí ghi tổng 450 triệu đồng nhưng phần kinh phí ghi tổng 500 triệu đồng (dòng 16); chênh lệch 50.000.000 đồng, cần xác nhận.");
    expect(found?.source).toBe("line 14");
  });
});
