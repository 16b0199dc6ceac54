/** `kiểu mẫu`, `vườn mẫu` (a model) before a figure label nothing: `nông thôn mới kiểu mẫu: 02 xã` is a target; `Mẫu 02` is a form's number. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string]>]>([
  ["- Số xã đạt chuẩn nông thôn mới kiểu mẫu: 02 xã.", [[2, "xã"]]],
  ["- Số thôn đạt chuẩn khu dân cư kiểu mẫu: 15 thôn.", [[15, "thôn"]]],
  ["- Xây dựng vườn mẫu 120 vườn.", [[120, "vườn"]]],
  ["- Báo cáo theo Mẫu 02 kèm theo.", []],
])("%s", (line, expected) => {
  expect(extractPlan(planWith([line])).indicators.map((i) => [i.target, i.unit])).toEqual(expected);
});
