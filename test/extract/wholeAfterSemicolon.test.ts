/**
 * A norm per place followed, past a `;`, by the whole it gives (`Mỗi trường THCS thành lập 01 Câu lạc bộ …; tổng số 08
 * CLB`): the whole is the target, named by the norm's words, and no quota-only issue says the text gives no total.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, string, number]>([
  ["- Mỗi trường THCS thành lập 01 Câu lạc bộ Thủ lĩnh của sự thay đổi; tổng số 08 CLB.", "Thành lập Câu lạc bộ Thủ lĩnh của sự thay đổi", 8],
  ["- Mỗi xã thành lập mới 01 tổ truyền thông cộng đồng; toàn huyện 14 tổ.", "Thành lập mới tổ truyền thông cộng đồng", 14],
])("%s", (line, name, target) => {
  const plan = extractPlan(planWith([line]));
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.name, i.target])).toEqual([[name, target]]);
  expect(plan.issues.filter((i) => i.rule === "quota-only")).toEqual([]);
});

test("a quota with no whole after it is still a target stated per area", () => {
  const plan = extractPlan(planWith(["- Mỗi trường THCS thành lập 01 Câu lạc bộ Thủ lĩnh của sự thay đổi."]));
  expect(plan.issues.map((i) => i.rule)).toContain("quota-only");
});

test.each<[string, number, number]>([
  ["- Mỗi huyện, thành phố xây dựng 01 mô hình xã chuyển đổi số điểm; toàn tỉnh 07 mô hình.", 7, 1],
  ["- Mỗi xã thành lập mới 01 tổ truyền thông cộng đồng; toàn huyện 14 tổ.", 14, 1],
])("the whole after a quota per area keeps the quota: %s", (line, target, quota) => {
  const [whole] = extractPlan(planWith([line])).indicators;
  expect([whole.target, whole.quota]).toEqual([target, quota]);
});

