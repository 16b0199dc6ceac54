/**
 * `Tổng kinh phí (triệu đồng)` with its split under `Trong đó`, the parts
 * named by their funding source and no unit of their own (`Ngân sách Trung
 * ương`, `NSTW`): the parts are in the total's unit — before, money words
 * alone made them đồng, and every commune's total was told off by a million
 * times its parts. Clean sheets, both orientations: no finding, sure.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 4 },
      { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 100 },
    ],
    areas: [],
  },
  "plan.json",
);

const BODY: CellValue[][] = [
  [null, "Tổng cộng", 4, 100, 60, 40],
  ["I", "Huyện Ba Vì", 2, 50, 30, 20],
  [1, "Xã Ba Trại", 1, 25, 15, 10],
  [2, "Xã Tản Lĩnh", 1, 25, 15, 10],
  ["II", "Huyện Mỹ Đức", 2, 50, 30, 20],
  [1, "Xã An Phú", 1, 25, 15, 10],
  [2, "Xã Hợp Tiến", 1, 25, 15, 10],
];

const SOURCES: readonly (readonly [string, string])[] = [
  ["Ngân sách Trung ương", "Ngân sách địa phương"],
  ["NSTW", "NSĐP"],
];

function data(sources: readonly [string, string], transposed: boolean) {
  const header: CellValue[][] = [
    ["STT", "Tên đơn vị", "Số tổ truyền thông cộng đồng thành lập mới (tổ)", "Tổng kinh phí (triệu đồng)", "Trong đó", null],
    [null, null, null, null, ...sources],
  ];
  if (!transposed) {
    const rows = [["BIỂU PHÂN BỔ KINH PHÍ NĂM 2025"], ["(Kèm theo Quyết định số 12/QĐ-UBND)"], ...header, ...BODY];
    return sheet("Phân bổ", rows, { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"] });
  }
  const table = transposeSheet(sheet("x", [...header, ...BODY])).values.map((r) => r ?? []);
  return sheet("Phân bổ", [["BIỂU PHÂN BỔ KINH PHÍ NĂM 2025"], [], ...table], { merges: ["A3:B3", "A4:B4", "A5:B5", "A6:B6", "A7:A8"] });
}

describe.each(SOURCES)("parts %s | %s", (...sources) => {
  test.each([false, true])("transposed: %s — the parts in the total's unit, no finding", (transposed) => {
    const report = checkWorkbook(workbook(data(sources, transposed)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.reading!.lines.find((l) => l.code === "2")!.header).toBe("Tổng kinh phí (triệu đồng)");
  });
});
