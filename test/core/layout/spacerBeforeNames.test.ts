/**
 * A blank column left between the STT column and the names (`STT | | Đơn
 * vị | …`), with or without a title above: a spacer, not a value column that
 * ends the table's names — the table is read, not refused.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 },
  { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 300 },
]);
const BODY: CellValue[][] = [
  [null, "Tổng cộng", 6, 300],
  ["I", "Huyện Bắc Hà", 3, 150],
  [1, "Xã Bản Phố", 2, 100],
  [2, "Xã Tà Chải", 1, 50],
  ["II", "Huyện Si Ma Cai", 3, 150],
  [1, "Xã Sán Chải", 1, 50],
  [2, "Xã Lùng Thẩn", 2, 100],
];

describe("a blank column between STT and the names", () => {
  test.each<[string, string, CellValue[][]]>([
    ["headed Đơn vị", "Đơn vị", []],
    ["headed Địa phương", "Địa phương", []],
    ["under a title", "Đơn vị", [["BIỂU PHÂN BỔ"], []]],
  ])("%s", (_name, nameHeader, above) => {
    const rows: CellValue[][] = [...above, ["STT", null, nameHeader, "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"], ...BODY.map((r) => [r[0], null, r[1], r[2], r[3]])];
    const table = detectTable(sheet("Phân bổ", rows), PLAN);
    expect(table.lines.map((l) => [l.planCode, l.index])).toEqual([
      ["1", 3],
      ["2", 4],
    ]);
    expect(areaTree(table)).toEqual([
      ["Tổng cộng", "total", null],
      ["Huyện Bắc Hà", "group", "Tổng cộng"],
      ["Xã Bản Phố", "leaf", "Huyện Bắc Hà"],
      ["Xã Tà Chải", "leaf", "Huyện Bắc Hà"],
      ["Huyện Si Ma Cai", "group", "Tổng cộng"],
      ["Xã Sán Chải", "leaf", "Huyện Si Ma Cai"],
      ["Xã Lùng Thẩn", "leaf", "Huyện Si Ma Cai"],
    ]);
  });
});
