/**
 * A unit note typed in the row under the header and merged across it
 * (`(Đơn vị: triệu đồng)` over every column, or over the names and the
 * figures): the table's note, for its money lines — not the unit of each
 * column it spans. The count line keeps its own unit (was read in triệu đồng:
 * no plan line matched, the line's figures unchecked).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
    { code: "2", name: "Kinh phí truyền thông", unit: "đồng", target: 500_000_000 },
  ],
  { "Ba Vì": ["Khánh Thượng", "Minh Quang"], "Quốc Oai": ["Phú Mãn", "Đông Xuân", "Sài Sơn"] },
);

const HEADER: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông"];

function body(money: number): CellValue[][] {
  return [
    [null, "Tổng cộng", 5, 5 * money],
    ["I", "Huyện Ba Vì", 2, 2 * money],
    [1, "Xã Khánh Thượng", 1, money],
    [2, "Xã Minh Quang", 1, money],
    ["II", "Huyện Quốc Oai", 3, 3 * money],
    [1, "Xã Phú Mãn", 1, money],
    [2, "Xã Đông Xuân", 1, money],
    [3, "Xã Sài Sơn", 1, money],
  ];
}

/** The note, where it is typed (column) and merged (A1 range, row 4 under the header in row 3), and the money in its unit. */
const CASES: readonly [string, number, string, number][] = [
  ["(Đơn vị: triệu đồng)", 0, "A4:D4", 100],
  ["ĐVT: triệu đồng", 0, "A4:D4", 100],
  ["ĐVT: triệu đồng", 1, "B4:D4", 100],
  ["Đơn vị tính: nghìn đồng", 2, "C4:D4", 100_000],
  ["(ĐVT: tỷ đồng)", 0, "A4:D4", 0.1],
];

describe("a unit note merged across the row under the header", () => {
  test.each(CASES)("`%s` typed in column %i, merged over %s: the money in its unit, the counts in theirs", (note, col, merged, money) => {
    const units: CellValue[] = [null, null, null, null];
    units[col] = note;
    const data = workbook(sheet("Phân bổ", [["BIỂU PHÂN BỔ NĂM 2024"], [], HEADER, units, ...body(money)], { merges: [merged] }));
    const report = toJsonReport(checkWorkbook(data, { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
    expect(report.indicators.map((i) => [i.code, i.allocated])).toEqual([
      ["1", 5],
      ["2", 500_000_000],
    ]);
    expect(report.reading!.ignored).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.reading!.areas.filter((a) => a.role === "leaf")).toHaveLength(5);
  });
});
