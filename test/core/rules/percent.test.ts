import type { CellValue } from "../../../src/core/model/workbook";
import type { Comparison } from "../../../src/core/model/plan";
import { percentRule } from "../../../src/core/rules/percent";
import { brief, context, plan, planLine, SHEET, table, type RowSpec } from "./fixtures";

function rows(values: CellValue[]): RowSpec[] {
  return [
    { label: "Tổng cộng", kind: "total", parent: null, values: [null] },
    { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: [values[0]] },
    { label: "Xã Ba Vì", kind: "leaf", parent: 0, values: [values[1]] },
  ];
}
const RATE = { header: "Tỷ lệ hộ được tuyên truyền (%)", planCode: "5" };

describe("percent", () => {
  test.each<[string, Comparison, CellValue[], unknown[][]]>([
    ["all leaves at or above the target", ">=", [80, 95], []],
    ["one leaf below", ">=", [79, 95], [["percent", "error", SHEET, "B3", "5", "Xã Ba Trại", 80, 79]]],
    ["a blank leaf is 0", ">=", [null, 95], [["percent", "error", SHEET, "B3", "5", "Xã Ba Trại", 80, 0]]],
    ["text `85%` reads as 85", ">=", ["85%", "70,5"], [["percent", "error", SHEET, "B4", "5", "Xã Ba Vì", 80, 70.5]]],
    ["an error value is left to invalid-value", ">=", [{ error: "#N/A" }, 95], []],
    ["<=: above is an error", "<=", [80, 81], [["percent", "error", SHEET, "B4", "5", "Xã Ba Vì", 80, 81]]],
    ["=: any difference", "=", [80, 79.5], [["percent", "error", SHEET, "B4", "5", "Xã Ba Vì", 80, 79.5]]],
    // A rate over 100 % (its decimal mark left out: 850 for 85,0) is no rate: one invalid-value error at the cell.
    ["850 typed for 85,0: invalid at the cell", ">=", [850, 95], [["invalid-value", "error", SHEET, "B3", "5", "Xã Ba Trại", null, 850]]],
    ["text `795` under a >= level: invalid, not a percent finding", ">=", ["795", 95], [["invalid-value", "error", SHEET, "B3", "5", "Xã Ba Trại", null, 795]]],
    ["100 % itself is a rate", ">=", [100, 95], []],
  ])("%s", (_name, rule, values, expected) => {
    const p = plan([planLine("5", "Tỷ lệ hộ được tuyên truyền", "%", 80, { rule })]);
    expect(percentRule.evaluate(context(p, table([RATE], rows(values)))).map(brief)).toEqual(expected);
  });

  test("a rate over 100 % names the rate it probably means and how that stands against the plan", () => {
    const p = plan([planLine("5", "Tỷ lệ", "%", 80)]);
    const [finding] = percentRule.evaluate(context(p, table([RATE], rows([850, 95]))));
    expect(finding.message.vi).toBe("Xã Ba Trại: tỷ lệ 850% vượt quá 100%, không thể là tỷ lệ của một địa bàn: có lẽ dấu thập phân bị gõ sót (85%, khi đó đạt mức kế hoạch 80%). Hãy ghi lại đúng tỷ lệ.");
    const growth = plan([planLine("5", "Tỷ lệ so với cùng kỳ", "%", 105)]);
    expect(percentRule.evaluate(context(growth, table([RATE], rows([110, 120]))))).toEqual([]);
  });

  test("fractions formatted as percent mean × 100; the group row is not a leaf", () => {
    const p = plan([planLine("5", "Tỷ lệ", "%", 80)]);
    const formats = [[null, null], [null, "0%"], [null, "0.0%"], [null, "0%"]];
    const fixture = table([RATE], rows([0.8, 0.795]), { numberFormats: formats });
    const findings = percentRule.evaluate(context(p, fixture));
    expect(findings.map(brief)).toEqual([["percent", "error", SHEET, "B4", "5", "Xã Ba Vì", 80, 79.5]]);
    expect(findings[0].message.vi).toBe("Xã Ba Vì: tỷ lệ 79,5% thấp hơn mức kế hoạch 80% (thiếu 0,5 điểm %).");
    expect(findings[0].message.en).toBe("Xã Ba Vì: 79.5% is below the plan's 80% (short by 0.5 points).");
  });

  test("fractions without a percent format are taken as written", () => {
    const p = plan([planLine("5", "Tỷ lệ", "%", 80)]);
    const findings = percentRule.evaluate(context(p, table([RATE], rows([0.9, 85]))));
    expect(findings.map(brief)).toEqual([["percent", "error", SHEET, "B3", "5", "Xã Ba Trại", 80, 0.9]]);
    // Probably 90 % was meant, which would meet the plan: the message says so.
    expect(findings[0].message.vi).toBe(
      "Xã Ba Trại: tỷ lệ 0,9% thấp hơn mức kế hoạch 80% (thiếu 79,1 điểm %). Ô ghi 0,9, có lẽ muốn ghi 90% (tỷ lệ ghi dạng số thập phân; khi đó đạt mức kế hoạch 80%) — hãy ghi 90 như các ô khác của cột.",
    );
    expect(findings[0].message.en).toContain("The cell holds 0.9, probably meaning 90% (the rate typed as a fraction; then it meets the plan's 80%) — enter 90");
    // 0,85 (85 %) under a level of 90 %: what was probably meant is said, and that it still misses the plan.
    const high = plan([planLine("5", "Tỷ lệ", "%", 90)]);
    const low = percentRule.evaluate(context(high, table([RATE], rows([0.85, 95]))));
    expect(low.map(brief)).toEqual([["percent", "error", SHEET, "B3", "5", "Xã Ba Trại", 90, 0.85]]);
    expect(low[0].message.vi).toContain("Ô ghi 0,85, có lẽ muốn ghi 85% (tỷ lệ ghi dạng số thập phân; khi đó chưa đạt mức kế hoạch 90%) — hãy ghi 85 như các ô khác của cột.");
    // A level under 10 %: a rate under 1 % may be a rate like any other.
    const small = plan([planLine("5", "Tỷ lệ", "%", 1.5)]);
    expect(percentRule.evaluate(context(small, table([RATE], rows([0.5, 2]))))[0].message.vi).not.toContain("có lẽ");
  });

  test("a custom format with a literal % (`0\"%\"`) shows the value as it is: 50 is 50 %, not 5 000", () => {
    const p = plan([planLine("5", "Tỷ lệ", "%", 80)]);
    const formats = [[null, null], [null, '0"%"'], [null, '0.0"%"'], [null, "0\\%"]];
    const fixture = table([RATE], rows([50, 95]), { numberFormats: formats });
    const findings = percentRule.evaluate(context(p, fixture));
    expect(findings.map(brief)).toEqual([["percent", "error", SHEET, "B3", "5", "Xã Ba Trại", 80, 50]]);
  });
});
