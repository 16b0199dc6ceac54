/** People counted after a longer verb phrase (`Hỗ trợ vay vốn cho 120 thanh niên`) are counted in their own unit. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Row = [number, string];

test.each<[string, Row]>([
  ["- Hỗ trợ vay vốn cho 120 thanh niên thông qua Ngân hàng Chính sách xã hội.", [120, "thanh niên"]],
  ["- Phối hợp đào tạo nghề ngắn hạn cho 200 thanh niên dân tộc thiểu số.", [200, "thanh niên"]],
  ["- Tổ chức tập huấn, cung cấp thông tin cho 450 người có uy tín.", [450, "người có uy tín"]],
  ["- Tập huấn chuyển giao kỹ thuật cho 300 nông dân tham gia mô hình.", [300, "nông dân"]],
])("%s", (line, expected) => {
  expect(extractPlan(planWith([line])).indicators.map((i): Row => [i.target, i.unit])).toEqual([expected]);
});
