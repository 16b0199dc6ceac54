/**
 * A sum worked out in the text without `mỗi` (`02 lớp tập huấn × 10 huyện, thành phố = 20 lớp`): the count multiplied
 * is the result's quota per the places it is multiplied by — no target of its own, and not lost.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, [string, number, number | undefined]]>([
  ["- Tổ chức 02 lớp tập huấn × 10 huyện, thành phố = 20 lớp.", ["Tổ chức lớp tập huấn", 20, 2]],
  ["- Tổ chức 02 lớp tập huấn cho cán bộ × 10 huyện = 20 lớp.", ["Tổ chức lớp tập huấn cho cán bộ", 20, 2]],
  ["- Thành lập 01 tổ x 14 xã = 14 tổ truyền thông.", ["Thành lập tổ", 14, 1]],
  ["- Mỗi huyện 02 lớp × 10 huyện = 20 lớp tập huấn.", ["Lớp", 20, 2]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.name, i.target, i.quota])).toEqual([expected]);
});
