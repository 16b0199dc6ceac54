/** `I. MỤC TIÊU` whose numbered parts are the targets, with no `Mục tiêu chung` or `Chỉ tiêu` part: a target list. */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { DISTRICT_PLAN_HEAD } from "./planText";

function plan(aims: readonly string[]): string {
  return [...DISTRICT_PLAN_HEAD, "I. MỤC TIÊU", ...aims, "II. NHIỆM VỤ", "Các xã triển khai.", "III. TỔ CHỨC THỰC HIỆN", "Báo cáo trước ngày 15/12."].join("\n");
}

type Row = [number, string, boolean];

describe("numbered targets right under `MỤC TIÊU`", () => {
  test.each<[string, string[], Row[]]>([
    [
      "numbered targets",
      ["1. Tỷ lệ hộ nghèo đa chiều giảm bình quân 4%/năm.", "2. Tối thiểu 1.500 lao động được đào tạo nghề.", "3. 100% hộ nghèo có nhu cầu được tư vấn, hỗ trợ sinh kế."],
      [[4, "%/năm", true], [1500, "lao động", true], [100, "%", true]],
    ],
    [
      "a general aim in prose: running text, to confirm",
      ["Góp phần giảm tỷ lệ hộ nghèo 4%/năm; đào tạo nghề cho 1.500 lao động."],
      [[4, "%/năm", false]],
    ],
  ])("%s", (_label, aims, expected) => {
    const read = extractPlan(plan(aims)).indicators.filter((i) => i.kind !== "money");
    expect(read.map((i): Row => [i.target, i.unit, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual(expected);
  });
});
