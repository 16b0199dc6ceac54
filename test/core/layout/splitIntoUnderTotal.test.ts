/**
 * `Chia ra:` (split into) under the grand total, before the tiers that split
 * it (`Cấp tỉnh`, `Cấp huyện`, `Cấp xã`) and the districts: a connective like
 * `Trong đó`, its figures (a copy of the total's) or none, never an area —
 * read as one, it would count the money twice and blame the total.
 * A colon after it or not; an area merely holding the words is still an area.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "KP", name: "Kinh phí", unit: "triệu đồng", target: 600 },
]);
const DISTRICTS: CellValue[][] = [
  ["I", "Huyện Trạm Tấu", 6, 250],
  [1, "Xã Bản Mù", 3, 125],
  [2, "Xã Xà Hồ", 3, 125],
  ["II", "Huyện Mù Cang Chải", 6, 250],
  [1, "Xã Chế Tạo", 2, 100],
  [2, "Xã Lao Chải", 2, 50],
  [3, "Thị trấn Mù Cang Chải", 2, 100],
];
const DISTRICT_ROLES = ["group", "leaf", "leaf", "group", "leaf", "leaf", "leaf"];

function check(under: CellValue[][]) {
  const rows: CellValue[][] = [["BIỂU PHÂN BỔ KINH PHÍ NĂM 2024"], ["STT", "Đơn vị", "Số tổ", "Kinh phí (triệu đồng)"], [null, "Tổng cộng", 12, 600], ...under, ...DISTRICTS];
  return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

describe("`Chia ra` under the grand total, before the tiers that split it", () => {
  test.each<[string, CellValue[][], string[]]>([
    ["`Chia ra:` with the total's figures, `Cấp tỉnh` with its share, `Cấp huyện` over the districts", [[null, "Chia ra:", 12, 600], [null, "Cấp tỉnh", 0, 100], [null, "Cấp huyện", null, null]], ["Cấp tỉnh", "Cấp huyện"]],
    ["`Chia ra` without a colon, with the total's figures", [[null, "Chia ra", 12, 600], [null, "Cấp tỉnh", 0, 100], [null, "Cấp huyện", null, null]], ["Cấp tỉnh", "Cấp huyện"]],
    ["`Bao gồm:` with the total's figures", [[null, "Bao gồm:", 12, 600], [null, "Cấp tỉnh", 0, 100], [null, "Cấp huyện", null, null]], ["Cấp tỉnh", "Cấp huyện"]],
    ["`Chia ra:` without figures, then `Cấp tỉnh` alone", [[null, "Chia ra:", null, null], [null, "Cấp tỉnh", 0, 100]], ["Cấp tỉnh"]],
    ["`Chia ra:` with the total's figures, three tiers", [[null, "Chia ra:", 12, 600], [null, "Cấp tỉnh", 0, 60], [null, "Cấp huyện", 0, 40], [null, "Cấp xã", null, null]], ["Cấp tỉnh", "Cấp huyện", "Cấp xã"]],
  ])("%s: left out, the rest read, nothing told", (_name, under, tiers) => {
    const report = check(under);
    const reading = report.reading!;
    expect(reading.areas.map((a) => a.name)).not.toContain(String(under[0][1]));
    expect(reading.areas.slice(0, 1 + tiers.length).map((a) => a.name)).toEqual(["Tổng cộng", ...tiers]);
    expect(reading.areas.slice(1 + tiers.length).map((a) => a.role)).toEqual(DISTRICT_ROLES);
    expect(reading.ignored.map((i) => i.header)).toEqual([under[0][1]]);
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });

  test("an area whose name holds the words is still an area", () => {
    const report = check([[null, "Xã Chia Ra", 0, 100]]);
    expect(report.reading!.areas.map((a) => a.name)).toContain("Xã Chia Ra");
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });
});

describe("`Chia ra` with figures that are not the total's", () => {
  const TIERS: CellValue[][] = [[null, "Cấp tỉnh", 0, 100], [null, "Cấp huyện", null, null]];

  test("its own figure wrong (500 for 600): one `subtotal` finding at its cell, read as the total typed again", () => {
    const report = check([[null, "Chia ra:", 12, 500], ...TIERS]);
    expect(report.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([["subtotal", "D4", 600_000_000, 500_000_000]]);
    const areas = report.reading!.areas;
    const split = areas.find((a) => a.name === "Chia ra:")!;
    expect([split.at, split.role, areas[split.parent!].name]).toEqual(["4", "subtotal", "Tổng cộng"]);
    expect(report.reading!.ignored).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });

  test("the total wrong, `Chia ra` right: one finding, at the total", () => {
    const rows: CellValue[][] = [["STT", "Đơn vị", "Số tổ", "Kinh phí (triệu đồng)"], [null, "Tổng cộng", 12, 650], [null, "Chia ra:", 12, 600], ...TIERS, ...DISTRICTS];
    const report = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "D2"]]);
  });

  test("areas across the top: the same finding at its column's cell", () => {
    const rows: CellValue[][] = [["Đơn vị", "Số tổ", "Kinh phí (triệu đồng)"], ["Tổng cộng", 12, 600], ["Chia ra:", 12, 500], ["Cấp tỉnh", 0, 100], ["Cấp huyện", null, null], ...DISTRICTS.map((d) => d.slice(1))];
    const report = checkWorkbook(workbook(transposeSheet(sheet("Phân bổ", rows))), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "C3"]]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });
});
