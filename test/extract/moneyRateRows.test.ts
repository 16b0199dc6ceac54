/** A table row in money per something (`Thu nhập bình quân đầu người | Triệu đồng/người | 75`) is a rate, never a target. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string]>]>([
  ["TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2025\n1\tThu nhập bình quân đầu người\tTriệu đồng/người\t75\n2\tĐường giao thông được cứng hóa\tkm\t4,2", [[4.2, "km"]]],
  ["TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2025\n1\tThu nhập bình quân\tđồng/người/năm\t62.000.000\n2\tTỷ lệ hộ nghèo\t%\t2", [[2, "%"]]],
])("%s", (table, expected) => {
  expect(extractPlan(planWith(table.split("\n"))).indicators.map((i) => [i.target, i.unit])).toEqual(expected);
});
