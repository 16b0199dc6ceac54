/**
 * A bare name after a district row (`Huyện Quản Bạ`, then `Than Uyên`) sits
 * under it only where the arithmetic says so: a grand total cached by Excel's
 * SUM, which skips numbers typed as text, adds up the rows as a flat list of
 * districts once the text is skipped as SUM skips it; and a district over a
 * single member whose figures differ proves nothing by the figures it shares.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 15 },
  { code: "2", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 38 },
  { code: "3", name: "Cuộc đối thoại chính sách", unit: "cuộc", target: 24 },
  { code: "4", name: "Người được tập huấn kỹ năng", unit: "người", target: 26 },
];
const HEAD: CellValue[] = ["STT", "Đơn vị", ...LINES.map((l) => l.name)];
const flat = (rows: CellValue[][]) => rows.slice(1).map((r) => [String(r[1]), r[1] === "Cộng" ? "total" : "leaf", r[1] === "Cộng" ? null : "Cộng"]);

describe("bare names among districts, totals cached by a SUM that skips text", () => {
  test.each<[string, CellValue[][]]>([
    [
      "a district repeated bare after another district",
      [
        HEAD,
        [null, "Cộng", 15, 26, 20, 25],
        [1, "huyện Bảo Yên", 2, "8", null, 5],
        [2, "huyện Than Uyên", 0, 8, null, 4],
        [3, "Huyện Quản Bạ", 2, 8, 7, "2"],
        [4, "Than Uyên", null, 8, null, 4],
        [5, "Huyện Tủa Chùa", 4, 0, 4, 3],
        [6, "Huyện Văn Bàn", 7, 2, 9, 9],
      ],
    ],
    [
      "a district repeated bare right after itself, its figures partly text",
      [
        HEAD,
        [null, "Cộng", 6, 20, 550, 287],
        [1, "Huyện Mường Khương", 0, "9", "169", 18],
        [2, "Mường Khương", 2, 9, 169, 18],
        [3, "Huyện Văn Bàn", 2, 9, 186, 172],
        [4, "Huyện Phong Thổ", 2, 2, 195, 79],
      ],
    ],
    [
      "no total, a bare name after a district it does not add up to",
      [HEAD, [null, "Huyện Văn Bàn", 2, 6, 3, 1], [null, "huyện Phong Thổ", 2, 2, 4, 4], [null, "Tủa Chùa", 2, 5, 4, 3]],
    ],
  ])("%s", (_name, rows) => {
    for (const turned of [false, true]) {
      const data = sheet("Phân bổ", rows);
      const table = detectTable(turned ? transposeSheet(data) : data, planOf(LINES));
      expect(areaTree(table)).toEqual(flat(rows).map((x) => (rows.some((r) => r[1] === "Cộng") ? x : [x[0], "leaf", null])));
    }
  });
});
