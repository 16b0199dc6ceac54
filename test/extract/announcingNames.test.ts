/** The words that announce a list below a target (`…, phân bổ cụ thể như sau:`) are no part of the target's name. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, string]>([
  ["- Thành lập mới 13 tổ truyền thông cộng đồng, phân bổ cụ thể như sau:", "Thành lập mới tổ truyền thông cộng đồng"],
  ["- Thành lập mới 13 tổ truyền thông cộng đồng, cụ thể như sau:", "Thành lập mới tổ truyền thông cộng đồng"],
  ["- Duy trì 20 câu lạc bộ, được giao cho các xã như sau:", "Duy trì câu lạc bộ"],
  ["- Thành lập mới 13 tổ truyền thông cộng đồng.", "Thành lập mới tổ truyền thông cộng đồng"],
])("%s", (line, name) => {
  const read = extractPlan(planWith([line, "+ Xã A: 7 tổ;", "+ Xã B: 6 tổ."])).indicators.filter((i) => i.kind !== "money");
  expect(read[0]?.name).toBe(name);
});
