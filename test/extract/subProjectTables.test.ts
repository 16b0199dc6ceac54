/**
 * A targets table by sub-project or task (`STT | Nội dung | Số dự án, mô hình | Số hộ tham gia | Kinh phí (triệu đồng)`),
 * one column per indicator and a `Tổng cộng` row: the row's figures in the indicator columns are the targets, in the noun
 * each header counts (`Số hộ …` → `hộ`) or the unit in its brackets; the money column is the budget's, never a target,
 * and a column that says nothing of what it counts is left unread.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

const ROWS = [
  "1 | Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo | 04 | 120 | 1.200",
  "2 | Dự án 3: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp | 08 | 260 | 2.340",
  " | Tổng cộng | 12 | 380 | 3.540",
];

function targetsOf(header: string, rows: readonly string[] = ROWS): [number, string][] {
  const text = [...DISTRICT_PLAN_HEAD, "I. MỤC ĐÍCH, YÊU CẦU", "Hỗ trợ người nghèo phát triển sản xuất.", "II. MỤC TIÊU, CHỈ TIÊU", "1. Mục tiêu chung", "Góp phần giảm tỷ lệ hộ nghèo.", "2. Chỉ tiêu cụ thể", header, ...rows, "III. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n");
  return extractPlan(text)
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit]);
}

test.each<[string, string, [number, string][]]>([
  ["counting nouns after `Số`", "STT | Nội dung | Số dự án, mô hình | Số hộ tham gia | Kinh phí (triệu đồng)", [[12, "dự án"], [380, "hộ"]]],
  ["units in brackets", "TT | Nội dung hỗ trợ | Mô hình (mô hình) | Hộ tham gia (hộ) | Kinh phí (triệu đồng)", [[12, "mô hình"], [380, "hộ"]]],
  ["a sub-project column", "STT | Dự án, tiểu dự án | Số lượng mô hình | Số người tham gia | Kinh phí (triệu đồng)", [[12, "mô hình"], [380, "người"]]],
  ["a column naming no count is unread", "STT | Nội dung | Số dự án, mô hình | Tham gia | Kinh phí (triệu đồng)", [[12, "dự án"]]],
])("%s", (_label, header, expected) => {
  expect(targetsOf(header)).toEqual(expected);
});

function planOf(header: string, rows: readonly string[]) {
  return extractPlan([...DISTRICT_PLAN_HEAD, "II. MỤC TIÊU, CHỈ TIÊU", "2. Chỉ tiêu cụ thể", header, ...rows, "III. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n"));
}

test.each<[string, string, string[]]>([
  ["`Tham gia`", "STT | Nội dung | Số dự án, mô hình | Tham gia | Kinh phí (triệu đồng)", ["unread-column"]],
  ["a header naming its count", "STT | Nội dung | Số dự án, mô hình | Số hộ tham gia | Kinh phí (triệu đồng)", []],
])("a column of figures that says nothing of what it counts is told, never dropped unsaid (%s)", (_label, header, rules) => {
  const plan = planOf(header, ROWS);
  expect(plan.issues.map((i) => i.rule)).toEqual(rules);
  if (rules.length > 0) expect(plan.issues[0].message).toContain('"Tham gia"');
});

test("no total row: each column's target is the sum of its rows, to be confirmed", () => {
  const plan = planOf("STT | Nội dung | Số dự án, mô hình | Số hộ tham gia | Kinh phí (triệu đồng)", ROWS.slice(0, 2));
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.confirmReason ?? null])).toEqual([
    [12, "dự án", "partsSum"],
    [380, "hộ", "partsSum"],
  ]);
  expect(plan.issues.map((i) => i.rule)).not.toContain("no-targets");
});

test("a table of places with no total row still gives no target", () => {
  const plan = planOf("TT | Xã | Mô hình (mô hình) | Hộ tham gia (hộ)", ["1 | Bản Mế | 04 | 120", "2 | Cán Cấu | 08 | 260"]);
  expect(plan.indicators.filter((i) => i.kind !== "money")).toEqual([]);
});

describe("the money column of a table by sub-project beside a budget told by source", () => {
  function budgetOf(rows: readonly string[]): [string, string, number][] {
    const text = [
      ...DISTRICT_PLAN_HEAD,
      "I. MỤC TIÊU, CHỈ TIÊU",
      "1. Chỉ tiêu cụ thể",
      "STT | Nội dung | Số dự án, mô hình | Số hộ tham gia | Kinh phí (triệu đồng)",
      ...rows,
      "II. KINH PHÍ",
      "Tổng kinh phí: 3.540 triệu đồng, trong đó: ngân sách trung ương 3.186 triệu đồng; ngân sách tỉnh đối ứng 354 triệu đồng.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Các xã báo cáo.",
    ].join("\n");
    return extractPlan(text)
      .indicators.filter((i) => i.kind === "money")
      .map((i) => [i.code, i.name.replace(/:.*$/u, ""), i.target / 1e6]);
  }

  test("the rows are the total's parts when the table's total is the budget's", () => {
    expect(budgetOf(ROWS)).toEqual([
      ["KP", "Tổng kinh phí", 3540],
      ["KP.1", "Dự án 2", 1200],
      ["KP.2", "Dự án 3", 2340],
    ]);
  });

  test("a table whose total is another sum leaves the budget as told", () => {
    const rows = [ROWS[0], ROWS[1], " | Tổng cộng | 12 | 380 | 3.000"];
    expect(budgetOf(rows).map(([code, name]) => [code, name])).toEqual([
      ["KP", "Tổng kinh phí"],
      ["KP.1", "Ngân sách trung ương"],
      ["KP.2", "Ngân sách tỉnh đối ứng"],
    ]);
  });
});

test("a column counting a noun the reading does not know (`Số nhóm`) is read in that noun, to be confirmed", () => {
  const text = [...DISTRICT_PLAN_HEAD, "II. MỤC TIÊU, CHỈ TIÊU", "STT | Nội dung | Số nhóm | Số hộ tham gia | Kinh phí (triệu đồng)", ...ROWS, "III. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n");
  const read = extractPlan(text)
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit, i.confirmReason ?? null]);
  expect(read).toEqual([
    [12, "nhóm", "column"],
    [380, "hộ", null],
  ]);
});

test("a money column whose unit stands in the unit row under the header is the budget", () => {
  const text = [
    ...DISTRICT_PLAN_HEAD,
    "II. MỤC TIÊU, CHỈ TIÊU",
    "STT | Nội dung | Mô hình | Hộ tham gia | Kinh phí",
    " | | (mô hình) | (hộ) | (triệu đồng)",
    "1 | Dự án 2 | 04 | 120 | 1.200",
    "2 | Dự án 3 | 08 | 260 | 2.340",
    " | Tổng cộng | 12 | 380 | 3.540",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các xã báo cáo.",
  ].join("\n");
  const plan = extractPlan(text);
  expect(plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target / 1e6])).toEqual([
    ["KP", 3540],
    ["KP.1", 1200],
    ["KP.2", 2340],
  ]);
  expect(plan.issues.map((i) => i.rule)).not.toContain("no-budget");
});

test.each<[string, string, string[]]>([
  ["sub-projects", "TT | Dự án | Số mô hình | Số hộ tham gia | Kinh phí (triệu đồng)", ["I | Tổng số | 12 | 380 | 3.540", "1 | Dự án 2 | 04 | 120 | 1.200", "2 | Dự án 3 | 08 | 260 | 2.340"]],
  ["communes", "TT | Xã | Mô hình (mô hình) | Hộ tham gia (hộ)", [" | Tổng cộng | 12 | 380", "1 | Bản Mế | 04 | 120", "2 | Cán Cấu | 08 | 260"]],
])("a total row heading the rows it adds up (%s) gives the targets", (_label, header, rows) => {
  expect(targetsOf(header, rows)).toEqual([
    [12, "mô hình"],
    [380, "hộ"],
  ]);
});

test("a column summed from a table with no total row is not taken for a text target of the same unit", () => {
  const text = [
    ...DISTRICT_PLAN_HEAD,
    "II. MỤC TIÊU, CHỈ TIÊU",
    "STT | Nội dung | Số mô hình | Số hộ tham gia | Kinh phí (triệu đồng)",
    ...ROWS.slice(0, 2),
    "- Giảm 03 hộ nghèo so với cuối năm 2023.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các xã báo cáo.",
  ].join("\n");
  const plan = extractPlan(text);
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual([
    [12, "mô hình"],
    [380, "hộ"],
    [3, "hộ"],
  ]);
  expect(plan.issues.map((i) => i.rule)).not.toContain("target-conflict");
});

test("the money column of a table with no total row gives the budget's parts when its rows add up to the total told by source", () => {
  const text = [
    ...DISTRICT_PLAN_HEAD,
    "I. MỤC TIÊU, CHỈ TIÊU",
    "STT | Nội dung | Số dự án, mô hình | Số hộ tham gia | Kinh phí (triệu đồng)",
    ...ROWS.slice(0, 2),
    "II. KINH PHÍ",
    "Tổng kinh phí: 3.540 triệu đồng, trong đó: ngân sách trung ương 3.186 triệu đồng; ngân sách tỉnh đối ứng 354 triệu đồng.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các xã báo cáo.",
  ].join("\n");
  expect(extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target / 1e6])).toEqual([
    ["KP", 3540],
    ["KP.1", 1200],
    ["KP.2", 2340],
  ]);
});

describe("a column that says nothing of what it counts, in a table with no total row", () => {
  const header = "STT | Nội dung | Số dự án, mô hình | Tham gia | Kinh phí (triệu đồng)";
  // Lines are counted from 1: the header follows the plan's head and two lines.
  const headerLine = DISTRICT_PLAN_HEAD.length + 3;
  test.each<[string, readonly string[], string, string[]]>([
    ["two rows, summed", ROWS.slice(0, 2), `line ${headerLine}`, ['"Tham gia"', `dòng ${headerLine}`, `các dòng ${headerLine + 1}–${headerLine + 2} không có dòng tổng cộng; cộng 2 dòng: 380`]],
    ["a total row", ROWS, `line ${headerLine + 3}`, ['"Tham gia"', `dòng ${headerLine + 3}: 380`]],
  ])("%s: the message names the column and the table's lines honestly", (_label, rows, source, parts) => {
    const found = planOf(header, rows).issues.filter((i) => i.rule === "unread-column");
    expect(found.map((i) => i.source)).toEqual([source]);
    for (const part of parts) expect(found[0].message).toContain(part);
  });
});

describe("a table by sub-project with no total row and no total in the text", () => {
  const header = "STT | Nội dung | Số dự án, mô hình | Số hộ tham gia | Kinh phí (triệu đồng)";

  test("gives its rows as the budget's parts and says the total is not stated, working none out", () => {
    const plan = planOf(header, ROWS.slice(0, 2));
    expect(plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target / 1e6])).toEqual([
      ["KP.1", 1200],
      ["KP.2", 2340],
    ]);
    const told = plan.issues.filter((i) => i.rule === "budget-no-total");
    expect(told.map((i) => [i.expected, i.source])).toEqual([[3540e6, "line 10"]]);
    expect(told[0].message).toContain("không nêu tổng kinh phí");
  });

  test("a total row, or a total in the text, leaves nothing to tell", () => {
    expect(planOf(header, ROWS).issues.map((i) => i.rule)).not.toContain("budget-no-total");
    const stated = extractPlan([...DISTRICT_PLAN_HEAD, "II. MỤC TIÊU, CHỈ TIÊU", header, ...ROWS.slice(0, 2), "III. KINH PHÍ", "Tổng kinh phí: 3.540 triệu đồng.", "IV. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n"));
    expect(stated.indicators.filter((i) => i.code === "KP").map((i) => i.target / 1e6)).toEqual([3540]);
    expect(stated.issues.map((i) => i.rule)).not.toContain("budget-no-total");
  });
});
