/**
 * A budget table by year down and by source across (`Năm | Tổng số | Ngân sách trung ương | …` over rows
 * `2024`, `2025` and `Cộng`): the total row's `Tổng số` is the total and its other cells the sources. With no unit
 * given, the table is in the unit in which its total is the total stated above it.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const rows = ["2024 | 3.000 | 2.500 | 250 | 250", "2025 | 3.400 | 2.800 | 280 | 320", "Cộng | 6.400 | 5.300 | 530 | 570"];
const DONG_ROWS = [
  "2024 | 3.000.000.000 | 2.500.000.000 | 250.000.000 | 250.000.000",
  "2025 | 3.400.000.000 | 2.800.000.000 | 280.000.000 | 320.000.000",
  "Cộng | 6.400.000.000 | 5.300.000.000 | 530.000.000 | 570.000.000",
];
const header = "Năm | Tổng số | Ngân sách trung ương | Ngân sách địa phương | Vốn đối ứng của người dân";

test.each<[string, string[]]>([
  ["the unit noted below", [header, ...rows, "(Đơn vị tính: triệu đồng)"]],
  ["the unit noted above", ["Đơn vị tính: triệu đồng", header, ...rows]],
  ["the unit in the header, a TT column, `Tổng cộng`", [`TT | ${header.replace("Tổng số", "Tổng số (triệu đồng)")}`, ...rows.map((r, i) => `${i < 2 ? i + 1 : ""} | ${r.replace("Cộng", "Tổng cộng")}`)]],
  ["no unit, the total stated above in triệu đồng", ["Tổng kinh phí: 6.400 triệu đồng. Phân theo năm và nguồn vốn như sau:", header, ...rows]],
  ["no unit, the total stated above in đồng", ["Tổng kinh phí: 6.400.000.000 đồng. Phân theo năm và nguồn vốn như sau:", header, ...DONG_ROWS]],
])("%s", (_label, table) => {
  const read = extractPlan(planWith(["- Xây dựng 08 mô hình giảm nghèo."], { after: ["IV. KINH PHÍ", ...(table[0].startsWith("Tổng") ? [] : ["Cơ cấu nguồn vốn theo năm:"]), ...table] }).replace("III. TỔ CHỨC THỰC HIỆN\n", ""));
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.name])).toEqual([
    ["KP", 6_400_000_000, "Tổng kinh phí"],
    ["KP.1", 5_300_000_000, "Ngân sách trung ương"],
    ["KP.2", 530_000_000, "Ngân sách địa phương"],
    ["KP.3", 570_000_000, "Vốn đối ứng của người dân"],
  ]);
  expect(read.issues.map((i) => i.rule)).not.toContain("budget-split");
});

/**
 * A two-column table of the years' amounts (`Năm | Kinh phí (triệu đồng)` over `2026 | 350`) under a stated total: its
 * schedule, told with it and checked against it, not budget lines of their own.
 */
test.each<[string, string, number, boolean]>([
  ["2026", "2027", 320, false],
  ["Năm 2026", "Năm 2027", 320, false],
  ["2026", "2027", 300, true],
])("year rows %s (350), %s (%d) under a total of 670: the total alone, split checked: %s", (first, second, amount, split) => {
  const read = extractPlan(
    planWith(["- Xây dựng 08 mô hình giảm nghèo."], {
      after: ["IV. KINH PHÍ", "Tổng kinh phí: 670 triệu đồng, phân theo năm:", "| Năm | Kinh phí (triệu đồng) |", `| ${first} | 350 |`, `| ${second} | ${amount} |`],
    }).replace("III. TỔ CHỨC THỰC HIỆN\n", ""),
  );
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.name])).toEqual([["KP", 670_000_000, "Tổng kinh phí"]]);
  expect(read.indicators.find((i) => i.kind === "money")?.sourceText).toMatch(/Năm 2026 350 triệu đồng; Năm 2027/u);
  expect(read.issues.some((i) => i.rule === "budget-split")).toBe(split);
});
