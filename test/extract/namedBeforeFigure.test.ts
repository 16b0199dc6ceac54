/** `Số địa chỉ tin cậy đến năm 2025 đạt 20 địa chỉ`: the words before `đạt` already name what the figure counts. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, string]>([
  ["- Số địa chỉ tin cậy đến năm 2025 đạt 20 địa chỉ.", "Số địa chỉ tin cậy"],
  ["- Nâng tổng số mô hình trên toàn tỉnh lên 48 mô hình.", "Nâng tổng số mô hình trên toàn tỉnh"],
  ["- Phấn đấu đạt 20 địa chỉ tin cậy.", "Địa chỉ tin cậy"],
])("%s", (line, name) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => i.name)).toEqual([name]);
});
