/** A target stated per area keeps the unit's whole noun phrase in its name: only the words saying per what go. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string, string]>]>([
  ["- Tổ chức 02 buổi truyền thông/xã/năm.", [[2, "buổi", "Tổ chức buổi truyền thông"]]],
  ["- Tổ chức 02 buổi truyền thông tại mỗi xã.", [[2, "buổi", "Tổ chức buổi truyền thông"]]],
  ["- Tổ chức ít nhất 01 lớp tập huấn/huyện.", [[1, "lớp tập huấn", "Tổ chức lớp tập huấn"]]],
  ["- Duy trì 01 tổ truyền thông cộng đồng/xã.", [[1, "tổ", "Duy trì tổ truyền thông cộng đồng"]]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit, i.name])).toEqual(expected);
});
