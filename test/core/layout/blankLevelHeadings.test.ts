/**
 * Rows naming a level of government with no figures (`A. CẤP HUYỆN`, `B.
 * CẤP XÃ`, lettered, numbered `I`, `II` or not, merged across or not), each
 * over the units of its level (`Hội LHPN huyện Ba Vì`, or `Huyện Ba Vì`)
 * and the communes: headings, no area — never a leaf allocated nothing, nor
 * one taken into the unit after it, its zero figures then a subtotal wrong
 * by the unit's own. With figures of their own they are groups, as before.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 10 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1000 },
]);

function rows(marks: [CellValue, CellValue], upper: [string, string], levels: [string, string]): CellValue[][] {
  return [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "TỔNG CỘNG", 10, 1000],
    [marks[0], levels[0], null, null],
    [1, upper[0], 2, 200],
    [2, upper[1], 2, 200],
    [marks[1], levels[1], null, null],
    [1, "Xã Ba Trại", 2, 200],
    [2, "Xã Tản Lĩnh", 2, 200],
    [3, "Xã Yên Bình", 2, 200],
  ];
}

const UNITS: [string, string] = ["Hội LHPN huyện Ba Vì", "Hội LHPN huyện Thạch Thất"];
const DISTRICTS: [string, string] = ["Huyện Ba Vì", "Huyện Thạch Thất"];

test.each<[string, [CellValue, CellValue], [string, string], [string, string], string[]]>([
  ["lettered, the units of the district level", ["A", "B"], UNITS, ["CẤP HUYỆN", "CẤP XÃ"], []],
  ["lettered, merged across the figures", ["A", "B"], UNITS, ["CẤP HUYỆN", "CẤP XÃ"], ["B3:D3", "B6:D6"]],
  ["lettered, the districts", ["A", "B"], DISTRICTS, ["CẤP HUYỆN", "CẤP XÃ"], []],
  ["unnumbered", [null, null], UNITS, ["Cấp huyện", "Cấp xã"], []],
  ["unnumbered, a colon", [null, null], UNITS, ["Cấp huyện:", "Cấp xã:"], []],
])("%s: both are headings, every unit and commune a leaf under the total, nothing told", (_name, marks, upper, levels, merges) => {
  const data = rows(marks, upper, levels);
  const report = checkWorkbook(workbook(sheet("Phân bổ", data, { merges })), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
  const areas = report.reading!.areas;
  expect(areas.map((a) => [a.name, a.role, a.parent === null ? null : areas[a.parent].name])).toEqual([
    ["TỔNG CỘNG", "total", null],
    ...[...upper, "Xã Ba Trại", "Xã Tản Lĩnh", "Xã Yên Bình"].map((name) => [name, "leaf", "TỔNG CỘNG"]),
  ]);
  expect(report.reading!.ignored.map((i) => [i.at, i.why])).toEqual([["3", "group heading"], ["6", "group heading"]]);
  expect(report.findings).toEqual([]);
});

test("with figures of their own, each is the group of the rows after it, as before", () => {
  const data = rows(["A", "B"], UNITS, ["Cấp huyện", "Cấp xã"]);
  data[2] = ["A", "Cấp huyện", 4, 400];
  data[5] = ["B", "Cấp xã", 6, 600];
  const report = checkWorkbook(workbook(sheet("Phân bổ", data)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
  const areas = report.reading!.areas;
  expect(areas.filter((a) => a.role === "group").map((a) => a.name)).toEqual(["Cấp huyện", "Cấp xã"]);
  expect(report.findings).toEqual([]);
});
