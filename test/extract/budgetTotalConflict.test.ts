/** One total given two amounts (text and table, or two sentences): the one its parts make is kept, the other reported (`target-conflict`), never a second line. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

function read(lines: readonly string[]) {
  const plan = extractPlan(planWith(["- Thành lập 05 tổ."]).replace("III. TỔ CHỨC THỰC HIỆN", ["III. KINH PHÍ", ...lines, "IV. TỔ CHỨC THỰC HIỆN"].join("\n")));
  return {
    budget: plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]),
    issues: plan.issues.filter((i) => i.rule === "target-conflict" || i.rule === "budget-split").map((i) => [i.rule, i.expected, i.actual]),
  };
}

describe("a total stated twice with two amounts", () => {
  test.each<[string, string[], Array<[string, number]>, Array<[string, number, number]>]>([
    [
      "text and table: the table's parts make its total",
      ["Tổng kinh phí: 1.250 triệu đồng.", "| TT | Nội dung | Kinh phí (triệu đồng) |", "| 1 | Truyền thông | 500 |", "| 2 | Tập huấn | 300 |", "| 3 | Hỗ trợ mô hình | 500 |", "| | Tổng cộng | 1.300 |"],
      [["KP", 1_300_000_000], ["KP.1", 500_000_000], ["KP.2", 300_000_000], ["KP.3", 500_000_000]],
      [["target-conflict", 1_300_000_000, 1_250_000_000]],
    ],
    [
      "two sentences: the first has its parts",
      ["Tổng kinh phí: 1.250 triệu đồng, trong đó NSTW 1.000 triệu đồng, NSĐP 250 triệu đồng.", "Tổng kinh phí thực hiện Kế hoạch là 1.300 triệu đồng."],
      [["KP", 1_250_000_000], ["KP.1", 1_000_000_000], ["KP.2", 250_000_000]],
      [["target-conflict", 1_250_000_000, 1_300_000_000]],
    ],
  ])("%s", (_label, lines, budget, issues) => {
    expect(read(lines)).toEqual({ budget, issues });
  });
});
