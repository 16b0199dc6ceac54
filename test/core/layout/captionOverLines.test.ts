/**
 * A caption over every line (`Nội dung phân bổ`) above a three-row header,
 * the money line's own header a generic word over its unit (`Kinh phí /
 * (triệu đồng)`): the column is the plan's money line — the caption names no
 * line, so it anchors the column to none.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 5 },
  { code: "3", name: "Kinh phí thực hiện", unit: "triệu đồng", target: 300 },
]);
const BODY: CellValue[][] = [
  [null, "Tổng cộng", 6, 5, 300],
  ["I", "Huyện Bắc Hà", 3, 3, 150],
  [1, "Xã Bản Phố", 2, 2, 90],
  [2, "Xã Tà Chải", 1, 1, 60],
  ["II", "Huyện Si Ma Cai", 3, 2, 150],
  [1, "Xã Sán Chải", 1, 1, 75],
  [2, "Xã Lùng Thẩn", 2, 1, 75],
];

describe("a caption over every line of a three-row header", () => {
  test.each<[string, string, string]>([
    ["the unit alone under Kinh phí", "Kinh phí", "(triệu đồng)"],
    ["the unit word under Kinh phí", "Kinh phí", "Triệu đồng"],
    ["Kinh phí over Tổng số", "Kinh phí (triệu đồng)", "Tổng số"],
  ])("%s", (_name, middle, lowest) => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Nội dung phân bổ", null, null],
      [null, null, "Chỉ tiêu", null, middle],
      [null, null, "Tổ TT cộng đồng", "CLB thủ lĩnh", lowest],
      ...BODY,
    ];
    const table = detectTable(sheet("Phân bổ", rows, { merges: ["A1:A3", "B1:B3", "C1:E1", "C2:D2"] }), PLAN);
    expect(table.lines.map((l) => [l.planCode, l.index])).toEqual([
      ["1", 2],
      ["2", 3],
      ["3", 4],
    ]);
  });
});
