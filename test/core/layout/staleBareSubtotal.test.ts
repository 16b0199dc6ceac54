/**
 * Bare district names typed with their subtotals over bare commune names, no
 * STT, no area list, two districts of which one subtotal is stale on every
 * line: the grand total (adding up the communes, or the districts as typed)
 * tells the districts from the communes, and the stale subtotal stays one
 * finding at its cell rather than turning the sheet into a flat list.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 20 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 24 },
];
const HEAD: CellValue[] = ["Địa bàn", "Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh của sự thay đổi"];
const BA_VI: CellValue[][] = [["Ba Vì", 10, 12], ["Ba Trại", 3, 4], ["Tản Lĩnh", 4, 4], ["Minh Quang", 3, 4]];
const THACH_THAT: CellValue[][] = [["Thạch Thất", 9, 11], ["Yên Trung", 4, 6], ["Yên Bình", 6, 6]];
const TREE = [
  ["Ba Vì", "group", "Tổng cộng"],
  ["Ba Trại", "leaf", "Ba Vì"],
  ["Tản Lĩnh", "leaf", "Ba Vì"],
  ["Minh Quang", "leaf", "Ba Vì"],
  ["Thạch Thất", "group", "Tổng cộng"],
  ["Yên Trung", "leaf", "Thạch Thất"],
  ["Yên Bình", "leaf", "Thạch Thất"],
];
const sorted = (t: ReturnType<typeof areaTree>) => t.map((a) => a.join("<")).sort();

describe("two bare districts, one subtotal stale, no list, no STT", () => {
  test.each<[string, CellValue[][], boolean]>([
    ["total first, adding up the communes", [HEAD, ["Tổng cộng", 20, 24], ...BA_VI, ...THACH_THAT], false],
    ["total first, adding up the districts as typed", [HEAD, ["Tổng cộng", 19, 23], ...BA_VI, ...THACH_THAT], false],
    ["total last", [HEAD, ...BA_VI, ...THACH_THAT, ["Tổng cộng", 20, 24]], false],
    ["one line only", [HEAD.slice(0, 2), ["Tổng cộng", 20], ...[...BA_VI, ...THACH_THAT].map((r) => r.slice(0, 2))], false],
    ["indicators as rows", [HEAD, ["Tổng cộng", 20, 24], ...BA_VI, ...THACH_THAT], true],
  ])("%s", (_name, rows, turned) => {
    const data = sheet("Phân bổ", rows);
    const table = detectTable(turned ? transposeSheet(data) : data, planOf(LINES.slice(0, rows[0].length - 1)));
    expect(sorted(areaTree(table))).toEqual(sorted([["Tổng cộng", "total", null], ...TREE] as ReturnType<typeof areaTree>));
    expect(table.notes?.nearTie ?? false).toBe(false);
  });

  test("districts after their communes (bottom-up), the last one stale", () => {
    const rows: CellValue[][] = [HEAD, ["Tổng cộng", 20, 24], ...BA_VI.slice(1), BA_VI[0], ...THACH_THAT.slice(1), THACH_THAT[0]];
    const table = detectTable(sheet("Phân bổ", rows), planOf(LINES));
    expect(sorted(areaTree(table))).toEqual(sorted([["Tổng cộng", "total", null], ...TREE] as ReturnType<typeof areaTree>));
  });
});
