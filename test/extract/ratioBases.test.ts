/**
 * A rate per a base written with thousands grouped (`dưới 50 ca/100.000 dân`) is a target in that unit, as the sex
 * ratio's `112 bé trai/100 bé gái` is; a base read only up to its first group (`100`) left the figure unread.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, number, string, string | undefined]>([
  ["- Tỷ lệ mắc sốt xuất huyết dưới 50 ca/100.000 dân.", 50, "ca/100.000 dân", "<="],
  ["- Tỷ lệ mắc lao mới không quá 75 ca/100.000 dân.", 75, "ca/100.000 dân", "<="],
  ["- Tỷ số giới tính khi sinh không quá 112 bé trai/100 bé gái sinh ra sống.", 112, "bé trai/100 bé gái sinh ra sống", "<="],
])("%s", (line, target, unit, rule) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit, i.rule])).toEqual([[target, unit, rule]]);
});
