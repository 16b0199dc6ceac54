/** A plan revising another (`I. ĐIỀU CHỈNH, BỔ SUNG CHỈ TIÊU`): its part of targets is read, each target at its new value. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const lines = [
  "1. Điều chỉnh chỉ tiêu thành lập mới tổ truyền thông cộng đồng từ 10 tổ lên 12 tổ.",
  "2. Điều chỉnh chỉ tiêu xây dựng địa chỉ tin cậy từ 05 địa chỉ xuống 04 địa chỉ.",
  "3. Bổ sung chỉ tiêu: Tổ chức 02 cuộc đối thoại chính sách.",
];

test.each(["I. ĐIỀU CHỈNH, BỔ SUNG CHỈ TIÊU", "I. ĐIỀU CHỈNH CHỈ TIÊU", "I. BỔ SUNG, ĐIỀU CHỈNH MỘT SỐ CHỈ TIÊU", "I. SỬA ĐỔI, BỔ SUNG CHỈ TIÊU"])("%s", (heading) => {
  const text = planWith([], { before: [heading, ...lines] }).replace(/II\. MỤC TIÊU\n1\. Chỉ tiêu cụ thể\n/, "");
  const read = extractPlan(text);
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, (i.confidence ?? 1) >= 0.9])).toEqual([
    [12, "tổ", true],
    [4, "địa chỉ", true],
    [2, "cuộc", true],
  ]);
});
