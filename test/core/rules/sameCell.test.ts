/**
 * One cell, one finding: a number typed as text at a cell that has an error
 * of its own is told in that error's finding, not in a warning beside it.
 */
import { evaluateRules } from "../../../src/core/rules";
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";
import { context, plan, planLine, table, type RowSpec } from "./fixtures";

const LINES = [
  { header: "Tổ truyền thông", planCode: "1" },
  { header: "Tỷ lệ hộ được tuyên truyền", planCode: "3" },
];
/** Tổng cộng, Huyện Ba Vì, Ba Trại, Tản Lĩnh: rows 2..5, values in B and C. */
const rows = (district: CellValue, baTrai: CellValue, rate: CellValue): RowSpec[] => [
  { label: "Tổng cộng", kind: "total", parent: null, values: [typeof district === "number" ? district : 2, null] },
  { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [district, null] },
  { label: "Xã Ba Trại", kind: "leaf", parent: 1, values: [baTrai, rate] },
  { label: "Xã Tản Lĩnh", kind: "leaf", parent: 1, values: [1, 90] },
];
const p = plan([planLine("1", "Tổ truyền thông", "tổ", 2, { quota: 1 }), planLine("3", "Tỷ lệ hộ được tuyên truyền", "%", 80, { rule: ">=" })]);

describe("a number typed as text at a cell with an error of its own", () => {
  test.each<[string, CellValue, CellValue, CellValue, string[], boolean]>([
    ["a district subtotal typed as text, and wrong", "3", 1, 90, ["subtotal B3"], true],
    ["a district subtotal typed as text, and right: the warning alone", "2", 1, 90, ["text-number B3"], false],
    ["a commune's figure typed as text off its quota", 3, "2", 90, ["quota B4"], true],
    ["a commune's rate typed as text under the plan's minimum", 2, 1, "75", ["percent C4"], true],
  ])("%s", (_name, district, baTrai, rate, expected, joined) => {
    const findings = evaluateRules(context(p, table(LINES, rows(district, baTrai, rate))));
    expect(findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(expected);
    const atCell = findings.find((f) => f.rule !== "ceiling");
    expect(atCell?.message.vi.includes("là số lưu dạng văn bản") && atCell.rule !== "text-number").toBe(joined);
  });
});

describe("a hidden row with a finding of its own at its label", () => {
  /** Xã Cũ (not in the plan) kept as a hidden row under Ba Vì, the typed totals leaving it out; or shown. */
  function check(hidden: boolean) {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
      [null, "Tổng cộng", 3, 300],
      ["I", "Huyện Ba Vì", 3, 300],
      [1, "Xã Khánh Thượng", 1, 100],
      [2, "Xã Minh Quang", 1, 120],
      [3, "Xã Cũ", 1, 50],
      [4, "Xã Ba Trại", 1, 80],
    ];
    const planned = readPlanJson(
      {
        title: "Kế hoạch thử",
        indicators: [
          { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 3 },
          { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 300 },
        ],
        areas: ["Khánh Thượng", "Minh Quang", "Ba Trại"].map((commune) => ({ district: "Ba Vì", commune })),
      },
      "plan.json",
    );
    const data = { ...sheet("Phân bổ", rows), ...(hidden ? { hiddenRows: [5] } : {}) };
    return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: planned, sheet: "Phân bổ" }).report.findings;
  }

  test("hidden: one finding at the label, saying the row is hidden", () => {
    const findings = check(true);
    expect(findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["coverage B6"]);
    expect(findings[0].message.vi).toContain('Hàng của "Xã Cũ" đang bị ẩn');
    expect(findings[0].message.en).toContain('The row of "Xã Cũ" is hidden');
  });

  test("shown: the same finding, nothing said of hiding", () => {
    const findings = check(false);
    expect(findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["coverage B6"]);
    expect(findings[0].message.vi).not.toContain("đang bị ẩn");
  });
});
