/** `tr` for `triệu` (`1.250tr đồng`, `1.250 tr.đ`, `500tr`): an amount in millions like `triệu đồng`. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

function budgetOf(line: string): Array<[string, number]> {
  const plan = extractPlan(planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng."], { after: [], heading: "1. Chỉ tiêu" }).replace("III. TỔ CHỨC THỰC HIỆN", `III. KINH PHÍ\n${line}\nIV. TỔ CHỨC THỰC HIỆN`));
  return plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]);
}

describe("an amount in `tr`", () => {
  test.each<[string, Array<[string, number]>]>([
    ["Tổng kinh phí: 1.250tr đồng.", [["KP", 1_250_000_000]]],
    ["Tổng kinh phí: 1.250 tr đồng.", [["KP", 1_250_000_000]]],
    ["Tổng kinh phí: 1.250tr.đồng.", [["KP", 1_250_000_000]]],
    ["Tổng kinh phí: 1.250 tr.đ.", [["KP", 1_250_000_000]]],
    ["Tổng kinh phí: 500tr.", [["KP", 500_000_000]]],
    [
      "Tổng kinh phí: 1.250tr, trong đó: NSTW 1.000tr; NSĐP 250tr.",
      [["KP", 1_250_000_000], ["KP.1", 1_000_000_000], ["KP.2", 250_000_000]],
    ],
    [
      "Tổng kinh phí (tr.đ): 1.250, trong đó NSTW: 1.000; NSĐP: 250.",
      [["KP", 1_250_000_000], ["KP.1", 1_000_000_000], ["KP.2", 250_000_000]],
    ],
  ])("%s", (line, expected) => {
    expect(budgetOf(line)).toEqual(expected);
  });

  test("`tr` apart from a figure is no amount", () => {
    expect(budgetOf("Tổng kinh phí: xem phụ lục 5 tr 12.")).toEqual([]);
  });
});
