/** `02 buổi truyền thông/xã tại 14 xã`: the places a quota counted before applies to are no target; the total is worked out, to confirm. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string, number | undefined, boolean]>]>([
  ["- Tổ chức 02 buổi truyền thông/xã/năm tại 14 xã vùng dự án.", [[28, "buổi", 2, true]]],
  ["- Duy trì 01 tổ truyền thông cộng đồng/xã ở 09 xã đặc biệt khó khăn.", [[9, "tổ", 1, true]]],
  ["- Duy trì 14 mô hình tại 14 xã.", [[14, "mô hình", undefined, false]]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit, i.quota, (i.confidence ?? 1) < 0.9])).toEqual(expected);
});
