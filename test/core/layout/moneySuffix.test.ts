/**
 * A money column where every amount carries its unit (`300 đ`, `1.200.000đ`,
 * `300 triệu`, `2,5 tỷ đồng`) is read, not refused: each cell counts as the
 * amount it says (in the suffix's unit; a bare number in the column's unit)
 * and, being text that Excel's SUM skips, gets one `text-number` finding of
 * its own (CONTRACT §2, §3). Both orientations.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { toJsonReport } from "../../../src/core/report";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
      { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 3000 },
    ],
  },
  "plan.json",
);

/** Checks `rows` (areas as rows), or their transpose; `formulas` by A1 cell of the sheet as checked. */
function check(rows: CellValue[][], transposed: boolean, formulas?: Record<string, string>) {
  const values = transposed ? (transposeSheet(sheet("Phân bổ", rows)).values as CellValue[][]) : rows;
  const data = sheet("Phân bổ", values, formulas !== undefined ? { formulas } : {});
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [data] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
  return (typeof json === "string" ? JSON.parse(json) : json) as {
    orientation: string;
    indicators: { code: string; allocated: number | null; sheetTotal?: number }[];
    findings: { rule: string; severity: string; cell: string | null; actual: number | null; message: string }[];
  };
}

/** Column D (row 4 on) in areas-as-rows; row 4 (column D on) once transposed. */
const cellOf = (transposed: boolean, row: number) => (transposed ? `${String.fromCharCode(64 + row)}4` : `D${row}`);

describe.each([false, true])("every amount with its unit (transposed: %s)", (transposed) => {
  test.each([
    ["a header without a unit", "Kinh phí hỗ trợ"],
    ["a header in triệu đồng", "Kinh phí hỗ trợ (triệu đồng)"],
  ])("%s: each cell counts as the amount it says, one text-number warning per cell", (_label, header) => {
    const rows: CellValue[][] = [
      ["BIỂU PHÂN BỔ KINH PHÍ"],
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", header],
      [1, "Xã Phú Mãn", 3, "300 đ"],
      [2, "Xã Đông Xuân", 3, "1.200.000đ"],
      [3, "Xã An Phú", 3, "300 triệu"],
      [4, "Xã Hợp Tiến", 3, "2,5 tỷ đồng"],
    ];
    const report = check(rows, transposed);
    expect(report.orientation).toBe(transposed ? "indicators-as-rows" : "areas-as-rows");
    expect(report.indicators.map((i) => [i.code, i.allocated])).toEqual([
      ["1", 12],
      ["2", 300 + 1_200_000 + 300e6 + 2.5e9],
    ]);
    const textNumbers = report.findings.filter((f) => f.rule === "text-number");
    expect(textNumbers.map((f) => [f.severity, f.cell, f.actual])).toEqual([
      ["warning", cellOf(transposed, 3), 300],
      ["warning", cellOf(transposed, 4), 1_200_000],
      ["warning", cellOf(transposed, 5), 300e6],
      ["warning", cellOf(transposed, 6), 2.5e9],
    ]);
    // Nothing else about these cells: no invalid value, no refusal; the plan's 3 000 triệu is not reached.
    expect(report.findings.filter((f) => f.rule !== "text-number").map((f) => [f.rule, f.severity])).toEqual([["ceiling", "warning"]]);
  });

  test("a bare number among them is in the column's unit; a SUM total that skips the text: one error per text cell, no subtotal finding", () => {
    const rows: CellValue[][] = [
      ["BIỂU PHÂN BỔ KINH PHÍ"],
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
      [1, "Xã Phú Mãn", 3, "300 triệu"],
      [2, "Xã Đông Xuân", 3, 300],
      [3, "Xã An Phú", 3, "0,3 tỷ"],
      [4, "Xã Hợp Tiến", 3, "300.000.000 đ"],
      [null, "Tổng cộng", 12, 300],
    ];
    const formulas: Record<string, string> = transposed ? { G3: "SUM(C3:F3)", G4: "SUM(C4:F4)" } : { C7: "SUM(C3:C6)", D7: "SUM(D3:D6)" };
    const report = check(rows, transposed, formulas);
    const money = report.indicators.find((i) => i.code === "2")!;
    expect(money.allocated).toBe(1200e6);
    expect(money.sheetTotal).toBe(300e6);
    expect(report.findings.filter((f) => f.rule === "text-number").map((f) => [f.severity, f.cell])).toEqual([
      ["error", cellOf(transposed, 3)],
      ["error", cellOf(transposed, 5)],
      ["error", cellOf(transposed, 6)],
    ]);
    expect(report.findings.filter((f) => f.rule === "subtotal" || f.rule === "invalid-value")).toEqual([]);
  });
});
