/**
 * Years split from a stated whole: when they do not add up to it the document is told to contradict itself
 * (`share-total` for a target's years, `budget-split` for the budget's), and nothing is said when they do — whether the
 * years are the whole's only split or come beside its sources.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const rules = (targets: string[], budget: string[] = []) =>
  extractPlan(planWith([...targets, "- Thành lập mới 05 tổ truyền thông cộng đồng."], { after: ["IV. KINH PHÍ", ...budget] })).issues.map((i) => i.rule);
const WORKERS = (last: number) => `- Đào tạo nghề cho 450 lao động, trong đó năm 2023: 150 người; năm 2024: 150 người; năm 2025: ${last} người.`;

test.each<[string, number, string[]]>([
  ["years adding up to the whole", 150, []],
  ["years short of the whole", 100, ["share-total"]],
  ["years over the whole", 200, ["share-total"]],
])("a target's years in another unit: %s", (_, last, expected) => {
  expect(rules([WORKERS(last)], ["Tổng kinh phí: 900 triệu đồng."]).filter((r) => r === "share-total")).toEqual(expected);
});

const SOURCES = "Tổng kinh phí: 9,490 tỷ đồng, trong đó: ngân sách Trung ương 7 tỷ đồng, ngân sách địa phương 2,49 tỷ đồng.";
test.each<[string, string[], string[]]>([
  ["years beside the sources, adding up", [SOURCES, "Phân kỳ: năm 2023: 2 tỷ; năm 2024: 3 tỷ; năm 2025: 4,49 tỷ."], []],
  ["years beside the sources, short", [SOURCES, "Phân kỳ: năm 2023: 2 tỷ; năm 2024: 3 tỷ; năm 2025: 4 tỷ."], ["budget-split"]],
  ["years alone on the total's line, short", ["Tổng kinh phí: 9,490 tỷ đồng, trong đó: năm 2023: 2 tỷ; năm 2024: 3 tỷ; năm 2025: 4 tỷ."], ["budget-split"]],
  ["years alone on the total's line, adding up", ["Tổng kinh phí: 9,490 tỷ đồng, trong đó: năm 2023: 2 tỷ; năm 2024: 3 tỷ; năm 2025: 4,49 tỷ."], []],
])("the budget's years: %s", (_, budget, expected) => {
  expect(rules([], budget).filter((r) => r === "budget-split")).toEqual(expected);
});

test.each<[string, string[]]>([
  ["- Tổ chức 08 lớp tập huấn, trong đó năm 2023 tổ chức 04 lớp, năm 2024 tổ chức 04 lớp.", []],
  ["- Tổ chức 08 lớp tập huấn, trong đó năm 2023 tổ chức 04 lớp, năm 2024 tổ chức 03 lớp.", ["share-total"]],
])("years told with their verb are the whole's parts by year, checked and not listed: %s", (line, expected) => {
  const plan = extractPlan(planWith([line]));
  expect(plan.indicators.map((i) => [i.name, i.target])).toEqual([["Tổ chức lớp tập huấn", 8]]);
  expect(plan.issues.filter((i) => i.rule === "share-total").map((i) => i.rule)).toEqual(expected);
});

// The years of a whole are checked alike and listed alike (not at all), counted in its own word or in another.
test.each<[string, number, string[]]>([
  ["- Thành lập mới 13 tổ hợp tác (năm 2023: 03 tổ hợp tác; năm 2024: 05 tổ hợp tác; năm 2025: %d tổ hợp tác).", 5, []],
  ["- Thành lập mới 13 tổ hợp tác (năm 2023: 03 tổ hợp tác; năm 2024: 05 tổ hợp tác; năm 2025: %d tổ hợp tác).", 4, ["share-total"]],
  ["- Tổ chức 12 lớp tập huấn, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: %d lớp.", 5, []],
  ["- Tổ chức 12 lớp tập huấn, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: %d lớp.", 6, ["share-total"]],
  ["- Đào tạo nghề cho 450 lao động, trong đó năm 2023: 150 người; năm 2024: 150 người; năm 2025: %d người.", 150, []],
  ["- Đào tạo nghề cho 450 lao động, trong đó năm 2023: 150 người; năm 2024: 150 người; năm 2025: %d người.", 100, ["share-total"]],
])("%s (%d)", (line, last, expected) => {
  const plan = extractPlan(planWith([line.replace("%d", String(last))]));
  expect(plan.indicators.filter((i) => /\(năm \d{4}\)/u.test(i.name))).toEqual([]);
  expect(plan.issues.filter((i) => i.rule === "share-total").map((i) => i.rule)).toEqual(expected);
});
