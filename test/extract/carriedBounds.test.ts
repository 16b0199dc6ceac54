/** `ít nhất 200 tổ …, 80 địa chỉ …`: a bound written before a list's first figure goes with each figure of the list. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string, string | undefined]>]>([
  ["- Duy trì ít nhất 200 tổ truyền thông cộng đồng, 80 địa chỉ tin cậy tại cộng đồng.", [[200, "tổ", ">="], [80, "địa chỉ", ">="]]],
  ["- Thành lập tối thiểu 12 CLB Thủ lĩnh của sự thay đổi và 30 tổ truyền thông.", [[12, "CLB", ">="], [30, "tổ", ">="]]],
  ["- Tỷ lệ hộ nghèo giảm trên 3%, tỷ lệ hộ cận nghèo 2%/năm.", [[3, "%", ">="], [2, "%/năm", undefined]]],
  ["- Thành lập 20 tổ truyền thông, ít nhất 15 địa chỉ tin cậy.", [[20, "tổ", undefined], [15, "địa chỉ", ">="]]],
  ["- Duy trì ít nhất 200 tổ truyền thông; thành lập 80 địa chỉ tin cậy.", [[200, "tổ", ">="], [80, "địa chỉ", undefined]]],
  ["- Tỷ lệ tảo hôn giảm xuống dưới 5%, 90% trẻ em được tiêm chủng đầy đủ.", [[5, "%", "<="], [90, "%", undefined]]],
  ["- Có từ 70% phụ nữ trở lên được tư vấn, 50% nam giới tham gia sinh hoạt.", [[70, "%", ">="], [50, "%", undefined]]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit, i.rule])).toEqual(expected);
});
