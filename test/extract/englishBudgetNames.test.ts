/** An English budget table whose lines are numbered inside their name cell (`1. Communication teams`): named by the words, never by the number. */
import { extractPlan } from "../../src/extract";

const intro =
  "This annual work plan supports the project on gender equality and the prevention of child marriage in ethnic minority communities of the province. It is implemented by the Provincial Women's Union with the support of the district authorities and will be reviewed at the end of the year.";

test.each<[string, string[]]>([
  ["numbered in the name cell", ["Budget line | 2024 | 2025 | Total", "1. Communication teams and clubs | 820,000,000 | 760,000,000 | 1,580,000,000", "2. Policy dialogues | 120,000,000 | 140,000,000 | 260,000,000", "Total | 940,000,000 | 900,000,000 | 1,840,000,000"]],
  ["numbered with a bracket", ["Budget line | 2024 | 2025 | Total", "1) Communication teams and clubs | 820,000,000 | 760,000,000 | 1,580,000,000", "2) Policy dialogues | 120,000,000 | 140,000,000 | 260,000,000", "Total | 940,000,000 | 900,000,000 | 1,840,000,000"]],
  ["numbered by section", ["Budget line | 2024 | 2025 | Total", "1.1 Communication teams and clubs | 820,000,000 | 760,000,000 | 1,580,000,000", "1.2 Policy dialogues | 120,000,000 | 140,000,000 | 260,000,000", "Total | 940,000,000 | 900,000,000 | 1,840,000,000"]],
])("%s", (_label, table) => {
  const text = ["ANNUAL WORK PLAN 2025", "Date: 14 March 2025", intro, "3. BUDGET", "Budget (VND)", ...table].join("\n");
  const money = extractPlan(text).indicators.filter((i) => i.kind === "money");
  expect(money.map((i) => [i.code, i.target, i.name])).toEqual([
    ["KP", 1_840_000_000, "Tổng kinh phí"],
    ["KP.1", 1_580_000_000, "Communication teams and clubs"],
    ["KP.2", 260_000_000, "Policy dialogues"],
  ]);
});

test.each([
  "Total budget: VND 1,240,000,000, of which 2024: VND 620,000,000 and 2025: VND 620,000,000.",
  "Total budget: VND 1,240,000,000 (2024: VND 620,000,000; 2025: VND 620,000,000).",
  "Total budget: VND 1,240,000,000, of which year 2024: VND 620,000,000; year 2025: VND 620,000,000.",
])("an English total's years on its line are its schedule: %s", (line) => {
  const text = ["ANNUAL WORK PLAN 2024-2025", "Date: 14 March 2024", intro, "2. TARGETS", "- 30 community communication teams established;", "3. BUDGET", line].join("\n");
  expect(extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([["KP", 1_240_000_000]]);
});
