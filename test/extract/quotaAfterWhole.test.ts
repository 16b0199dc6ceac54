/**
 * A whole followed, past a `;`, by a quota per area in the same unit (`Duy trì 450 CLB …; mỗi xã, phường, thị trấn có ít
 * nhất 01 câu lạc bộ`): the quota says how the whole is spread — the whole carries it, and no second target of the
 * quota alone (nor a quota-only issue) is read.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, number, string, number]>([
  ["- Duy trì 450 câu lạc bộ người cao tuổi; mỗi xã, phường, thị trấn có ít nhất 01 câu lạc bộ.", 450, "CLB", 1],
  ["- Thành lập mới 24 tổ truyền thông cộng đồng; mỗi xã 02 tổ.", 24, "tổ", 2],
])("%s", (line, target, unit, quota) => {
  const plan = extractPlan(planWith([line]));
  const read = plan.indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit, i.quota])).toEqual([[target, unit, quota]]);
  expect(plan.issues.filter((i) => i.rule === "quota-only")).toEqual([]);
});

test.each<[string, Array<[number, string, number | undefined]>]>([
  // A quota in another unit, or per a unit that is no place, stays what it was.
  ["- Duy trì 450 câu lạc bộ; mỗi xã tổ chức 02 buổi sinh hoạt.", [[450, "CLB", undefined], [2, "buổi", 2]]],
  // A quota past a full stop is a sentence of its own.
  ["- Duy trì 450 câu lạc bộ. Mỗi xã có ít nhất 01 câu lạc bộ.", [[450, "CLB", undefined], [1, "CLB", 1]]],
])("not the whole's quota: %s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit, i.quota])).toEqual(expected);
});
