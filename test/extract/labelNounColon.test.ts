/**
 * `Số hộ tham gia dự án: 1.080 hộ`: a label ending with a noun that elsewhere labels a number (`Dự án 8`, `mô hình 2`)
 * introduces its value after the colon; the count is a target, and a share after it (`trong đó ít nhất 50% là hộ nghèo`)
 * a part of it.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (line: string) => extractPlan(planWith([line])).indicators.map((i) => [i.name, i.target, i.unit, i.rule]);

test.each<[string, Array<[string, number, string, string | undefined]>]>([
  ["- Số hộ tham gia dự án: 1.080 hộ.", [["Số hộ tham gia dự án", 1080, "hộ", undefined]]],
  ["- Số hộ nghèo tham gia mô hình: 120 hộ.", [["Số hộ nghèo tham gia mô hình", 120, "hộ", undefined]]],
  [
    "- Số hộ nghèo, cận nghèo tham gia dự án: 1.080 hộ, trong đó ít nhất 50% là hộ nghèo.",
    [
      ["Số hộ nghèo, cận nghèo tham gia dự án", 1080, "hộ", undefined],
      ["Số hộ nghèo, cận nghèo tham gia dự án (trong đó: hộ nghèo)", 50, "%", ">="],
    ],
  ],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});
