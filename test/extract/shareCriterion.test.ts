/**
 * A bounded count in the clause of a share of people or things (`100% chủ thể … được tham gia ít nhất 01 hội chợ`) is
 * what each of them is to reach, no target; a share of places with one (`100% xã thành lập ít nhất 01 CLB`) keeps its
 * quota per place, and a count in a clause of its own stays a target.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const counts = (line: string) =>
  extractPlan(planWith([line]))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit]);

test.each<[string, Array<[number, string]>]>([
  ["- 100% chủ thể có sản phẩm OCOP được tham gia ít nhất 01 hội chợ, triển lãm xúc tiến thương mại.", [[100, "%"]]],
  ["- 90% hộ nghèo được tư vấn tối thiểu 02 lần về sinh kế.", [[90, "%"]]],
  // A count in a clause of its own after the share is a target.
  ["- 100% hội viên được tuyên truyền; tổ chức ít nhất 12 buổi truyền thông.", [[100, "%"], [12, "buổi"]]],
])("%s", (line, expected) => {
  expect(counts(line)).toEqual(expected);
});

test("a share of places keeps the count as its quota per place", () => {
  const read = extractPlan(planWith(["- 100% xã thành lập ít nhất 01 câu lạc bộ thủ lĩnh, toàn huyện 13 CLB."])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit])).toEqual([
    [100, "%"],
    [13, "CLB"],
  ]);
});
