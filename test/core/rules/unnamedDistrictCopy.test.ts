/**
 * Districts named only by their `Cộng huyện` subtotal rows (no row naming
 * them), read by the plan's list of communes: a commune of one district
 * typed over a commune's name in the other district is one finding at the
 * copy, naming the plan commune whose row it took — as where the districts
 * are named.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [{ code: "1", name: "Tổ", unit: "tổ", target: 42 }, { code: "2", name: "Người", unit: "người", target: 35 }],
    areas: [
      { district: "Tủa Chùa", commune: "Nghĩa Thuận" },
      { district: "Tủa Chùa", commune: "Cán Tỷ" },
      { district: "Tủa Chùa", commune: "Quyết Tiến" },
      { district: "Bắc Hà", commune: "Sì Lở Lầu" },
      { district: "Bắc Hà", commune: "Mường Kim" },
      { district: "Bắc Hà", commune: "Sính Phình" },
      { district: "Bắc Hà", commune: "Nậm Chày" },
    ],
  },
  "plan.json",
);

function check(lastName: string) {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ", "Người"],
    [1, "Xã Nghĩa Thuận", 5, 6],
    [2, "Xã Cán Tỷ", 8, 7],
    [3, "Xã Quyết Tiến", 6, 6],
    [null, "Cộng huyện", 19, 19],
    [4, "Xã Sì Lở Lầu", 2, 7],
    [5, "Xã Mường Kim", 7, 8],
    [6, "Xã Sính Phình", 7, 0],
    [7, lastName, 7, 1],
    [null, "Cộng huyện", 23, 16],
    [null, "Tổng cộng", 42, 35],
  ];
  return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report.findings;
}

test("the sheet as planned: nothing told", () => {
  expect(check("Xã Nậm Chày")).toEqual([]);
});

test("Nậm Chày's name typed over with Nghĩa Thuận's: one finding, at the copy, naming Nậm Chày", () => {
  const findings = check("xã Nghĩa Thuận");
  expect(findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["coverage B9"]);
  expect(findings[0].message.vi).toContain("Nậm Chày");
});
