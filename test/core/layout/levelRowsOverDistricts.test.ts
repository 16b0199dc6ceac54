/**
 * Unnumbered level rows with figures of their own between the grand total and
 * the Roman-numbered districts: `Cấp tỉnh` the province's own share (a leaf),
 * `Cấp huyện` the group holding the districts after it, its figures their
 * subtotal — the total their sum, never one level read as a group over the next.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "KP", name: "Kinh phí", unit: "triệu đồng", target: 600 },
]);
const DISTRICTS: CellValue[][] = [
  ["I", "Huyện Trạm Tấu", 6, 290],
  [1, "Xã Bản Mù", 3, 145],
  [2, "Xã Xà Hồ", 3, 145],
  ["II", "Huyện Mù Cang Chải", 6, 250],
  [1, "Xã Chế Tạo", 2, 100],
  [2, "Xã Lao Chải", 2, 50],
  [3, "Thị trấn Mù Cang Chải", 2, 100],
];

function check(levels: CellValue[][]) {
  const rows: CellValue[][] = [["BIỂU PHÂN BỔ KINH PHÍ NĂM 2024"], ["STT", "Đơn vị", "Số tổ", "Kinh phí (triệu đồng)"], [null, "Tổng cộng", 12, 600], ...levels, ...DISTRICTS];
  return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

const DISTRICT_ROLES = ["group", "leaf", "leaf", "group", "leaf", "leaf", "leaf"];

describe("`Cấp tỉnh`, `Cấp huyện` with figures of their own over Roman-numbered districts", () => {
  test.each<[string, CellValue[][], string[]]>([
    ["`Cấp tỉnh` a share, `Cấp huyện` the districts' group", [[null, "Cấp tỉnh", 0, 60], [null, "Cấp huyện", 12, 540]], ["leaf", "group"]],
    ["with a colon after the level", [[null, "Cấp tỉnh:", 0, 60], [null, "Cấp huyện:", 12, 540]], ["leaf", "group"]],
    ["numbered 1, 2", [[1, "Cấp tỉnh", 0, 60], [2, "Cấp huyện", 12, 540]], ["leaf", "group"]],
    ["three levels, `Cấp xã` over the districts", [[null, "Cấp tỉnh", 0, 20], [null, "Cấp huyện", 0, 40], [null, "Cấp xã", 12, 540]], ["leaf", "leaf", "group"]],
  ])("%s: the total counted once, nothing told", (_name, levels, roles) => {
    const report = check(levels);
    const areas = report.reading!.areas;
    expect(areas.map((a) => a.name)).toEqual(["Tổng cộng", ...levels.map((l) => l[1]), ...DISTRICTS.map((d) => d[1])]);
    expect(areas.map((a) => a.role)).toEqual(["total", ...roles, ...DISTRICT_ROLES]);
    expect(areas.slice(1 + levels.length).map((a) => (a.parent === null || a.parent === undefined ? null : areas[a.parent].name))).toEqual([levels[levels.length - 1][1], "Huyện Trạm Tấu", "Huyện Trạm Tấu", levels[levels.length - 1][1], "Huyện Mù Cang Chải", "Huyện Mù Cang Chải", "Huyện Mù Cang Chải"]);
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });

  test("`Cấp huyện` mistyped (504 for 540): one finding at its cell", () => {
    const report = check([[null, "Cấp tỉnh", 0, 60], [null, "Cấp huyện", 12, 504]]);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "D5"]]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });

  test("`Cấp huyện` blank: a heading, the districts read beside `Cấp tỉnh`", () => {
    const report = check([[null, "Cấp tỉnh", 0, 60], [null, "Cấp huyện", null, null]]);
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });
});
