/**
 * A count of what already exists, said in the purpose or the situation (`năm 2025 toàn tỉnh đã thành lập 210 tổ truyền
 * thông cộng đồng`, `hiện có 48 địa chỉ tin cậy`), is no second statement of the target it shares words with
 * (`Thành lập mới 36 tổ truyền thông cộng đồng`): no target-conflict. The same target said again with another value
 * still is one.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const TARGETS = ["- Thành lập mới 36 tổ truyền thông cộng đồng.", "- Xây dựng mới 12 địa chỉ tin cậy tại cộng đồng."];

test.each([
  "Nâng cao nhận thức; năm 2025 toàn tỉnh đã thành lập 210 tổ truyền thông cộng đồng.",
  "Toàn tỉnh hiện có 48 địa chỉ tin cậy tại cộng đồng.",
  "Tính đến tháng 12/2025, có 210 tổ truyền thông cộng đồng.",
])("what exists is no conflict: %s", (purpose) => {
  const plan = extractPlan(planWith(TARGETS, { before: [purpose] }));
  expect(plan.issues.filter((i) => i.rule === "target-conflict")).toEqual([]);
});

test("the target said again with another value is still a conflict", () => {
  const plan = extractPlan(planWith(TARGETS, { after: ["Các huyện thành lập mới 40 tổ truyền thông cộng đồng."] }));
  expect(plan.issues.map((i) => i.rule)).toContain("target-conflict");
});
