/**
 * Communes named for one activity (`Xây dựng 03 mô hình … tại các xã A, B, C`) are the plan's areas only for want of a
 * list, and no base for another target's quota: `Mỗi xã thành lập 01 câu lạc bộ, toàn huyện 12 câu lạc bộ` is not
 * told to miss 1 × 3 = 3. A quota on the line naming them is still checked against them.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

const planOf = (targets: readonly string[]) =>
  extractPlan([...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", ...targets, "II. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n"));

test("a quota of another line is not checked against communes named for one activity", () => {
  const plan = planOf([
    "1. Mỗi xã, thị trấn thành lập 01 câu lạc bộ “Thủ lĩnh của sự thay đổi”, toàn huyện 12 câu lạc bộ.",
    "2. Xây dựng 03 mô hình sinh kế cho phụ nữ tại các xã Mường Kim, Tà Hừa, Pha Mu.",
  ]);
  expect(plan.areas.map((a) => a.commune)).toEqual(["Mường Kim", "Tà Hừa", "Pha Mu"]);
  expect(plan.issues.map((i) => i.rule)).not.toContain("quota-total");
});

test("a quota on the line naming the communes is checked against them", () => {
  const plan = planOf(["1. Mỗi xã thành lập 01 tổ truyền thông tại các xã Mường Kim, Tà Hừa, Pha Mu, tổng số 04 tổ."]);
  expect(plan.issues.filter((i) => i.rule === "quota-total").map((i) => [i.expected, i.actual])).toEqual([[3, 4]]);
});
