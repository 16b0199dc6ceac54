/** `150 nam, nữ thanh niên`: men and women counted (`nam`, never the year `năm`), the phrase kept across its comma. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[number, string, readonly number[] | null]>]>([
  ["Tư vấn sức khỏe tiền hôn nhân cho từ 150 đến 200 nam, nữ thanh niên.", [[150, "nam, nữ thanh niên", [150, 200]]]],
  ["Tư vấn sức khỏe tiền hôn nhân cho 150 nam nữ thanh niên.", [[150, "nam nữ thanh niên", null]]],
  ["Tập huấn kỹ năng sống cho 60 nam, nữ học sinh.", [[60, "nam, nữ học sinh", null]]],
  ["Kỷ niệm 70 năm thành lập Hội; thành lập mới 05 tổ.", [[5, "tổ", null]]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([`1. ${line}`]));
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.range ?? null])).toEqual(expected);
});
