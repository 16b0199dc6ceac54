/** Money per unit (`tối đa 50 triệu đồng cho mỗi mô hình`, `Mỗi tổ nhóm được hỗ trợ không quá 30 triệu đồng`) is a rate: no budget line, no split issue, not in a target's name. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

function read(targets: readonly string[], budget: readonly string[]) {
  const plan = extractPlan(planWith(targets).replace("III. TỔ CHỨC THỰC HIỆN", ["III. KINH PHÍ", ...budget, "IV. TỔ CHỨC THỰC HIỆN"].join("\n")));
  return {
    lines: plan.indicators.map((i) => [i.code, i.target, i.name]),
    split: plan.issues.filter((i) => i.rule === "budget-split").length,
  };
}

describe("money per unit", () => {
  test.each<[string, string[], string[], Array<[string, number, string]>]>([
    [
      "in the budget, after the total",
      ["- Hỗ trợ 20 mô hình sinh kế."],
      ["Tổng kinh phí: 1.250 triệu đồng; hỗ trợ tối đa 50 triệu đồng cho mỗi mô hình."],
      [["1", 20, "Hỗ trợ mô hình sinh kế"], ["KP", 1_250_000_000, "Tổng kinh phí"]],
    ],
    [
      "in the targets, `cho mỗi`",
      ["- Hỗ trợ 20 mô hình sinh kế.", "- Tối đa 500 triệu đồng cho mỗi mô hình."],
      ["Tổng kinh phí: 1.250 triệu đồng."],
      [["1", 20, "Hỗ trợ mô hình sinh kế"], ["KP", 1_250_000_000, "Tổng kinh phí"]],
    ],
    [
      "in the targets, `Mỗi tổ nhóm …`",
      ["- Hỗ trợ 20 tổ nhóm sinh kế.", "- Mỗi tổ nhóm được hỗ trợ không quá 30 triệu đồng."],
      ["Tổng kinh phí: 1.250 triệu đồng."],
      [["1", 20, "Hỗ trợ tổ nhóm sinh kế"], ["KP", 1_250_000_000, "Tổng kinh phí"]],
    ],
    [
      "after a target, out of its name",
      ["- Hỗ trợ 20 mô hình, mức hỗ trợ tối đa 50 triệu đồng/mô hình."],
      ["Tổng kinh phí: 1.250 triệu đồng."],
      [["1", 20, "Hỗ trợ mô hình"], ["KP", 1_250_000_000, "Tổng kinh phí"]],
    ],
  ])("%s", (_label, targets, budget, lines) => {
    expect(read(targets, budget)).toEqual({ lines, split: 0 });
  });
});
