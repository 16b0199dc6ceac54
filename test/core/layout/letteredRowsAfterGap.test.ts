/**
 * Communes lettered `a`, `b` in each district (`a. Xã …` restarting under the
 * next one), a blank row between districts: the letters number the rows, they
 * name no area — the rows after the gap are the next district's communes, not
 * a second table repeating the areas read above.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf([{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 8 }]);

describe("communes lettered a, b in each district, a blank row between districts", () => {
  test.each([["a", "b"], ["a.", "b."], ["a)", "b)"]])("%s, %s", (first, second) => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"],
      [first, "Xã Nậm Lúc", 3],
      [second, "Xã Cán Tỷ", 2],
      [null, "Cộng huyện Bắc Hà", 5],
      [],
      [first, "Xã Tả Gia Khâu", 1],
      [second, "Xã Tân Lập", 2],
      [null, "Cộng huyện Văn Bàn", 3],
      [null, "Tổng cộng", 8],
    ];
    const table = detectTable(sheet("Phân bổ", rows), PLAN);
    expect(areaTree(table)).toEqual([
      ["Xã Nậm Lúc", "leaf", "Cộng huyện Bắc Hà"],
      ["Xã Cán Tỷ", "leaf", "Cộng huyện Bắc Hà"],
      ["Cộng huyện Bắc Hà", "group", "Tổng cộng"],
      ["Xã Tả Gia Khâu", "leaf", "Cộng huyện Văn Bàn"],
      ["Xã Tân Lập", "leaf", "Cộng huyện Văn Bàn"],
      ["Cộng huyện Văn Bàn", "group", "Tổng cộng"],
      ["Tổng cộng", "total", null],
    ]);
  });
});
