/**
 * Rows that list the parts of the row above with a bullet (`- Thành lập
 * mới`, `+ Duy trì hoạt động`) name their plan line only together with that
 * row (`Tổ truyền thông cộng đồng`): each is matched to the plan line its
 * words and the row above's name together, never the row above to the plan
 * line of one of its parts.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng được thành lập mới", unit: "tổ", target: 3 },
  { code: "2", name: "Tổ truyền thông cộng đồng duy trì hoạt động", unit: "tổ", target: 5 },
  { code: "3", name: "Câu lạc bộ thủ lĩnh của sự thay đổi thành lập mới", unit: "CLB", target: 2 },
]);
const HEAD: CellValue[] = ["STT", "Nội dung", "ĐVT", "Tổng số", "Ba Trại", "Tản Lĩnh"];

describe("bulleted sub-lines read with the line above", () => {
  test.each<[string, CellValue[][], [string, string | null][]]>([
    [
      "`- Thành lập mới`, `- Duy trì hoạt động` under `Tổ truyền thông cộng đồng`",
      [[1, "Tổ truyền thông cộng đồng", "tổ", 8, 4, 4], ["-", "- Thành lập mới", "tổ", 3, 2, 1], ["-", "- Duy trì hoạt động", "tổ", 5, 2, 3], [2, "CLB thủ lĩnh của sự thay đổi thành lập mới", "CLB", 2, 1, 1]],
      [["Tổ truyền thông cộng đồng", null], ["- Thành lập mới", "1"], ["- Duy trì hoạt động", "2"], ["CLB thủ lĩnh của sự thay đổi thành lập mới", "3"]],
    ],
    [
      "`+` bullets, the sub-lines in the other order",
      [[1, "Tổ truyền thông cộng đồng", "tổ", 8, 4, 4], [null, "+ Duy trì hoạt động", "tổ", 5, 2, 3], [null, "+ Thành lập mới", "tổ", 3, 2, 1]],
      [["Tổ truyền thông cộng đồng", null], ["+ Duy trì hoạt động", "2"], ["+ Thành lập mới", "1"]],
    ],
    [
      "lines that name themselves in full keep their own match",
      [[1, "Tổ truyền thông cộng đồng được thành lập mới", "tổ", 3, 2, 1], ["-", "- Tổ truyền thông cộng đồng duy trì hoạt động", "tổ", 5, 2, 3]],
      [["Tổ truyền thông cộng đồng được thành lập mới", "1"], ["- Tổ truyền thông cộng đồng duy trì hoạt động", "2"]],
    ],
  ])("%s", (_name, rows, expected) => {
    const table = detectTable(sheet("Phân bổ", [HEAD, ...rows]), PLAN);
    expect(table.orientation).toBe("indicators-as-rows");
    expect(table.lines.map((l) => [l.header, l.planCode])).toEqual(expected);
  });
});
