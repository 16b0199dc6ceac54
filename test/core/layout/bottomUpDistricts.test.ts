/**
 * District rows after their communes (a bottom-up sheet) when the first
 * district has no commune of its own (allocated as a whole): the sheet ends
 * with a district row closing the communes above it, and the reading in
 * which each district closes them is weighed too — the typed subtotals
 * decide. A top-down sheet whose last district stands alone stays top-down.
 */
import { detectTable } from "../../../src/core/layout";
import type { AllocationTable } from "../../../src/core/model/table";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 8 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 11 },
];
const AREAS = { "Ba Vì": [], "Thạch Thất": ["Yên Trung", "Yên Bình"], "Quốc Oai": ["Phú Mãn", "Đông Xuân"] };
const HEAD: CellValue[] = ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh của sự thay đổi"];
const BOTTOM_UP: CellValue[][] = [
  HEAD,
  [null, "Tổng số", 8, 11],
  [1, "Huyện Ba Vì", 3, 2],
  [2, "Xã Yên Trung", 1, 3],
  [3, "Xã Yên Bình", 2, 1],
  [4, "Huyện Thạch Thất", 3, 4],
  [5, "Xã Phú Mãn", 1, 2],
  [6, "Xã Đông Xuân", 1, 3],
  [7, "Huyện Quốc Oai", 2, 5],
];
const TOP_DOWN: CellValue[][] = [
  HEAD,
  [null, "Tổng số", 8, 11],
  [1, "Huyện Thạch Thất", 3, 4],
  [2, "Xã Yên Trung", 1, 3],
  [3, "Xã Yên Bình", 2, 1],
  [4, "Huyện Quốc Oai", 2, 5],
  [5, "Xã Phú Mãn", 1, 2],
  [6, "Xã Đông Xuân", 1, 3],
  [7, "Huyện Ba Vì", 3, 2],
];
const shape = (t: AllocationTable) => t.areas.map((a) => `${a.kind}:${a.label}<${a.parent === null ? "" : t.areas[a.parent].label}`).sort();
const EXPECTED = [
  "total:Tổng số<",
  "leaf:Huyện Ba Vì<Tổng số",
  "group:Huyện Thạch Thất<Tổng số",
  "leaf:Xã Yên Trung<Huyện Thạch Thất",
  "leaf:Xã Yên Bình<Huyện Thạch Thất",
  "group:Huyện Quốc Oai<Tổng số",
  "leaf:Xã Phú Mãn<Huyện Quốc Oai",
  "leaf:Xã Đông Xuân<Huyện Quốc Oai",
].sort();

describe("districts after their communes, the first one alone", () => {
  test.each<[string, CellValue[][], boolean, boolean]>([
    ["bottom-up, areas as rows, with the plan's list", BOTTOM_UP, false, true],
    ["bottom-up, areas as rows, without a list", BOTTOM_UP, false, false],
    ["bottom-up, indicators as rows, with the plan's list", BOTTOM_UP, true, true],
    ["bottom-up, indicators as rows, without a list", BOTTOM_UP, true, false],
    ["top-down, the last district alone", TOP_DOWN, false, false],
    ["top-down, the last district alone, indicators as rows", TOP_DOWN, true, true],
  ])("%s", (_name, rows, turned, list) => {
    const data = sheet("Phân bổ", rows);
    const table = detectTable(turned ? transposeSheet(data) : data, planOf(LINES, list ? AREAS : undefined));
    expect(shape(table)).toEqual(EXPECTED);
    expect(table.notes?.nearTie ?? false).toBe(false);
  });
});
