/**
 * The scorer's `onlyIssues` and `onlyBudget`: a reading that raises an issue or a budget line the reader did not write is
 * scored as a miss; a target's `code`, when written, must be the one read.
 */
import { scorePlan } from "../../src/extract/evaluate";
import type { ExtractedPlan } from "../../src/extract";

const plan: ExtractedPlan = {
  version: 1,
  title: null,
  number: null,
  date: null,
  indicators: [
    { code: "KP", name: "Tổng kinh phí", unit: "đồng", target: 850, kind: "money", source: "line 1" },
    { code: "KP.1", name: "[5] Chưa", unit: "đồng", target: 100, kind: "money", source: "line 9" },
    { code: "2a", name: "Thành lập mới tổ truyền thông", unit: "tổ", target: 5, kind: "count", source: "line 4" },
  ],
  areas: [],
  issues: [{ rule: "budget-split", message: "…" }],
} as unknown as ExtractedPlan;

test.each<[string, object, string[]]>([
  ["partial lists stay partial", { targets: [], budget: [{ code: "KP", target: 850 }], issues: [] }, []],
  ["only the issues written", { targets: [], budget: [{ code: "KP", target: 850 }], issues: [], onlyIssues: true }, ["issue budget-split not expected"]],
  ["only the budget lines written", { targets: [], budget: [{ code: "KP", target: 850 }], onlyBudget: true }, ["budget line KP.1 100 not expected"]],
  ["a target's code as written", { targets: [{ target: 5, unit: "tổ", code: "2a" }] }, []],
  ["a target's code read otherwise", { targets: [{ target: 5, unit: "tổ", code: "3" }] }, ["code of 5 tổ: 2a"]],
])("%s", (_, expected, misses) => {
  expect(scorePlan(plan, expected as never).otherMisses).toEqual(misses);
});
