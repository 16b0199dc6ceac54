/** `100% xã (14 xã) có ít nhất 01 tổ …`: the bracketed count of the places explains the percent's base; the count after is what each place has, no target. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string, string]>]>([
  ["- 100% xã (14 xã) có ít nhất 01 tổ truyền thông cộng đồng hoạt động hiệu quả.", [[100, "%", "Xã có ít nhất 01 tổ truyền thông cộng đồng hoạt động hiệu quả"]]],
  ["- 100% xã có ít nhất 01 tổ truyền thông cộng đồng hoạt động hiệu quả.", [[100, "%", "Xã có ít nhất 01 tổ truyền thông cộng đồng hoạt động hiệu quả"]]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit, i.name])).toEqual(expected);
});
