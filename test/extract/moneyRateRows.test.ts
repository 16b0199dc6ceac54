/**
 * A table row in money per something is a rate, never a target or a budget line (`Định mức hỗ trợ | triệu đồng/hộ | 5`);
 * but an income to reach (`Thu nhập bình quân đầu người | Triệu đồng/người | 75`) is a target in its own unit, as in
 * running text (see tableIncome.test.ts).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string]>]>([
  ["TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2025\n1\tThu nhập bình quân đầu người\tTriệu đồng/người\t75\n2\tĐường giao thông được cứng hóa\tkm\t4,2", [[75, "Triệu đồng/người"], [4.2, "km"]]],
  ["TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2025\n1\tThu nhập bình quân\tđồng/người/năm\t62.000.000\n2\tTỷ lệ hộ nghèo\t%\t2", [[62000000, "đồng/người/năm"], [2, "%"]]],
  ["TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2025\n1\tĐịnh mức hỗ trợ\ttriệu đồng/hộ\t5\n2\tTỷ lệ hộ nghèo\t%\t2", [[2, "%"]]],
  ["TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2025\n1\tMức hỗ trợ bình quân\tđồng/người\t1.500.000\n2\tTỷ lệ hộ nghèo\t%\t2", [[2, "%"]]],
])("%s", (table, expected) => {
  expect(extractPlan(planWith(table.split("\n"))).indicators.map((i) => [i.target, i.unit])).toEqual(expected);
});
