/**
 * `Baseline: 6 groups; Target: 12 groups`, `Hiện trạng: 6 tổ; chỉ tiêu: 12 tổ`: on a line that labels its target,
 * the baseline's figure is where it starts from, no target. A line with no target label keeps its figures.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const counts = (line: string) => extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit]);

test.each<[string, Array<[number, string]>]>([
  ["- Tổ truyền thông cộng đồng: hiện trạng: 6 tổ; chỉ tiêu: 12 tổ.", [[12, "tổ"]]],
  ["- Tỷ lệ phụ nữ được tiếp cận thông tin: năm gốc (2023): 45%; mục tiêu: 75%.", [[75, "%"]]],
  ["- Câu lạc bộ Thủ lĩnh: hiện có: 4 CLB, kế hoạch: 6 CLB.", [[6, "CLB"]]],
  ["- Duy trì 12 tổ truyền thông hiện có.", [[12, "tổ"]]],
])("%s", (line, expected) => {
  expect(counts(line)).toEqual(expected);
});
