/** Each part of a budget split on one line is named by its own words, not by the total's. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

function budgetOf(line: string): Array<[string, number, string]> {
  const plan = extractPlan(planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng."]).replace("III. TỔ CHỨC THỰC HIỆN", `III. KINH PHÍ\n${line}\nIV. TỔ CHỨC THỰC HIỆN`));
  return plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.name]);
}

describe("budget parts after the total on its line", () => {
  test.each<[string, Array<[string, number, string]>]>([
    [
      "Tổng kinh phí dự kiến: 1,85 tỷ đồng, trong đó: ngân sách tỉnh 1,2 tỷ đồng; nguồn xã hội hóa 0,65 tỷ đồng.",
      [["KP", 1_850_000_000, "Tổng kinh phí"], ["KP.1", 1_200_000_000, "Ngân sách tỉnh"], ["KP.2", 650_000_000, "Nguồn xã hội hóa"]],
    ],
    [
      "Tổng kinh phí: 1.250 tr.đ (NSTW 1.000 tr.đ, NSĐP 250 tr.đ).",
      [["KP", 1_250_000_000, "Tổng kinh phí"], ["KP.1", 1_000_000_000, "NSTW"], ["KP.2", 250_000_000, "NSĐP"]],
    ],
    [
      "Tổng kinh phí: 1.250.000.000 đồng (trong đó: vốn sự nghiệp NSTW 1.000.000.000 đồng, vốn lồng ghép 250.000.000 đồng).",
      [["KP", 1_250_000_000, "Tổng kinh phí"], ["KP.1", 1_000_000_000, "Vốn sự nghiệp NSTW"], ["KP.2", 250_000_000, "Vốn lồng ghép"]],
    ],
  ])("%s", (line, expected) => {
    expect(budgetOf(line)).toEqual(expected);
  });
});
