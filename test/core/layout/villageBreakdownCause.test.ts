/**
 * A commune whose row holds figures over its villages (`Thôn …`) that add up
 * otherwise, where the table's grand total and the districts' subtotals
 * agree with the plan: one cause, told once at the commune's cell, the plan
 * comparison that comes right with it named there and not told again.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";

function plan(target: number): SheetData {
  return sheet("Kế hoạch", [
    ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
    ["1", "Kinh phí hỗ trợ", "triệu đồng", target],
  ]);
}

function findings(rows: CellValue[][], target: number): string[] {
  const { report } = checkWorkbook({ sheets: [sheet("Phân bổ", rows), plan(target)] }, { workbookName: "x.xlsx" });
  return toJsonReport(report, "vi").findings.map((f) => `${f.rule}@${f.cell}`);
}

type Case = [string, CellValue[][], number, string[]];

const CASES: Case[] = [
  [
    "villages short, the totals agree with the plan (STT `-` on villages)",
    [
      ["STT", "Đơn vị", "Kinh phí hỗ trợ (triệu đồng)"],
      [null, "Tổng cộng", 290],
      ["I", "Huyện Bắc Hà", 140],
      [1, "Xã Bản Phố", 100],
      ["-", "Thôn Nậm Kha", 40],
      ["-", "Thôn Sín Chải", 50],
      [2, "Xã Tà Chải", 40],
      ["II", "Huyện Si Ma Cai", 150],
      [1, "Xã Sán Chải", 150],
    ],
    290,
    ["subtotal@C4"],
  ],
  [
    "villages short, no numbering",
    [
      ["Đơn vị", "Kinh phí hỗ trợ (triệu đồng)"],
      ["Tổng cộng", 290],
      ["Huyện Bắc Hà", 140],
      ["Xã Bản Phố", 100],
      ["Thôn Nậm Kha", 40],
      ["Thôn Sín Chải", 50],
      ["Xã Tà Chải", 40],
      ["Huyện Si Ma Cai", 150],
      ["Xã Sán Chải", 150],
    ],
    290,
    ["subtotal@B4"],
  ],
  [
    "the commune's cell wrong, the totals follow its villages",
    [
      ["Đơn vị", "Kinh phí hỗ trợ (triệu đồng)"],
      ["Tổng cộng", 280],
      ["Huyện Bắc Hà", 130],
      ["Xã Bản Phố", 100],
      ["Thôn Nậm Kha", 40],
      ["Thôn Sín Chải", 50],
      ["Xã Tà Chải", 40],
      ["Huyện Si Ma Cai", 150],
      ["Xã Sán Chải", 150],
    ],
    280,
    ["subtotal@B4"],
  ],
];

describe("a commune's cell against its villages", () => {
  it.each(CASES)("%s: one finding, at the commune's cell", (_name, rows, target, expected) => {
    expect(findings(rows, target)).toEqual(expected);
  });

  it("a plan the whole table misses is still told at the total", () => {
    const rows = CASES[1][1];
    expect(findings(rows, 300)).toEqual(["ceiling@B2", "subtotal@B4"]);
  });
});

/** Villages filling only the money line (the commune's own row holds the count): a breakdown of that line, down or across. */
describe("villages breaking down one line of their commune, areas down or across", () => {
  const countPlan = sheet("Kế hoạch", [
    ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
    ["1", "Kinh phí hỗ trợ", "triệu đồng", 280],
    ["2", "Số tổ", "tổ", 8],
  ]);
  const rows = (village: number): CellValue[][] => [
    ["Đơn vị", "Kinh phí hỗ trợ (triệu đồng)", "Số tổ"],
    ["Tổng cộng", 280, 8],
    ["Huyện Bắc Hà", 130, 4],
    ["Xã Bản Phố", 90, 2],
    ["Thôn Nậm Kha", village, null],
    ["Thôn Sín Chải", 50, null],
    ["Xã Tà Chải", 40, 2],
    ["Huyện Si Ma Cai", 150, 4],
    ["Xã Sán Chải", 150, 4],
  ];
  const check = (data: SheetData) => {
    const { report } = checkWorkbook({ sheets: [data, countPlan] }, { workbookName: "x.xlsx" });
    return toJsonReport(report, "vi").findings.map((f) => `${f.rule}@${f.cell}`);
  };
  it.each([
    ["down", (r: CellValue[][]) => sheet("Phân bổ", r), "B4"],
    ["across", (r: CellValue[][]) => transposeSheet(sheet("Phân bổ", r)), "D2"],
  ])("%s: the plain sheet gives no finding, a village off is told at the commune's cell", (_name, make, cell) => {
    expect(check(make(rows(40)))).toEqual([]);
    expect(check(make(rows(45)))).toEqual([`subtotal@${cell}`]);
  });
});
