/**
 * Rows that list the parts of the row above with a bullet (`- Thành lập
 * mới`, `+ Duy trì hoạt động`) name their plan line only together with that
 * row (`Tổ truyền thông cộng đồng`): each is matched to the plan line its
 * words and the row above's name together, never the row above to the plan
 * line of one of its parts.
 */
import { checkWorkbook } from "../../../src/core/check";
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng được thành lập mới", unit: "tổ", target: 3 },
  { code: "2", name: "Tổ truyền thông cộng đồng duy trì hoạt động", unit: "tổ", target: 5 },
  { code: "3", name: "Câu lạc bộ thủ lĩnh của sự thay đổi thành lập mới", unit: "CLB", target: 2 },
]);
const PLAN_SHEET = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ...PLAN.lines.map((l): CellValue[] => [l.code, l.name, l.unit, l.target]),
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

describe("a row over its bulleted sub-lines adds them up", () => {
  const ROWS: CellValue[][] = [
    HEAD,
    [1, "Tổ truyền thông cộng đồng", "tổ", 8, 4, 4],
    ["-", "- Thành lập mới", "tổ", 3, 2, 1],
    ["-", "- Duy trì hoạt động", "tổ", 5, 2, 3],
    [2, "CLB thủ lĩnh của sự thay đổi thành lập mới", "CLB", 2, 1, 1],
  ];
  function findings(rows: CellValue[][]) {
    const { report } = checkWorkbook({ sheets: [PLAN_SHEET, sheet("Phân bổ", rows)] }, { workbookName: "x.xlsx" });
    return report.findings.map((f) => [f.rule, f.cell]);
  }
  const withCell = (row: number, col: number, value: CellValue) => ROWS.map((r, i) => (i === row ? r.map((v, c) => (c === col ? value : v)) : r));

  test.each<[string, CellValue[][], [string, string][]]>([
    ["as typed: nothing to say", ROWS, []],
    ["its cell typed wrong: one subtotal finding there", withCell(1, 4, 5), [["subtotal", "E2"]]],
    ["the same kind of line after the sub-lines is not one of them", withCell(4, 2, "tổ"), []],
  ])("%s", (_name, rows, expected) => {
    expect(findings(rows)).toEqual(expected);
  });
});
