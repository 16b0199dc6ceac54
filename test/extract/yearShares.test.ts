/**
 * A whole target split by year (`13 tổ (năm 2026: 03 tổ; …)`, `trong đó: năm
 * 2026 … 03 tổ`, or `+ Năm 2026: 03 tổ` under it): the years' figures are its
 * shares, never targets of their own, and shares that miss the whole are an
 * issue (`share-total`). Milestones of a percent stay targets.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Row = [number, string];

describe("a target split by year", () => {
  test.each<[string, string[], Row[], string[]]>([
    [
      "in brackets",
      ["- Thành lập mới 13 tổ truyền thông cộng đồng (năm 2026: 03 tổ; năm 2027: 03 tổ; năm 2028: 03 tổ; năm 2029: 02 tổ; năm 2030: 02 tổ)."],
      [[13, "tổ"]],
      [],
    ],
    [
      "after `trong đó:`",
      ["- Thành lập mới 13 tổ truyền thông cộng đồng, trong đó: năm 2026 thành lập 03 tổ, năm 2027: 03 tổ, năm 2028: 03 tổ, năm 2029: 02 tổ, năm 2030: 02 tổ."],
      [[13, "tổ"]],
      [],
    ],
    [
      "on the lines under it",
      ["- Thành lập mới 13 tổ truyền thông cộng đồng, cụ thể:", "+ Năm 2026: 03 tổ;", "+ Năm 2027: 03 tổ;", "+ Năm 2028: 03 tổ;", "+ Năm 2029: 02 tổ;", "+ Năm 2030: 02 tổ.", "- Tổ chức 10 lớp tập huấn."],
      [[13, "tổ"], [10, "lớp tập huấn"]],
      [],
    ],
    [
      "shares that miss the whole",
      ["- Thành lập mới 13 tổ truyền thông cộng đồng, cụ thể:", "+ Năm 2026: 03 tổ;", "+ Năm 2027: 03 tổ;", "+ Năm 2028: 02 tổ;", "+ Năm 2029: 02 tổ;", "+ Năm 2030: 02 tổ."],
      [[13, "tổ"]],
      ["share-total"],
    ],
    [
      "shares in brackets that miss the whole",
      ["- Tổ chức 20 cuộc đối thoại chính sách (năm 2026: 04 cuộc; năm 2027: 04 cuộc; năm 2028: 04 cuộc; năm 2029: 04 cuộc; năm 2030: 05 cuộc)."],
      [[20, "cuộc"]],
      ["share-total"],
    ],
    [
      "milestones of a percent stay targets",
      ["- Phấn đấu đến năm 2028 đạt 60% và đến năm 2030 đạt 75% xã có mô hình."],
      [[60, "%"], [75, "%"]],
      [],
    ],
    ["a year's figure with no whole before it is a target", ["- Năm 2026: thành lập 05 tổ truyền thông cộng đồng."], [[5, "tổ"]], []],
  ])("%s", (_label, lines, expected, issues) => {
    const plan = extractPlan(planWith(lines));
    expect(plan.indicators.filter((i) => i.kind !== "money").map((i): Row => [i.target, i.unit])).toEqual(expected);
    expect(plan.issues.map((i) => i.rule).filter((r) => r === "share-total")).toEqual(issues);
  });
});
