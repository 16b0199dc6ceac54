/**
 * Each plan line's count and money side by side (`Tổ truyền thông | Số
 * lượng | Kinh phí`), then the budget's total column, under a plan that has
 * one budget line: the lines' money columns are parts of that budget line,
 * checked against it — not columns the plan lacks.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng được thành lập mới", unit: "tổ", target: 5 },
      { code: "2", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 10 },
      { code: "KP", name: "Tổng kinh phí thực hiện", unit: "triệu đồng", target: 500 },
    ],
    areas: [
      { district: "Ba Vì", commune: "Khánh Thượng" },
      { district: "Ba Vì", commune: "Minh Quang" },
      { district: "Thạch Thất", commune: "Yên Trung" },
    ],
  },
  "plan.json",
);

function rows(total: string): CellValue[][] {
  return [
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", null, "Địa chỉ tin cậy", null, total],
    [null, null, "Số lượng (tổ)", "Kinh phí (triệu đồng)", "Số lượng (địa chỉ)", "Kinh phí (triệu đồng)", "(triệu đồng)"],
    [null, "Tổng cộng", 5, 200, 10, 300, 500],
    ["I", "Huyện Ba Vì", 3, 120, 6, 180, 300],
    [1, "Xã Khánh Thượng", 2, 80, 3, 90, 170],
    [2, "Xã Minh Quang", 1, 40, 3, 90, 130],
    ["II", "Huyện Thạch Thất", 2, 80, 4, 120, 200],
    [1, "Xã Yên Trung", 2, 80, 4, 120, 200],
  ];
}

function check(total: string, edit?: (rows: CellValue[][]) => void) {
  const body = rows(total);
  edit?.(body);
  const allocation = sheet("Phân bổ", body, { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"] });
  return checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

describe("a line's money beside its count, the budget's total after them", () => {
  test.each<[string, string, ((rows: CellValue[][]) => void) | undefined, string[]]>([
    ["clean", "Tổng kinh phí", undefined, []],
    ["clean, the total headed `Cộng kinh phí`", "Cộng kinh phí", undefined, []],
    ["a commune's part mistyped", "Tổng kinh phí", (r) => (r[4][3] = 85), ["subtotal@D5"]],
    ["a commune's total mistyped", "Tổng kinh phí", (r) => (r[4][6] = 175), ["subtotal@G5"]],
  ])("%s", (_name, total, edit, findings) => {
    const report = check(total, edit);
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["2", "E"], ["KP", "G"]]);
    expect(report.reading!.ignored.map((i) => [i.at, i.why])).toEqual([["D", "part of a total line"], ["F", "part of a total line"]]);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
  });

  test("parts that do not add up to the total stay lines the plan lacks", () => {
    const report = check("Tổng kinh phí", (r) => r.slice(2).forEach((row) => (row[6] = Number(row[6]) + 50)));
    expect(report.reading!.ignored.map((i) => i.why)).toEqual(["no plan line", "no plan line"]);
  });
});
