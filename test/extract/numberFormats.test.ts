/** Figures written against the Vietnamese notation are read as most likely meant and reported for confirmation (`number-format`). */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

describe("figures off the Vietnamese notation", () => {
  test.each<[string, string[], number, number]>([
    ["a decimal point in tỷ", ["- Thành lập 05 tổ."], 1_250_000_000, 1],
    ["Vietnamese notation: nothing to report", ["- Thành lập 05 tổ."], 1_250_000_000, 0],
  ])("%s", (label, targets, budget, reported) => {
    const amount = reported > 0 ? "1.25 tỷ đồng" : "1,25 tỷ đồng";
    const plan = extractPlan(planWith(targets).replace("III. TỔ CHỨC THỰC HIỆN", `III. KINH PHÍ\nTổng kinh phí: ${amount}.\nIV. TỔ CHỨC THỰC HIỆN`));
    expect(plan.indicators.find((i) => i.code === "KP")?.target).toBe(budget);
    expect(plan.issues.filter((i) => i.rule === "number-format")).toHaveLength(reported);
    void label;
  });

  test.each<[string, number, number]>([
    ["- Tỷ lệ hộ nghèo giảm 2.5%.", 2.5, 1],
    ["- Tỷ lệ hộ nghèo giảm 2,5%.", 2.5, 0],
    ["- Tư vấn cho 1.250 lượt người.", 1250, 0],
    ["- Tư vấn cho 1,250.5 lượt người.", 1250.5, 1],
  ])("%s", (line, target, reported) => {
    const plan = extractPlan(planWith([line]));
    expect(plan.indicators[0].target).toBe(target);
    expect(plan.issues.filter((i) => i.rule === "number-format")).toHaveLength(reported);
  });

  test("in a table cell, not in the row's number", () => {
    const plan = extractPlan(planWith(["| TT | Chỉ tiêu | ĐVT | Kế hoạch |", "| 1 | Tỷ lệ hộ nghèo giảm | % | 2.5 |", "| 1.2 | Tỷ lệ hộ cận nghèo giảm | % | 1,5 |"]));
    expect(plan.issues.filter((i) => i.rule === "number-format").map((i) => i.source)).toEqual(["line 11"]);
  });

  test("an item's number is no figure", () => {
    const plan = extractPlan(planWith(["1.1. Thành lập 05 tổ truyền thông.", "1.2. Tổ chức 10 buổi."]));
    expect(plan.issues.filter((i) => i.rule === "number-format")).toEqual([]);
  });
});
