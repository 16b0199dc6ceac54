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

describe("numbered targets under `MỤC TIÊU` with the time they aim at", () => {
  test.each(["II. MỤC TIÊU ĐẾN NĂM 2025", "II. MỤC TIÊU NĂM 2024", "II. MỤC TIÊU GIAI ĐOẠN 2021 - 2025", "II. MỤC TIÊU ĐẾN HẾT NĂM 2025"])("%s", (heading) => {
    const text = [...DISTRICT_PLAN_HEAD, "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", heading, "1. Thành lập mới 36 tổ truyền thông cộng đồng.", "2. Củng cố, duy trì 14 địa chỉ tin cậy tại cộng đồng.", "III. TỔ CHỨC THỰC HIỆN", "Báo cáo trước ngày 15/12."].join("\n");
    const read = extractPlan(text).indicators.filter((i) => i.kind !== "money");
    expect(read.map((i): Row => [i.target, i.unit, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual([
      [36, "tổ", true],
      [14, "địa chỉ", true],
    ]);
  });
});

test("a norm for each branch of the Hội (`Mỗi chi hội … ít nhất 01 mô hình`) is a quota, no target of one", () => {
  const text = [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Mỗi chi hội duy trì ít nhất 01 mô hình câu lạc bộ; toàn xã duy trì 09 câu lạc bộ.", "- Tổ chức 04 buổi sinh hoạt chuyên đề.", "II. TỔ CHỨC THỰC HIỆN", "Báo cáo trước ngày 15/12."].join("\n");
  const read = extractPlan(text);
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual([
    [9, "CLB"],
    [4, "buổi"],
  ]);
  expect(read.issues.map((i) => i.rule)).toContain("quota-only");
});
