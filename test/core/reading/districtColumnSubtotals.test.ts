/**
 * Two area columns (`Huyện | Xã`), each district's name written beside its
 * first commune and its figures on a `Cộng` row after its communes: the
 * reading shows the district where its name is written (a group) and the
 * `Cộng` row as what it is (the district's subtotal) — never the district's
 * name on the `Cộng` row. The same with areas as columns.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet } from "../layout/sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
]);

/** `where`: the column the `Cộng` label is typed in (1 the district column, 2 the commune column). */
function rows(where: 1 | 2): CellValue[][] {
  const cong = (n: number, m: number): CellValue[] => (where === 1 ? [null, "Cộng", null, n, m] : [null, null, "Cộng", n, m]);
  return [
    ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
    [1, "Quốc Oai", "Phú Mãn", 3, 300],
    [2, null, "Đông Xuân", 3, 300],
    cong(6, 600),
    [3, "Mỹ Đức", "An Phú", 3, 300],
    [4, null, "Hợp Tiến", 3, 300],
    cong(6, 600),
    [null, "Tổng cộng", null, 12, 1200],
  ];
}

const SHEETS: [string, SheetData, (n: number) => string][] = [
  ["Cộng in the district column", sheet("Phân bổ", rows(1)), String],
  ["Cộng in the commune column, the districts merged down", sheet("Phân bổ", rows(2), { merges: ["B2:B4", "B5:B7"] }), String],
  ["areas as columns", transposeSheet(sheet("Phân bổ", rows(2), { merges: ["B2:B4", "B5:B7"] })), (n) => String.fromCharCode(64 + n)],
];

describe.each(SHEETS)("%s", (_label, data, at) => {
  const report = checkWorkbook({ sheets: [data] }, { plan: PLAN, workbookName: "x.xlsx" }).report;
  const areas = report.reading!.areas;

  test("each district where its name is written, its Cộng row a subtotal of it", () => {
    expect(areas.map((a) => [a.at, a.name, a.role, a.parent === null ? null : areas[a.parent].name])).toEqual([
      [at(2), "Quốc Oai", "group", "Tổng cộng"],
      [at(2), "Phú Mãn", "leaf", "Quốc Oai"],
      [at(3), "Đông Xuân", "leaf", "Quốc Oai"],
      [at(4), "Cộng", "subtotal", "Quốc Oai"],
      [at(5), "Mỹ Đức", "group", "Tổng cộng"],
      [at(5), "An Phú", "leaf", "Mỹ Đức"],
      [at(6), "Hợp Tiến", "leaf", "Mỹ Đức"],
      [at(7), "Cộng", "subtotal", "Mỹ Đức"],
      [at(8), "Tổng cộng", "total", null],
    ]);
  });

  test("read surely, nothing to report, the plan's totals", () => {
    expect(report.findings).toEqual([]);
    expect(report.reading!.confidence?.level).toBe("high");
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 1200e6]);
  });
});

test("a district's subtotal mistyped: told at its Cộng cell, named by the district", () => {
  const typed = rows(1);
  typed[3] = [null, "Cộng", null, 7, 600];
  const report = checkWorkbook({ sheets: [sheet("Phân bổ", typed)] }, { plan: PLAN, workbookName: "x.xlsx" }).report;
  expect(report.findings.map((f) => [f.rule, f.cell, f.area])).toEqual([["subtotal", "D4", "Quốc Oai"]]);
});
