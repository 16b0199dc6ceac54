/**
 * Bare names in one column, no numbering column, no area list, no prefix:
 * the communes led by a bullet (`- Khánh Thượng`) under their district's
 * unbulleted name. The bullets tell the levels, so a district's subtotal
 * stale on every line is that subtotal's finding, not a flat list whose
 * total is off.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
      { code: "2", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 10 },
    ],
  },
  "plan.json",
);

function check(bullet: string, baVi: CellValue[], thachThat: CellValue[]) {
  const rows: CellValue[][] = [
    ["Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy tại cộng đồng"],
    ["Tổng cộng", 5, 10],
    ["Ba Vì", ...baVi],
    [`${bullet}Khánh Thượng`, 1, 2],
    [`${bullet}Minh Quang`, 1, 2],
    [`${bullet}Tản Lĩnh`, 1, 2],
    ["Thạch Thất", ...thachThat],
    [`${bullet}Yên Trung`, 1, 2],
    [`${bullet}Yên Bình`, 1, 2],
  ];
  return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

describe("bulleted communes under unbulleted districts", () => {
  test.each<[string, string, CellValue[], CellValue[], "group" | "heading", string[]]>([
    ["`- ` bullets, subtotals right", "- ", [3, 6], [2, 4], "group", []],
    ["`- ` bullets, Ba Vì's subtotal stale on every line", "- ", [4, 8], [2, 4], "group", ["subtotal@B3", "subtotal@C3"]],
    ["`+ ` bullets, Ba Vì's subtotal stale on every line", "+ ", [4, 8], [2, 4], "group", ["subtotal@B3", "subtotal@C3"]],
    ["`• ` bullets, the districts' figures blank", "• ", [null, null], [null, null], "heading", []],
  ])("%s", (_name, bullet, baVi, thachThat, role, findings) => {
    const report = check(bullet, baVi, thachThat);
    expect(report.reading!.areas.map((a) => [a.role, a.parent])).toEqual([
      ["total", null],
      [role, 0],
      ["leaf", 1],
      ["leaf", 1],
      ["leaf", 1],
      [role, 0],
      ["leaf", 5],
      ["leaf", 5],
    ]);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
  });
});
