/**
 * `Nâng hạng 03 sản phẩm` (raise the rank of three products) counts products; `hạng 3` alone (a rank) labels, no count.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const counts = (line: string) =>
  extractPlan(planWith([line]))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit]);

test.each<[string, Array<[number, string]>]>([
  ["- Nâng hạng 03 sản phẩm OCOP từ 3 sao lên 4 sao.", [[3, "sản phẩm"]]],
  ["- Nâng hạng 05 sản phẩm.", [[5, "sản phẩm"]]],
  ["- Đạt hạng 3 trong khối thi đua; tổ chức 02 hội thi.", [[2, "hội thi"]]],
])("%s", (line, expected) => {
  expect(counts(line)).toEqual(expected);
});
