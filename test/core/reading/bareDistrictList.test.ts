/**
 * The plan lists districts alone (no communes): the sheet's communes under
 * those districts are their parts, not areas the list lacks — no doubt said
 * for them. Areas the list truly lacks still are.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "../layout/sheetBuilder";

const PLAN = planOf([{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 }], { "Ba Vì": [], "Thạch Thất": [] });

function check(second: string) {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"],
    [null, "Tổng cộng", 12],
    ["I", "Huyện Ba Vì", 6],
    [1, "Xã Ba Trại", 2],
    [2, "Xã Tản Lĩnh", 2],
    [3, "Xã Minh Quang", 2],
    ["II", second, 6],
    [1, "Xã Yên Bình", 2],
    [2, "Xã Yên Trung", 2],
    [3, "Xã Tiến Xuân", 2],
  ];
  return checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" }).report;
}

test("communes under the listed districts: read surely", () => {
  expect(PLAN.areas.every((area) => area.commune === undefined)).toBe(true);
  expect(check("Huyện Thạch Thất").reading!.confidence).toEqual({ level: "high", reasons: [] });
});

test("a district the list lacks: its communes and it are said to be outside the list", () => {
  const reasons = check("Huyện Quốc Oai").reading!.confidence.reasons.map((r) => r.en);
  expect(reasons).toContain("4 of the sheet's 5 areas are not in the plan's list of areas.");
});
