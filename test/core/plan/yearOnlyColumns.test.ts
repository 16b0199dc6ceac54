/**
 * A plan sheet whose targets are given only by year (`Năm 2026 | … | Năm
 * 2030`, three or more years in a row, no `Kế hoạch` or `Tổng` column): the
 * years are the plan's, the period's target their sum, each year's kept. A
 * `Tổng` column beside them is the target; two bare years stay refused (one
 * may be last year's figure).
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../progress/fixtures";

const planOf = (rows: CellValue[][]) => readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)));

test.each<[string, CellValue[]]>([
  ["Năm 2026 …", ["Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"]],
  ["bare 2026 …", [2026, 2027, 2028, 2029, 2030]],
])("years only (%s): the target is their sum, each year's kept", (_name, years) => {
  const plan = planOf([
    ["STT", "Nội dung", "ĐVT", ...years],
    [1, "Tổ truyền thông cộng đồng", "tổ", 2, 1, 1, 1, 1],
    [2, "Kinh phí", "triệu đồng", "200", "200", "-", "200", "200"],
  ]);
  expect(plan.lines.map((line) => [line.code, line.target, line.source?.cell])).toEqual([
    ["1", 6, "D2"],
    ["2", 800e6, "D3"],
  ]);
  expect(plan.lines[0].yearTargets).toEqual({ "2026": 2, "2027": 1, "2028": 1, "2029": 1, "2030": 1 });
  expect(plan.doubts?.map((doubt) => doubt.en.split(":")[0])).toEqual(["'Kế hoạch'!F3"]);
});

test("a Tổng column beside the years is the target, even where the years do not add up to it", () => {
  const plan = planOf([
    ["STT", "Nội dung", "ĐVT", "Năm 2026", "Năm 2027", "Năm 2028", "Tổng"],
    [1, "Tổ truyền thông cộng đồng", "tổ", 2, 1, 1, 5],
  ]);
  expect(plan.lines.map((line) => [line.target, line.source?.cell])).toEqual([[5, "G2"]]);
});

test("two bare years and no target column: still refused, naming the missing column", () => {
  expect(() => planOf([["STT", "Nội dung", "ĐVT", "Năm 2025", "Năm 2026"], [1, "Tổ truyền thông", "tổ", 3, 4]])).toThrow(/missing column/);
});
