/**
 * The header and its numbering row (`(1) | (2) | (3)`) typed again over the
 * next page, close under the first communes, their STT lettered (`a`, `b`:
 * no figure, no name), the first district's heading merged across the
 * figures: the numbering row numbers every column, the names' too, and is no
 * row of figures — the header is the one over the table, the district's
 * heading stays a district, the copy is left out.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Người được tập huấn kỹ năng", unit: "người", target: 825 },
  { code: "2", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 3670 },
]);

const HEADER: CellValue[] = ["STT", "Địa bàn", "Người được tập huấn kỹ năng (người)", "Tổ truyền thông cộng đồng (tổ)"];
const FIRST: CellValue[][] = [
  ["I", "Huyện Phong Thổ"],
  ["a", "Mường Kim", 100, 977],
  ["b", "Xã Tân Lập", 534, 320],
  [null, "Cộng huyện", 634, 1297],
];
const SECOND: CellValue[][] = [
  ["II", "Huyện Văn Bàn"],
  ["a", "Tân Lập", 0, 1190],
  ["b", "Xã Cốc Ly", 191, 1183],
  [null, "Cộng", 191, 2373],
];
const TOTAL: CellValue[] = [null, "TỔNG CỘNG", 825, 3670];

function read(numbering: CellValue[], merges: string[]) {
  const rows = [["BIỂU PHÂN BỔ NĂM 2025"], [], HEADER, numbering, ...FIRST, HEADER, numbering, ...SECOND, TOTAL];
  return toJsonReport(checkWorkbook(workbook(sheet("Phân bổ", rows, { merges })), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
}

describe("the header's numbering row typed again under lettered communes", () => {
  test.each<[string, CellValue[], string[]]>([
    ["numbered in brackets, the first district merged across", ["(1)", "(2)", "(3)", "(4)"], ["B5:D5"]],
    ["numbered in brackets, both districts merged across", ["(1)", "(2)", "(3)", "(4)"], ["B5:D5", "B11:D11"]],
    ["numbered as numbers, the first district merged across", [1, 2, 3, 4], ["B5:D5"]],
  ])("%s: the table read, the copy left out", (_name, numbering, merges) => {
    const report = read(numbering, merges);
    const areas = report.reading!.areas;
    expect(areas.map((a) => [a.at, a.role, a.name])).toEqual([
      ["5", "group", "Huyện Phong Thổ"],
      ["6", "leaf", "Mường Kim"],
      ["7", "leaf", "Xã Tân Lập"],
      ["8", "subtotal", "Cộng huyện"],
      ["11", "group", "Huyện Văn Bàn"],
      ["12", "leaf", "Tân Lập"],
      ["13", "leaf", "Xã Cốc Ly"],
      ["14", "subtotal", "Cộng"],
      ["15", "total", "TỔNG CỘNG"],
    ]);
    expect(report.reading!.ignored.map((i) => [i.at, i.why])).toEqual([
      ["9", "repeated header"],
      ["10", "repeated header"],
    ]);
    expect(report.findings).toEqual([]);
  });
});
