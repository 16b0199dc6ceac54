/**
 * Rows typed under the allocation table after a blank row — a ratio to the
 * plan (`Tỷ lệ so với kế hoạch`, `% so với KH`), the plan's targets copied
 * (`Kế hoạch giao`), what is left (`Còn lại`) — and the same columns beside
 * an indicators-as-rows table, labelled in the name column or typed from the
 * STT column: no areas, left out of every total, listed in the reading with why.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Thành lập mới tổ truyền thông cộng đồng", "tổ", 10],
  ["2", "Duy trì câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 6],
  ["3", "Kinh phí truyền thông", "triệu đồng", 800],
  [null, "Địa bàn: huyện Quốc Oai (xã Phú Mãn, xã Đông Xuân); huyện Mỹ Đức (xã An Phú, xã Hợp Tiến)"],
]);

/** Title block, a 2-row merged header, districts with formula subtotals, communes, `Tổng cộng`, a blank row, then `extra` (row 14). */
function allocation(extra: CellValue[], extraFormat: string | null, firstCommune = 3): SheetData {
  const rows: CellValue[][] = [
    ["UBND TỈNH HÀ NỘI"],
    ["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"],
    [],
    ["STT", "Địa bàn", "Chỉ tiêu phân bổ", null, null],
    [null, null, "Thành lập mới tổ TTCĐ (tổ)", "Duy trì CLB thủ lĩnh (CLB)", "Kinh phí truyền thông (triệu đồng)"],
    ["I", "Huyện Quốc Oai", firstCommune + 2, 3, 400],
    [1, "Xã Phú Mãn", firstCommune, 2, 200],
    [2, "Xã Đông Xuân", 2, 1, 200],
    ["II", "Huyện Mỹ Đức", 5, 3, 400],
    [1, "Xã An Phú", 3, 1, 200],
    [2, "Xã Hợp Tiến", 2, 2, 200],
    [null, "Tổng cộng", firstCommune + 7, 6, 800],
    [],
    extra,
  ];
  const formats: Record<string, string> = {};
  if (extraFormat !== null) for (const col of "CDE") formats[`${col}14`] = extraFormat;
  return sheet("Phân bổ", rows, {
    merges: ["A4:A5", "B4:B5", "C4:E4"],
    formats,
    formulas: { C6: "SUM(C7:C8)", D6: "SUM(D7:D8)", E6: "SUM(E7:E8)", C9: "SUM(C10:C11)", D9: "SUM(D10:D11)", E9: "SUM(E10:E11)", C12: "C6+C9", D12: "D6+D9", E12: "E6+E9" },
  });
}

function run(alloc: SheetData) {
  return checkWorkbook({ sheets: [PLAN, alloc] }, { workbookName: "x.xlsx" }).report;
}

/** The row under the table and its figures per line (the table's totals are the plan's 10, 6, 800). */
const CASES: [string, CellValue[], string | null, string][] = [
  ["Tỷ lệ so với kế hoạch", [1, 1, 1], "0%", "ratio to plan"],
  ["Tỷ lệ (%)", [100, 100, 100], null, "ratio to plan"],
  ["% so với KH", [1, 1, 1], "0%", "ratio to plan"],
  ["So với kế hoạch", [1, 1, 1], "0.0%", "ratio to plan"],
  ["Kế hoạch giao", [10, 6, 800], null, "plan copy"],
  ["Chỉ tiêu kế hoạch", [10, 6, 800], null, "plan copy"],
  ["Còn lại", [0, 0, 0], null, "check row"],
  ["Chưa phân bổ", [0, 0, 0], null, "check row"],
];

describe("rows under the table are no areas", () => {
  test.each(CASES)("`%s` after a blank row", (label, figures, format, why) => {
    const report = run(allocation([null, label, ...figures], format));
    expect(report.findings).toEqual([]);
    expect(report.reading!.confidence?.level).toBe("high");
    expect(report.reading!.areas.map((a) => a.at)).not.toContain("14");
    expect(report.reading!.ignored).toContainEqual({ at: "14", header: label, why });
  });

  test.each(CASES)("`%s` as a column after an indicators-as-rows table", (label, figures, format, why) => {
    const report = run(transposeSheet(allocation([null, label, ...figures], format)));
    expect(report.orientation).toBe("indicators-as-rows");
    expect(report.findings).toEqual([]);
    expect(report.reading!.confidence?.level).toBe("high");
    expect(report.reading!.areas.map((a) => a.at)).not.toContain("N");
    expect(report.reading!.ignored).toContainEqual({ at: "N", header: label, why });
  });

  test.each(CASES)("`%s` under the table, a commune given 2 more: one finding, at the line's total", (label, figures, format) => {
    for (const alloc of [allocation([null, label, ...figures], format, 5), transposeSheet(allocation([null, label, ...figures], format, 5))]) {
      const report = run(alloc);
      const at = report.orientation === "indicators-as-rows" ? "L3" : "C12";
      expect(report.findings.map((f) => [f.rule, f.severity, f.cell, f.actual])).toEqual([["ceiling", "error", at, 12]]);
    }
  });

  test.each(CASES)("`%s` typed in the STT column, the name column blank", (label, figures, format, why) => {
    for (const alloc of [allocation([label, null, ...figures], format), transposeSheet(allocation([label, null, ...figures], format))]) {
      const report = run(alloc);
      expect(report.findings).toEqual([]);
      expect(report.reading!.confidence?.level).toBe("high");
      expect(report.reading!.ignored).toContainEqual({ at: report.orientation === "indicators-as-rows" ? "N" : "14", header: label, why });
    }
  });

  test("a ratio of 80% under a line given out short: the line's under-plan warning only, no count of 0.8", () => {
    const report = run(allocation([null, "Tỷ lệ so với kế hoạch", 0.8, 1, 1], "0%", 1));
    expect(report.findings.map((f) => [f.rule, f.severity, f.cell, f.actual])).toEqual([["ceiling", "warning", "C12", 8]]);
    expect(report.reading!.ignored).toContainEqual({ at: "14", header: "Tỷ lệ so với kế hoạch", why: "ratio to plan" });
  });
});

describe("a copy of the plan's targets under the table, compared with the plan checked against", () => {
  test.each([
    ["a money line copied otherwise", [10, 6, 900], ["3"]],
    ["two lines copied otherwise", [12, 5, 800], ["1", "2"]],
  ] as const)("%s: no finding, the reading unsure, each line with both figures", (_label, figures, codes) => {
    for (const alloc of [allocation([null, "Kế hoạch giao", ...figures], null), transposeSheet(allocation([null, "Kế hoạch giao", ...figures], null))]) {
      const report = run(alloc);
      const across = report.orientation === "indicators-as-rows";
      expect(report.findings).toEqual([]);
      expect(report.reading!.ignored).toContainEqual({ at: across ? "N" : "14", header: "Kế hoạch giao", why: "plan copy" });
      const reasons = report.reading!.confidence!.reasons.map((r) => r.en);
      expect(report.reading!.confidence!.level).toBe("low");
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toContain(across ? 'Column N "Kế hoạch giao"' : 'Row 14 "Kế hoạch giao"');
      expect(codes.map((code) => reasons[0].includes(`line ${code} shows`))).toEqual(codes.map(() => true));
    }
  });

  test("the money line copied as 900 against the plan's 800: both said in the line's unit", () => {
    const report = run(allocation([null, "Kế hoạch giao", 10, 6, 900], null));
    expect(report.reading!.confidence!.reasons[0].en).toContain("line 3 shows 900 million VND, the plan 800 million VND");
  });

  test("the copy agrees with the plan: read surely, nothing said", () => {
    const report = run(allocation([null, "Kế hoạch giao", 10, 6, 800], null));
    expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
  });
});
