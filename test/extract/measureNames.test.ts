/** A measure's unit (`ha`, `km`) is never the head of its target's name, as a count's classifier (`tổ`) is. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, string]>([
  ["- Trồng mới 45 ha quế.", "Trồng mới quế"],
  ["- Bê tông hóa 3,2 km đường liên thôn.", "Bê tông hóa đường liên thôn"],
  ["- Thành lập mới 10 tổ truyền thông cộng đồng.", "Thành lập mới tổ truyền thông cộng đồng"],
])("%s", (line, name) => {
  expect(extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money").map((i) => i.name)).toEqual([name]);
});
