/**
 * `Đào tạo nghề cho 12.500 lao động, trong đó lao động nữ ít nhất 5.000 người; lao động thuộc hộ nghèo 4.000 người`:
 * a clause past the `;` after a part that names the whole's people again, in the part's unit and with no verb of its
 * own, goes on listing the parts (to confirm, named by its whole clause). One with its own verb, another unit or other
 * people is a target of its own (listed before the parts, which follow the list).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (line: string) =>
  extractPlan(planWith([line]))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit, i.confirmReason ?? null]);

test.each<[string, Array<[number, string, string | null]>]>([
  [
    "- Đào tạo nghề cho 12.500 lao động, trong đó lao động nữ ít nhất 5.000 người; lao động thuộc hộ nghèo, hộ cận nghèo 4.000 người.",
    [[12500, "lao động", null], [5000, "người", "part"], [4000, "người", "part"]],
  ],
  [
    "- Đào tạo nghề cho 12.500 lao động, trong đó lao động nữ 5.000 người; tổ chức 20 lớp đào tạo nghề.",
    [[12500, "lao động", null], [20, "lớp", null], [5000, "người", "part"]],
  ],
  [
    "- Đào tạo nghề cho 12.500 lao động, trong đó lao động nữ 5.000 người; hỗ trợ lao động thuộc hộ nghèo 4.000 người.",
    [[12500, "lao động", null], [4000, "người", null], [5000, "người", "part"]],
  ],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});

test("the part past the `;` is named by its whole clause", () => {
  const plan = extractPlan(planWith(["- Đào tạo nghề cho 12.500 lao động, trong đó lao động nữ ít nhất 5.000 người; lao động thuộc hộ nghèo, hộ cận nghèo 4.000 người."]));
  expect(plan.indicators.find((i) => i.target === 4000)?.name).toMatch(/\(trong đó: lao động thuộc hộ nghèo, hộ cận nghèo\)$/u);
});
