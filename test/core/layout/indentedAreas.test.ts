/**
 * Districts told from their communes only by how they are typed — the
 * communes indented by leading spaces under unindented district names (where
 * bold would tell them on screen) — no prefix, no STT, no area list: the
 * indented names are the communes of the name above them, whether the
 * districts' figures are blank, their subtotals, or one of them stale, with
 * or without a grand total. A stray space on a single name tells nothing.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 20 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 24 },
];
const HEAD: CellValue[] = ["Đơn vị", ...LINES.map((l) => l.name)];
const rows = (ba: CellValue[], thach: CellValue[], pad: string): CellValue[][] => [
  ["Ba Vì", ...ba],
  [`${pad}Ba Trại`, 3, 4],
  [`${pad}Tản Lĩnh`, 4, 4],
  [`${pad}Minh Quang`, 3, 4],
  ["Thạch Thất", ...thach],
  [`${pad}Yên Trung`, 4, 6],
  [`${pad}Yên Bình`, 6, 6],
];
const tree = (total: boolean, kind: string) => [
  ...(total ? [["Tổng cộng", "total", null]] : []),
  ["Ba Vì", kind, total ? "Tổng cộng" : null],
  ["Ba Trại", "leaf", "Ba Vì"],
  ["Tản Lĩnh", "leaf", "Ba Vì"],
  ["Minh Quang", "leaf", "Ba Vì"],
  ["Thạch Thất", kind, total ? "Tổng cộng" : null],
  ["Yên Trung", "leaf", "Thạch Thất"],
  ["Yên Bình", "leaf", "Thạch Thất"],
];

describe("communes indented under their districts", () => {
  test.each<[string, CellValue[][], (string | null)[][]]>([
    ["districts blank, no total", [HEAD, ...rows([null, null], [null, null], "   ")], tree(false, "heading")],
    ["districts blank, a grand total", [HEAD, ["Tổng cộng", 20, 24], ...rows([null, null], [null, null], "    ")], tree(true, "heading")],
    ["one subtotal stale, no total", [HEAD, ...rows([10, 12], [9, 11], "  ")], tree(false, "group")],
    ["indented by a no-break space", [HEAD, ...rows([10, 12], [9, 11], "\u00a0\u00a0")], tree(false, "group")],
  ])("%s", (_name, data, expected) => {
    const table = detectTable(sheet("Phân bổ", data), planOf(LINES));
    expect(areaTree(table)).toEqual(expected);
    expect(table.notes?.nearTie ?? false).toBe(false);
  });

  test("a stray space on one name of a flat list tells nothing", () => {
    const data: CellValue[][] = [HEAD, ["Tổng cộng", 20, 24], ["Ba Trại", 3, 4], [" Tản Lĩnh", 4, 4], ["Minh Quang", 3, 4], ["Yên Trung", 4, 6], ["Yên Bình", 6, 6]];
    const table = detectTable(sheet("Phân bổ", data), planOf(LINES));
    expect(areaTree(table).map(([, kind]) => kind)).toEqual(["total", "leaf", "leaf", "leaf", "leaf", "leaf"]);
  });
});
