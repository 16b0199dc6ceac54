import type { CellValue } from "../../../src/core/model/workbook";
import { quotaRule } from "../../../src/core/rules/quota";
import { brief, context, plan, planLine, SHEET, table, type RowSpec } from "./fixtures";

function rows(values: CellValue[]): RowSpec[] {
  return [
    { label: "Huyện Ba Vì", kind: "group", parent: null, values: [3] },
    { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: [values[0]] },
    { label: "Xã Ba Vì", kind: "leaf", parent: 0, values: [values[1]] },
    { label: "Xã Tản Lĩnh", kind: "leaf", parent: 0, values: [values[2]] },
  ];
}
const TEAMS = { header: "Tổ truyền thông", planCode: "1" };

describe("quota", () => {
  test.each<[string, CellValue[], unknown[][]]>([
    ["every leaf meets the quota", [1, "1", 1], []],
    ["one over, one blank", [2, null, 1], [
      ["quota", "error", SHEET, "B3", "1", "Xã Ba Trại", 1, 2],
      ["quota", "error", SHEET, "B4", "1", "Xã Ba Vì", 1, 0],
    ]],
    ["non-numeric text is left to invalid-value", ["một", 1, 1], []],
    ["a fraction of a count is left to invalid-value", [1.5, 1, 1], []],
    ["a fraction typed as text is left to invalid-value", ["1,5", 1, 1], []],
    ["a negative figure is left to invalid-value", [-1, 1, 1], []],
  ])("%s", (_name, values, expected) => {
    const p = plan([planLine("1", "Tổ truyền thông", "tổ", 3, { quota: 1 })]);
    expect(quotaRule.evaluate(context(p, table([TEAMS], rows(values)))).map(brief)).toEqual(expected);
  });

  test("no quota, no finding; the message names area, value and quota", () => {
    const p = plan([planLine("1", "Tổ truyền thông", "tổ", 3)]);
    expect(quotaRule.evaluate(context(p, table([TEAMS], rows([5, 0, 1]))))).toEqual([]);
    const q = plan([planLine("1", "Tổ truyền thông", "tổ", 3, { quota: 1 })]);
    const [finding] = quotaRule.evaluate(context(q, table([TEAMS], rows([2, 1, 1]))));
    expect(finding.message.vi).toBe("Xã Ba Trại được phân bổ 2 tổ, khác định mức 1 tổ mỗi địa bàn.");
    expect(finding.message.en).toBe("Xã Ba Trại: allocated 2 tổ, not the quota of 1 tổ per area.");
  });

  test("money quota in whole đồng", () => {
    const p = plan([planLine("KP", "Kinh phí", "tỷ đồng", 150_000_000, { quota: 50_000_000 })]);
    const fixture = table([{ header: "Kinh phí (triệu đồng)", planCode: "KP", unit: "triệu đồng" }], rows([50, 49.5, "50"]));
    const findings = quotaRule.evaluate(context(p, fixture));
    expect(findings.map(brief)).toEqual([["quota", "error", SHEET, "B4", "KP", "Xã Ba Vì", 50_000_000, 49_500_000]]);
    // Told in the unit the cell is written in.
    expect(findings[0].message.vi).toBe("Xã Ba Vì được phân bổ 49,5 triệu đồng, khác định mức 50 triệu đồng mỗi địa bàn.");
  });
});
