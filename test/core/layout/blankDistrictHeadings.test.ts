/**
 * District rows named by their prefix with blank figures (`Huyện Ba Vì`, or
 * `HUYỆN BA VÌ` merged across the row as a section heading) over bare commune
 * names: the communes sit under the district before them. The reading that
 * leaves each district an empty area of its own adds up alike, but no person
 * takes it: the reading is sure (one such district alone may be a district
 * allocated nothing among districts named bare: that stays unsure).
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 20 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 24 },
];
const HEAD: CellValue[] = ["STT", "Đơn vị", ...LINES.map((l) => l.name)];
const rows = (a: string, b: string, inStt: boolean): CellValue[][] => [
  HEAD,
  [null, "Tổng cộng", 20, 24],
  inStt ? [a, null, null, null] : [null, a, null, null],
  [1, "Ba Trại", 3, 4],
  [2, "Tản Lĩnh", 4, 4],
  [3, "Minh Quang", 3, 4],
  inStt ? [b, null, null, null] : [null, b, null, null],
  [1, "Yên Trung", 4, 6],
  [2, "Yên Bình", 6, 6],
];

describe("blank district rows named by their prefix over bare communes", () => {
  test.each<[string, CellValue[][], string[]]>([
    ["in the name column", rows("Huyện Ba Vì", "Huyện Thạch Thất", false), []],
    ["a heading merged across the row", rows("HUYỆN BA VÌ", "HUYỆN THẠCH THẤT", true), ["A3:D3", "A7:D7"]],
  ])("%s", (_name, data, merges) => {
    for (const turned of [false, true]) {
      const s = sheet("Phân bổ", data, { merges });
      const table = detectTable(turned ? transposeSheet(s) : s, planOf(LINES));
      const tree = areaTree(table);
      const district = tree[1][0];
      expect(tree.slice(2, 5).map((a) => a[2])).toEqual([district, district, district]);
      expect(table.notes?.nearTie ?? false).toBe(false);
    }
  });
});
