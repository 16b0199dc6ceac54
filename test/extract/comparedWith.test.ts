/**
 * A change measured against a year (`Giảm từ 5 - 7% số vụ … so với năm 2025`) keeps that year in brackets after its
 * name: CONTRACT §6 has no field for it, and the name is where a reader sees it (the range stays `target` 5, `>=`).
 * A `so với` after another figure of the clause, or a name that tells no change, is left alone.
 */
import { extractPlan } from "../../src/extract";
import { withComparison } from "../../src/extract/comparedWith";
import { planWith } from "./planText";

test.each<[string, Array<[string, number, string | undefined, number[] | undefined]>]>([
  ["- Giảm từ 5 - 7% số vụ bạo lực gia đình so với năm 2022.", [["Giảm số vụ bạo lực gia đình (so với năm 2022)", 5, ">=", [5, 7]]]],
  ["- Phấn đấu giảm từ 10% trở lên số vụ bạo lực gia đình so với năm 2022.", [["Giảm số vụ bạo lực gia đình (so với năm 2022)", 10, ">=", undefined]]],
  ["- Tỷ lệ hộ nghèo giảm 4% so với cuối năm 2022.", [["Tỷ lệ hộ nghèo giảm (so với cuối năm 2022)", 4, undefined, undefined]]],
  ["- Giảm 50% số cặp hôn nhân cận huyết thống vào năm 2030 so với năm 2022.", [["Giảm số cặp hôn nhân cận huyết thống (so với năm 2022)", 50, undefined, undefined]]],
  ["- Tỷ lệ hộ dùng nước sạch đạt 60% (năm 2022 đạt 52%).", [["Tỷ lệ hộ dùng nước sạch", 60, undefined, undefined]]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.name, i.target, i.rule, i.range ? [...i.range] : undefined])).toEqual(expected);
});

test("another figure between the name and the year is the one the year measures", () => {
  const text = "giải ngân 100% kế hoạch vốn, phấn đấu giảm 3,5% tỷ lệ hộ nghèo so với cuối năm 2023";
  expect(withComparison("Giảm nghèo, giải ngân kế hoạch vốn", text, text.indexOf("%") + 1)).toBe("Giảm nghèo, giải ngân kế hoạch vốn");
});

test("a name that tells no change takes no year", () => {
  const text = "Tỷ lệ hộ nghèo đạt 5% so với năm 2025";
  expect(withComparison("Tỷ lệ hộ nghèo", text, text.indexOf("%") + 1)).toBe("Tỷ lệ hộ nghèo");
});
