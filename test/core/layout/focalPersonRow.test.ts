/**
 * A row naming who is in charge of each area (a focal person: `Nguyễn Thị
 * Hoa`, `Chị Mai`, `Đ/c Nam`, or a given name alone) beside the row or column of the areas' names,
 * no plan list to tell: the persons are text, not a level of areas (one
 * district per commune), above or below the names, in either orientation.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 9 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 12 },
];
const COMMUNES = ["Ba Trại", "Tản Lĩnh", "Minh Quang"];
const BODY: CellValue[][] = [
  [1, "Tổ truyền thông cộng đồng", "tổ", 9, 3, 3, 3],
  [2, "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 12, 4, 4, 4],
];
const PERSONS: [string, string[]][] = [
  ["full names", ["Nguyễn Thị Hoa", "Lê Văn Nam", "Trần Thị Mai"]],
  ["titles", ["Chị Hoa", "Anh Nam", "Đ/c Mai"]],
  ["given names alone", ["Hoa", "Nam", "Mai"]],
];

describe("a row of focal persons over the areas", () => {
  const cases = PERSONS.flatMap(([kind, persons]) => [
    [`${kind} above the names, under a merged caption`, [["STT", "Chỉ tiêu", "ĐVT", "Tổng số", "Phân bổ cho các xã", null, null], [null, null, null, null, ...persons], [null, null, null, null, ...COMMUNES]], ["E1:G1", "A1:A3", "B1:B3", "C1:C3", "D1:D3"]],
    [`${kind} below the names`, [["STT", "Chỉ tiêu", "ĐVT", "Tổng số", "Phân bổ cho các xã", null, null], [null, null, null, null, ...COMMUNES], [null, null, null, null, ...persons]], ["E1:G1", "A1:A3", "B1:B3", "C1:C3", "D1:D3"]],
    [`${kind} in a row of their own under the header`, [["STT", "Chỉ tiêu", "ĐVT", "Tổng số", ...COMMUNES], [null, "Cán bộ phụ trách", null, null, ...persons]], []],
  ] as [string, CellValue[][], string[]][]);
  test.each(cases)("%s", (_name, head, merges) => {
    for (const turned of [false, true]) {
      const data = sheet("Phân bổ", [...head, ...BODY], { merges });
      const table = detectTable(turned ? transposeSheet(data) : data, planOf(LINES));
      expect(areaTree(table)).toEqual([["Tổng số", "total", null], ...COMMUNES.map((c) => [c, "leaf", "Tổng số"])]);
    }
  });
});
