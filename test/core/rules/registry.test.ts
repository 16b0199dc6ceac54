import { RULES, ruleById } from "../../../src/core/rules";
import type { RuleId } from "../../../src/core/model/finding";

const ORDER: RuleId[] = [
  "ceiling",
  "percent",
  "quota",
  "subtotal",
  "budget-split",
  "invalid-value",
  "text-number",
  "no-value",
  "duplicate",
  "coverage",
  "unmapped",
  // Beyond CONTRACT §3 (which is silent on it): hidden rows and columns, counted and said so (info).
  "hidden",
  // Also beyond §3: a second table below the allocation table, not read, and said so (info).
  "second-table",
];

describe("rule registry", () => {
  test("lists the eleven rules of CONTRACT §3 once each, in order, then the hidden-rows and second-table notices", () => {
    expect(RULES.map((rule) => rule.id)).toEqual(ORDER);
  });

  test.each(ORDER)("%s states its check, description and instruction in both languages", (id) => {
    const rule = ruleById(id);
    for (const text of [rule.description, rule.instruction, rule.check.left, rule.check.operator, rule.check.right]) {
      expect(text.vi.trim()).not.toBe("");
      expect(text.en.trim()).not.toBe("");
    }
  });

  test("severities as CONTRACT §3: text-number an error only when a formula total skips it, warnings for no-value, coverage, unmapped; ceiling's gap is a warning", () => {
    expect(Object.fromEntries(RULES.map((rule) => [rule.id, [rule.severity, rule.lesserSeverity ?? null]]))).toEqual({
      ceiling: ["error", "warning"],
      percent: ["error", null],
      quota: ["error", null],
      subtotal: ["error", null],
      "budget-split": ["error", null],
      "invalid-value": ["error", null],
      "text-number": ["error", "warning"],
      "no-value": ["warning", null],
      duplicate: ["error", null],
      coverage: ["warning", null],
      unmapped: ["warning", null],
      hidden: ["info", null],
      "second-table": ["info", null],
    });
  });

  test("an unknown id is a programming error", () => {
    expect(() => ruleById("nope" as RuleId)).toThrow(/Unknown rule/);
  });
});
