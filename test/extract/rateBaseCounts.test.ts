/** A count inside the base of a rate that follows it in the same clause (`Tỷ lệ … khám thai ít nhất 4 lần ≥ 60%`) is no target. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string]>]>([
  ["- Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần ≥ 60%.", [[60, "%"]]],
  ["- Tỷ lệ hộ gia đình có ít nhất 01 người tham gia sinh hoạt câu lạc bộ đạt 70%.", [[70, "%"]]],
  ["- Thành lập 05 tổ truyền thông; tỷ lệ hộ được tuyên truyền đạt 80%.", [[5, "tổ"], [80, "%"]]],
  ["- Tỷ lệ hộ nghèo giảm 2%, hỗ trợ 50 hộ thoát nghèo.", [[2, "%"], [50, "hộ"]]],
])("%s", (line, expected) => {
  expect(extractPlan(planWith([line])).indicators.map((i) => [i.target, i.unit])).toEqual(expected);
});
