/**
 * A plan parent typed per commune (`Tổng kinh phí` beside its parts) with
 * one commune's cell of it typed wrong, its parts right: one finding, at
 * that cell. The line's `allocated` is what its own column's communes add
 * up to as written (CONTRACT §2: totals from the leaves), so its status
 * follows that figure; the one finding names the plan comparison as coming
 * right with the cell, and `sheetTotal` gives what the sheet's grand total
 * shows — the status, the finding and the note tell one story.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { PARENT_LINE_HEADER as HEADER, PARENT_LINE_PLAN as PLAN } from "./parentLinePlan";

type Row = CellValue[];
const COMMUNES: Row[] = [
  [1, "Xã Ba Trại", 320, 150, 150],
  [2, "Xã Tản Lĩnh", 300, 150, 150],
  [3, "Xã Sài Sơn", 300, 150, 150],
  [4, "Xã Cấn Hữu", 300, 150, 150],
];

function check(rows: Row[]) {
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: PLAN },
    { name: "Phân bổ", merges: [], values: [HEADER, ...rows] },
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report;
}

describe("a commune's Tổng kinh phí typed 320 for its parts' 300", () => {
  test.each<[string, Row[], string, string, number | undefined]>([
    ["under a grand total typed right", [[null, "Tổng cộng", 1200, 600, 600], ...COMMUNES], "C3", "C2", 1_200_000_000],
    ["with no grand total", COMMUNES, "C2", "C1", undefined],
  ])("%s: one finding at the cell; the line counted as written, over, its comparison named in that finding", (_name, rows, cell, ceilingCell, sheetTotal) => {
    const report = check(rows);
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([`subtotal ${cell}`]);
    const kp = report.indicators.find((i) => i.code === "KP");
    expect(kp).toMatchObject({ allocated: 1_220_000_000, difference: 20_000_000, status: "over" });
    expect((kp as { sheetTotal?: number | null }).sheetTotal ?? undefined).toBe(sheetTotal);
    // The status says over; the finding says the comparison comes right with the cell.
    expect(report.findings[0].message.vi).toContain(`tổng phân bổ của Tổng kinh phí so với kế hoạch (${ceilingCell}) cũng khớp`);
    for (const code of ["KP.1", "KP.2"]) expect(report.indicators.find((i) => i.code === code)?.status).toBe("ok");
  });
});
