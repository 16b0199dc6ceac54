/**
 * A blank `Cấp xã` (or `Cấp huyện`) row over the districts right after a
 * level row with figures of its own (`Cấp huyện`): a heading over the
 * districts, never an area allocated nothing (nor one the plan's list
 * lacks). The level before it is a share of its own (the districts' own
 * bodies) — or, where its figures are the districts' sum, the group holding
 * them, the blank heading inside it: the total counted once either way.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "KP", name: "Kinh phí", unit: "triệu đồng", target: 600 },
];
const AREAS = { "Trạm Tấu": ["Bản Mù", "Xà Hồ"], "Mù Cang Chải": ["Chế Tạo", "Lao Chải", "Mù Cang Chải"] };
const DISTRICTS: CellValue[][] = [
  ["I", "Huyện Trạm Tấu", 6, 250],
  [1, "Xã Bản Mù", 3, 125],
  [2, "Xã Xà Hồ", 3, 125],
  ["II", "Huyện Mù Cang Chải", 6, 250],
  [1, "Xã Chế Tạo", 2, 125],
  [2, "Xã Lao Chải", 2, 75],
  [3, "Thị trấn Mù Cang Chải", 2, 50],
];

function check(levels: CellValue[][], listed: boolean, across = false) {
  const rows: CellValue[][] = [["STT", "Đơn vị", "Số tổ", "Kinh phí (triệu đồng)"], [null, "Tổng cộng", 12, 600], ...levels, ...DISTRICTS];
  const data = across ? transposeSheet(sheet("Phân bổ", rows.map((r) => r.slice(1)))) : sheet("Phân bổ", rows);
  const plan = listed ? planOf(LINES, AREAS) : planOf(LINES);
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
}

function roles(report: ReturnType<typeof check>) {
  const areas = report.reading!.areas;
  return areas.slice(0, 7).map((a) => [a.name, a.role, a.parent === null || a.parent === undefined ? null : areas[a.parent].name]);
}

describe("a blank `Cấp xã` right after `Cấp huyện` with figures", () => {
  test.each([false, true])("`Cấp huyện` a share of its own: `Cấp xã` a heading over the districts (plan lists its areas: %s)", (listed) => {
    for (const across of [false, true]) {
      const report = check([[null, "Cấp tỉnh", 0, 60], [null, "Cấp huyện", 0, 40], [null, "Cấp xã", null, null]], listed, across);
      expect(roles(report)).toEqual([
        ["Tổng cộng", "total", null],
        ["Cấp tỉnh", "leaf", "Tổng cộng"],
        ["Cấp huyện", "leaf", "Tổng cộng"],
        ["Cấp xã", "heading", "Tổng cộng"],
        ["Huyện Trạm Tấu", "group", "Cấp xã"],
        ["Xã Bản Mù", "leaf", "Huyện Trạm Tấu"],
        ["Xã Xà Hồ", "leaf", "Huyện Trạm Tấu"],
      ]);
      expect(report.findings).toEqual([]);
      expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
    }
  });

  test.each([false, true])("`Cấp huyện` the districts' sum: it holds them, `Cấp xã` a heading inside it (plan lists its areas: %s)", (listed) => {
    const report = check([[null, "Cấp tỉnh", 0, 100], [null, "Cấp huyện", 12, 500], [null, "Cấp xã", null, null]], listed);
    expect(roles(report)).toEqual([
      ["Tổng cộng", "total", null],
      ["Cấp tỉnh", "leaf", "Tổng cộng"],
      ["Cấp huyện", "group", "Tổng cộng"],
      ["Cấp xã", "heading", "Cấp huyện"],
      ["Huyện Trạm Tấu", "group", "Cấp xã"],
      ["Xã Bản Mù", "leaf", "Huyện Trạm Tấu"],
      ["Xã Xà Hồ", "leaf", "Huyện Trạm Tấu"],
    ]);
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });

  test("`Cấp huyện` holding the districts, mistyped (450 for 500): one finding at its cell", () => {
    const report = check([[null, "Cấp tỉnh", 0, 100], [null, "Cấp huyện", 12, 450], [null, "Cấp xã", null, null]], false);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "D4"]]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });

  test("`Cấp huyện` blank right before the districts, after `Cấp tỉnh` with figures: a heading over them", () => {
    const report = check([[null, "Cấp tỉnh", 0, 100], [null, "Cấp huyện", null, null]], false);
    expect(roles(report).slice(0, 4)).toEqual([
      ["Tổng cộng", "total", null],
      ["Cấp tỉnh", "leaf", "Tổng cộng"],
      ["Cấp huyện", "heading", "Tổng cộng"],
      ["Huyện Trạm Tấu", "group", "Cấp huyện"],
    ]);
    expect(report.findings).toEqual([]);
  });
});
