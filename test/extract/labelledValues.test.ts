/** A target's label with its unit in brackets and the figure alone after the colon (`… (tổ): 13`, `Tỷ lệ (%) …: 80`). */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string, string]>]>([
  ["- Số tổ truyền thông cộng đồng thành lập mới (tổ): 13.", [[13, "tổ", "Số tổ truyền thông cộng đồng thành lập mới"]]],
  ["- Tỷ lệ (%) phụ nữ được tư vấn sức khỏe sinh sản: 80.", [[80, "%", "Tỷ lệ phụ nữ được tư vấn sức khỏe sinh sản"]]],
  ["- Số lượt người được tư vấn (lượt người): 1.250", [[1250, "lượt người", "Số lượt người được tư vấn"]]],
  ["- Thành lập mới tổ truyền thông (theo Kế hoạch số 12): 13.", []],
])("%s", (line, expected) => {
  expect(extractPlan(planWith([line])).indicators.map((i) => [i.target, i.unit, i.name])).toEqual(expected);
});

/** With no unit at all, a label opening with what it counts gives the unit (`Địa chỉ tin cậy: 05` → 5 địa chỉ). */
test.each<[string, Array<[number, string, string]>]>([
  ["- Tổ truyền thông cộng đồng thành lập mới: 14;", [[14, "tổ", "Tổ truyền thông cộng đồng thành lập mới"]]],
  ["- Địa chỉ tin cậy: 05;", [[5, "địa chỉ", "Địa chỉ tin cậy"]]],
  ["- Câu lạc bộ Thủ lĩnh của sự thay đổi: 03.", [[3, "CLB", "Câu lạc bộ Thủ lĩnh của sự thay đổi"]]],
  ["- Số mô hình sinh kế: 04", [[4, "mô hình", "Số mô hình sinh kế"]]],
  ["- Tổ chức thực hiện: 2025.", []],
  ["- Kế hoạch số: 12.", []],
])("%s", (line, expected) => {
  expect(extractPlan(planWith([line])).indicators.map((i) => [i.target, i.unit, i.name])).toEqual(expected);
});
