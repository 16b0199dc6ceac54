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
  expect(plan.doubts?.map((doubt) => doubt.en.split(":")[0])).toEqual([`Sheet "Kế hoạch", header row 1`, "'Kế hoạch'!F3"]);
});

describe("a target made of the years is said, naming the year columns", () => {
  test.each<[string, CellValue[][], string, string]>([
    [
      "Năm 2026 … Năm 2030",
      [["STT", "Nội dung", "ĐVT", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"], [1, "Tổ truyền thông", "tổ", 2, 1, 1, 1, 1]],
      `D "Năm 2026", E "Năm 2027", F "Năm 2028", G "Năm 2029", H "Năm 2030"`,
      "header row 1",
    ],
    [
      "bare 2026 … 2028, under a title",
      [["KẾ HOẠCH"], [], ["STT", "Nội dung", "ĐVT", 2026, 2027, 2028], [1, "Tổ truyền thông", "tổ", 2, 1, 1]],
      `D "2026", E "2027", F "2028"`,
      "header row 3",
    ],
    [
      "Kế hoạch năm 2024 | Kế hoạch năm 2025",
      [["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Kế hoạch năm 2025"], ["1", "Tổ truyền thông", "tổ", 2, 2]],
      `D "Kế hoạch năm 2024", E "Kế hoạch năm 2025"`,
      "header row 1",
    ],
  ])("%s", (_name, rows, columns, where) => {
    const plan = planOf(rows);
    const said = plan.doubts?.filter((doubt) => doubt.en.includes("sum of the year columns")) ?? [];
    expect(said.map((doubt) => doubt.en)).toEqual([
      `Sheet "Kế hoạch", ${where}: no column gives the whole period's target (Tổng số, Kế hoạch giai đoạn); each line's target is taken as the sum of the year columns ${columns}. If the period's target is another figure, add a "Tổng số" column.`,
    ]);
    expect(said[0].vi).toContain(`kế hoạch của mỗi chỉ tiêu được lấy bằng tổng các cột năm ${columns}`);
  });

  test.each<[string, CellValue[]]>([
    ["a Tổng column beside the years", ["STT", "Nội dung", "ĐVT", "Năm 2026", "Năm 2027", "Năm 2028", "Tổng"]],
    ["a Kế hoạch column beside last year's figure", ["STT", "Nội dung", "ĐVT", "Năm 2024", "Kế hoạch năm 2025"]],
  ])("%s: nothing said", (_name, header) => {
    const plan = planOf([header, [1, "Tổ truyền thông", "tổ", ...header.slice(3).map(() => 2)]]);
    expect(plan.doubts ?? []).toEqual([]);
  });
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
