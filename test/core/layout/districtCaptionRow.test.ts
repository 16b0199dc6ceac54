/**
 * Areas as columns, the districts' names in a header row merged across their
 * communes' columns, the communes' names in the row under it: the districts'
 * row is the header's too (the district level), whatever the communes' row
 * holds under a district's first column — its own name (a commune named like
 * it, or the district again over its subtotal), `Cộng`, `Tổng số`. Without it
 * the district level was lost: a `Cộng` column read as the grand total and the
 * districts' subtotals checked against the wrong communes.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 7 },
    { code: "2", name: "Kinh phí truyền thông", unit: "triệu đồng", target: 500 },
  ],
  { "Ba Vì": ["Khánh Thượng", "Ba Vì", "Ba Trại"], "Quốc Oai": ["Phú Mãn", "Quốc Oai", "Đông Yên"] },
);

const HEADER: CellValue[] = ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông"];
const MERGES = ["B3:B6", "B7:B10"];

/** Written as areas as rows (district column merged down), then turned to areas as columns. */
function across(rows: CellValue[][], merges = MERGES): SheetData {
  return transposeSheet(sheet("Phân bổ", [HEADER, [null, null, "Tổng cộng", 7, 500], ...rows], { merges }));
}

function read(data: SheetData) {
  return toJsonReport(checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
}

const headed = (word: CellValue): CellValue[][] => [
  ["I", "Ba Vì", word, 3, 210],
  [1, null, "Ba Vì", 1, 70],
  [2, null, "Khánh Thượng", 1, 80],
  [3, null, "Ba Trại", 1, 60],
  ["II", "Quốc Oai", word, 4, 290],
  [1, null, "Quốc Oai", 2, 150],
  [2, null, "Phú Mãn", 1, 80],
  [3, null, "Đông Yên", 1, 60],
];

describe("areas as columns, the districts' names merged over their communes' names", () => {
  test.each<[string, SheetData, string[]]>([
    ["its subtotal column headed Cộng first", across(headed("Cộng")), ["C", "G"]],
    ["its subtotal column headed Tổng số first", across(headed("Tổng số")), ["C", "G"]],
    ["its own name again over its subtotal column first", across(headed(null).map((r, i) => (i === 0 || i === 4 ? [r[0], r[1], r[1], r[3], r[4]] : r))), ["C", "G"]],
    [
      "its name again over its subtotal column after its communes",
      across(
        [
          [1, "Ba Vì", "Khánh Thượng", 1, 80],
          [2, null, "Ba Vì", 1, 70],
          [3, null, "Ba Trại", 1, 60],
          [null, null, "Ba Vì", 3, 210],
          [1, "Quốc Oai", "Phú Mãn", 1, 80],
          [2, null, "Quốc Oai", 2, 150],
          [3, null, "Đông Yên", 1, 60],
          [null, null, "Quốc Oai", 4, 290],
        ],
      ),
      // Each district where its name is written (over its first commune), then its subtotal column.
      ["C", "F", "G", "J"],
    ],
  ])("%s: the districts read over their communes, nothing to report", (_name, data, groups) => {
    const report = read(data);
    const areas = report.reading!.areas;
    expect(areas.filter((a) => a.role === "group" || a.role === "subtotal").map((a) => a.at)).toEqual(groups);
    expect(areas.filter((a) => a.role === "leaf").map((a) => a.name).sort()).toEqual(["Ba Trại", "Ba Vì", "Khánh Thượng", "Phú Mãn", "Quốc Oai", "Đông Yên"]);
    expect(areas.filter((a) => a.role === "total").map((a) => a.at)).toEqual(["B"]);
    expect(report.findings).toEqual([]);
  });

  test("a district's subtotal mistyped: told at its cell", () => {
    const rows = headed("Cộng");
    rows[4] = ["II", "Quốc Oai", "Cộng", 4, 280];
    const report = read(across(rows));
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "G5"]]);
  });
});
