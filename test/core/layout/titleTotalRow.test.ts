/**
 * A `TỔNG CỘNG` (or `Tổng số`) row without figures at the top of the body,
 * typed as a title over the areas, and the real total with figures at the
 * foot: the first is a heading, the second the one grand total — never two
 * totals. A planted over-allocation is told at the real total's cell.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { countAndTrainingPlan as plan } from "./countAndTrainingPlan";
import { sheet, workbook } from "./sheetBuilder";

const check = (rows: CellValue[][], target: number) => checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: plan(target), sheet: "Phân bổ" });

const sheetWith = (title: string): CellValue[][] => [
  ["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"],
  [],
  ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Lớp tập huấn"],
  [null, title, null, null],
  [1, "Xã Bản Liền", 4, 2],
  [2, "Xã Tà Chải", 3, 2],
  [3, "Xã Cốc Ly", 3, 2],
  [null, "Tổng cộng", 10, 6],
];

describe.each(["TỔNG CỘNG", "Tổng số"])("`%s` without figures over the body, the total at its foot", (title) => {
  test("one total, the title row a heading, the reading sure", () => {
    const reading = check(sheetWith(title), 10).report.reading!;
    expect(reading.areas.filter((a) => a.role === "total").map((a) => a.at)).toEqual(["8"]);
    expect(reading.ignored).toEqual([{ at: "4", header: title, why: "group heading" }]);
    expect(reading.confidence?.level).toBe("high");
  });

  test("over the plan: told at the real total's cell", () => {
    expect(check(sheetWith(title), 9).report.findings.map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["ceiling/error@C8"]);
  });
});

test("a `Tổng cộng` with figures at the top and none at the foot stays the total", () => {
  const rows = sheetWith("Tổng cộng");
  rows[3] = [null, "Tổng cộng", 10, 6];
  rows.pop();
  const reading = check(rows, 10).report.reading!;
  expect(reading.areas.filter((a) => a.role === "total").map((a) => a.at)).toEqual(["4"]);
  expect(reading.ignored).toEqual([]);
});
