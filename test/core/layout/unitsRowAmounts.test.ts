/**
 * A units row under the header whose money unit is written as an amount
 * (`1.000 đ`, `1.000.000đ`): a units row still, never the first row of
 * figures — the money column is read in that unit.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkShape, findingsOf, plainTree, treeOf } from "./areaShapes";

describe("a units row whose money unit reads like an amount", () => {
  test.each<[string, number]>([
    ["1.000 đ", 1000],
    ["1.000đ", 1000],
    ["1000 đồng", 1000],
    ["1.000.000đ", 1],
    ["nghìn đồng", 1000],
    ["triệu đồng", 1],
  ])("`%s`", (unit, factor) => {
    const result = checkShape({
      header: ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy tại cộng đồng", "Kinh phí hỗ trợ"],
      row: (cells) => [...cells.slice(0, 4), typeof cells[4] === "number" ? cells[4] * factor : cells[4]],
      edit: (rows: CellValue[][]) => rows.unshift([null, null, "tổ", "địa chỉ", unit]),
    });
    expect(treeOf(result)).toEqual(plainTree());
    expect(result.report.indicators.map((i) => i.allocated)).toEqual([9, 9, 180_000_000]);
    expect(findingsOf(result)).toEqual([]);
  });
});
