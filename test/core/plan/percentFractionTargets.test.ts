/**
 * A percent target typed as a fraction in a plain format (`0.85` in a `%`
 * row, no `0%` format) is 85 %, like the same number shown with a percent
 * format; a plan that types its percents as points (`70`) keeps a `0.5` as
 * half a point, and text is read as written.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanFromWorkbook } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";

const HEADER: CellValue[] = ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"];

function planSheet(rows: CellValue[][], formats?: Record<string, string>) {
  return sheet("Kế hoạch", [HEADER, ...rows, [], ["Huyện", "Xã"], ["Ba Vì", "Khánh Thượng"], ["Ba Vì", "Minh Quang"]], formats ? { formats } : {});
}

test.each<[string, CellValue[][], Record<string, string> | undefined, number[]]>([
  ["a fraction", [["1", "Tỷ lệ hội viên được tuyên truyền", "%", 0.85], ["2", "Tổ truyền thông", "tổ", 5]], undefined, [85, 5]],
  ["two fractions, one of them 1", [["1", "Tỷ lệ A", "%", 0.85], ["2", "Tỷ lệ B", "%", 1]], undefined, [85, 100]],
  ["a fraction shown as a percent", [["1", "Tỷ lệ A", "%", 0.85]], { D2: "0%" }, [85]],
  ["points", [["1", "Tỷ lệ A", "%", 85], ["2", "Tỷ lệ B", "%", 0.5]], undefined, [85, 0.5]],
  ["text", [["1", "Tỷ lệ A", "%", "0,5"]], undefined, [0.5]],
  ["a count of 1 stays 1", [["1", "Tỷ lệ A", "%", 0.9], ["2", "Mô hình", "mô hình", 1]], undefined, [90, 1]],
])("percent targets: %s", (_name, rows, formats, targets) => {
  const plan = readPlanFromWorkbook(workbook(planSheet(rows, formats)));
  expect(plan.lines.map((line) => line.target)).toEqual(targets);
});

test.each<[string, CellValue, CellValue, string[]]>([
  ["cells in points, all over the target", 90, 86, []],
  ["cells in points, one under the target", 90, 80, ["percent@C4"]],
  ["cells as fractions, one under the target", 0.9, 0.8, ["percent@C4"]],
])("an allocation against a fraction target: %s", (_name, a, b, findings) => {
  const allocation = sheet("Phân bổ", [
    ["STT", "Địa bàn", "Tỷ lệ hội viên được tuyên truyền (%)", "Tổ truyền thông (tổ)"],
    [null, "Tổng cộng", null, 5],
    [1, "Xã Khánh Thượng", a, 3],
    [2, "Xã Minh Quang", b, 2],
  ]);
  const plan = planSheet([["1", "Tỷ lệ hội viên được tuyên truyền", "%", 0.85], ["2", "Tổ truyền thông", "tổ", 5]]);
  const report = checkWorkbook(workbook(allocation, plan), { workbookName: "t.xlsx", sheet: "Phân bổ" }).report;
  expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
});
