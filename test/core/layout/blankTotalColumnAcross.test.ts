/**
 * With the areas across the columns, a `Tổng số` / `Tổng cộng` column left
 * without figures before the first district, as the row of the other
 * orientation is: with a real total column of figures after the areas, a
 * heading (never a second total, no finding at its empty cells, an
 * over-allocation told at the real total's cell); alone, the table's total
 * place — no `subtotal` finding for its empty cells, an over-allocation told
 * at its cell, as at a blank top total row.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { countAndTrainingPlan as plan } from "./countAndTrainingPlan";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";


/** The sheet with the areas as rows (`title` the blank total's name, `foot` whether a real total closes it); turned to have them across. */
function areasAcross(title: string, foot: boolean) {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Lớp tập huấn"],
    [null, title, null, null],
    ["I", "Huyện Bắc Hà", 7, 4],
    [1, "Xã Bản Liền", 4, 2],
    [2, "Xã Tà Chải", 3, 2],
    ["II", "Huyện Si Ma Cai", 3, 2],
    [1, "Xã Cốc Ly", 3, 2],
    ...(foot ? [[null, "Tổng cộng", 10, 6]] : []),
  ];
  const across = transposeSheet(sheet("Phân bổ", rows));
  return { ...across, values: [["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"], [], ...across.values] };
}

const check = (title: string, foot: boolean, target: number) => checkWorkbook(workbook(areasAcross(title, foot)), { workbookName: "t.xlsx", plan: plan(target), sheet: "Phân bổ" }).report;

describe.each(["Tổng số", "Tổng cộng", "TỔNG CỘNG"])("`%s` without figures before the first district", (title) => {
  test("a real total column after the areas: the blank one a heading, one total", () => {
    const report = check(title, true, 10);
    expect(report.reading!.areas.map((a) => `${a.at}:${a.role}`)).toEqual(["C:group", "D:leaf", "E:leaf", "F:group", "G:leaf", "H:total"]);
    expect(report.reading!.ignored).toEqual([{ at: "B", header: title, why: "group heading" }]);
    expect(report.findings).toEqual([]);
    expect(report.reading!.confidence.level).toBe("high");
  });

  test("a real total column after the areas, over the plan: told at the real total's cell", () => {
    expect(check(title, true, 9).findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["ceiling@H5"]);
  });

  test("no other total: the table's total, no finding for its empty cells", () => {
    const report = check(title, false, 10);
    expect(report.reading!.areas.map((a) => `${a.at}:${a.role}`)).toEqual(["B:total", "C:group", "D:leaf", "E:leaf", "F:group", "G:leaf"]);
    expect(report.findings).toEqual([]);
  });

  test("no other total, over the plan: told once, at the total's cell", () => {
    expect(check(title, false, 9).findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["ceiling@B5"]);
  });
});
