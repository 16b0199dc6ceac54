/**
 * Bare names, no grand total, no STT, no area list, where some rows add up
 * the rows after them as districts over their communes do, but not so surely
 * that the reading takes them (two districts of which one is stale, or lines
 * that tell only two stories), and the plan's targets are not what the
 * communes come to (see planTotalGroups.test.ts for when they are): the flat
 * reading stands, said to be unsure — never silently. A flat list whose rows
 * add up nothing stays sure.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 30 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 36 },
];
const HEAD: CellValue[] = ["Đơn vị", ...LINES.map((l) => l.name)];

describe("rows adding up like districts, not unmistakably, no grand total", () => {
  test.each<[string, CellValue[][], boolean]>([
    ["two districts, one stale", [HEAD, ["Ba Vì", 10, 12], ["Ba Trại", 3, 4], ["Tản Lĩnh", 4, 4], ["Minh Quang", 3, 4], ["Thạch Thất", 9, 11], ["Yên Trung", 4, 6], ["Yên Bình", 6, 6]], true],
    [
      "three districts adding up on two lines",
      [HEAD, ["Ba Vì", 10, 12], ["Ba Trại", 3, 4], ["Tản Lĩnh", 4, 4], ["Minh Quang", 3, 4], ["Thạch Thất", 10, 12], ["Yên Trung", 4, 6], ["Yên Bình", 6, 6], ["Quốc Oai", 7, 6], ["Phú Mãn", 3, 3], ["Đông Xuân", 4, 3]],
      true,
    ],
    ["a flat list adding up nothing", [HEAD, ["Ba Trại", 3, 4], ["Tản Lĩnh", 4, 4], ["Minh Quang", 3, 5], ["Yên Trung", 4, 6], ["Yên Bình", 6, 6], ["Phú Mãn", 3, 3]], false],
  ])("%s", (_name, rows, unsure) => {
    for (const turned of [false, true]) {
      const data = sheet("Phân bổ", rows);
      const table = detectTable(turned ? transposeSheet(data) : data, planOf(LINES));
      expect(table.areas.every((a) => a.kind === "leaf")).toBe(true);
      expect(table.notes?.nearTie ?? false).toBe(unsure);
    }
  });
});
