/** Amounts written in two units (`1 tỷ 250 triệu đồng`): one amount, never two. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

function budgetOf(line: string): Array<[string, number]> {
  const plan = extractPlan(planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng."], { after: [] , heading: "1. Chỉ tiêu" }).replace("III. TỔ CHỨC THỰC HIỆN", `III. KINH PHÍ\n${line}\nIV. TỔ CHỨC THỰC HIỆN`));
  return plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]);
}

describe("an amount in tỷ and triệu", () => {
  test.each<[string, Array<[string, number]>]>([
    ["Tổng kinh phí: 1 tỷ 250 triệu đồng.", [["KP", 1_250_000_000]]],
    ["Tổng kinh phí: 2 tỷ 050 triệu 500 nghìn đồng.", [["KP", 2_050_500_000]]],
    [
      "Tổng kinh phí là 1 tỷ 250 triệu đồng, trong đó: ngân sách trung ương 1 tỷ đồng; ngân sách địa phương 250 triệu đồng.",
      [["KP", 1_250_000_000], ["KP.1", 1_000_000_000], ["KP.2", 250_000_000]],
    ],
    ["Kinh phí: 1 tỷ đồng; 250 triệu đồng từ nguồn xã hội hóa.", [["KP.1", 1_000_000_000], ["KP.2", 250_000_000]]],
  ])("%s", (line, expected) => {
    expect(budgetOf(line)).toEqual(expected);
  });

  test("the parts of a compound total add up: no budget-split", () => {
    const plan = extractPlan(planWith(["- Thành lập mới 05 tổ."]).replace("III. TỔ CHỨC THỰC HIỆN", "III. KINH PHÍ\nTổng kinh phí là 1 tỷ 250 triệu đồng, trong đó: ngân sách trung ương 1 tỷ đồng; ngân sách địa phương 250 triệu đồng.\nIV. TỔ CHỨC"));
    expect(plan.issues.filter((i) => i.rule === "budget-split")).toEqual([]);
  });
});
