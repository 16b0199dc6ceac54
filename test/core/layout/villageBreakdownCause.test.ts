/**
 * A commune whose row holds figures over its villages (`Thôn …`) that add up
 * otherwise, where the table's grand total and the districts' subtotals
 * agree with the plan: one cause, told once at the commune's cell, the plan
 * comparison that comes right with it named there and not told again.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet } from "./sheetBuilder";

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
