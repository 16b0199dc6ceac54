import { budgetSplitRule } from "../../../src/core/rules/budgetSplit";
import { brief, context, plan, planLine, table } from "./fixtures";

const empty = table([], [{ label: "Xã Ba Trại", kind: "leaf", parent: null, values: [] }]);
const at = (cell: string) => ({ source: { sheet: "Kế hoạch", cell } });

describe("budget-split", () => {
  test.each<[string, number, unknown[][]]>([
    ["parts add up", 9_490_000_000, []],
    ["parts do not add up", 9_500_000_000, [["budget-split", "error", "Kế hoạch", "E5", "KP", null, 9_490_000_000, 9_500_000_000]]],
  ])("%s", (_name, parentTarget, expected) => {
    const p = plan([
      planLine("KP", "Tổng kinh phí", "tỷ đồng", parentTarget, at("E5")),
      planLine("KP.1", "Truyền thông", "triệu đồng", 4_000_000_000, at("E6")),
      planLine("KP.2", "Tập huấn", "tỷ đồng", 5_490_000_000, at("E7")),
    ]);
    expect(budgetSplitRule.evaluate(context(p, empty)).map(brief)).toEqual(expected);
  });

  test("message in the parent's unit", () => {
    const p = plan([
      planLine("KP", "Tổng kinh phí", "tỷ đồng", 9_500_000_000, at("E5")),
      planLine("KP.1", "Truyền thông", "tỷ đồng", 4_000_000_000),
      planLine("KP.2", "Tập huấn", "tỷ đồng", 5_490_000_000),
    ]);
    const [finding] = budgetSplitRule.evaluate(context(p, empty));
    expect(finding.message.vi).toBe(
      "Kế hoạch ghi mục KP là 9,5 tỷ đồng, nhưng các mục con (KP.1, KP.2) cộng lại 9,49 tỷ đồng (lệch 0,01 tỷ đồng).",
    );
  });

  test("counts in the same unit are checked; different units or percent are not", () => {
    const teams = plan([planLine("4", "Tổ", "tổ", 10), planLine("4.1", "Tổ nữ", "tổ", 6), planLine("4.2", "Tổ nam", "tổ", 5)]);
    expect(budgetSplitRule.evaluate(context(teams, empty)).map(brief)).toEqual([["budget-split", "error", "Kế hoạch", null, "4", null, 11, 10]]);
    const mixed = plan([planLine("4", "Tổ", "tổ", 10), planLine("4.1", "Thành viên", "người", 120)]);
    expect(budgetSplitRule.evaluate(context(mixed, empty))).toEqual([]);
    const rates = plan([planLine("5", "Tỷ lệ", "%", 80), planLine("5.1", "Tỷ lệ nữ", "%", 90)]);
    expect(budgetSplitRule.evaluate(context(rates, empty))).toEqual([]);
  });

  test("a plan from a file has no sheet to point at", () => {
    const p = plan(
      [planLine("KP", "Tổng", "triệu đồng", 5_000_000), planLine("KP.1", "A", "triệu đồng", 4_000_000)],
      [],
      { source: "file:plan.json", sheet: undefined },
    );
    expect(budgetSplitRule.evaluate(context(p, empty)).map(brief)).toEqual([["budget-split", "error", null, null, "KP", null, 4_000_000, 5_000_000]]);
  });
});
