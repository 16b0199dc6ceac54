/**
 * One cell, one finding: a number typed as text at a cell that has an error
 * of its own is told in that error's finding, not in a warning beside it.
 */
import { evaluateRules } from "../../../src/core/rules";
import type { CellValue } from "../../../src/core/model/workbook";
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
