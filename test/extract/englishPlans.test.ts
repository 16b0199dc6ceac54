/**
 * A plan written in English: its figures are in English notation (`VND 2,450,000,000`, `,` grouping thousands),
 * its budget is `Total budget: …, of which: …` or a table with a `Total` row, its date `14 March 2025`. They read
 * as the same plan in Vietnamese would; a Vietnamese plan's figures are never rewritten.
 */
import * as fs from "fs";
import * as path from "path";
import { extractPlan } from "../../src/extract";
import { isEnglishText, withVietnameseFigures } from "../../src/extract/englishNotation";

const intro =
  "This annual work plan supports the project on gender equality and the prevention of child marriage in ethnic minority communities of the province. It is implemented by the Provincial Women's Union with the support of the district authorities and will be reviewed at the end of the year.";

const money = (text: string) => extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]);

test.each<[string, string[], Array<[string, number]>]>([
  [
    "a total and its parts in prose",
    ["1. BUDGET", "Total budget: VND 2,450,000,000 (approximately USD 100,000), of which:", "- UN Women contribution: VND 1,960,000,000;", "- Provincial counterpart funding: VND 490,000,000."],
    [["KP", 2_450_000_000], ["KP.1", 1_960_000_000], ["KP.2", 490_000_000]],
  ],
  [
    "a budget table in VND with a Total row",
    ["Budget (VND)", "Budget line | 2024 | 2025 | Total", "Communication teams | 820,000,000 | 760,000,000 | 1,580,000,000", "Policy dialogues | 120,000,000 | 140,000,000 | 260,000,000", "Total | 940,000,000 | 900,000,000 | 1,840,000,000"],
    [["KP", 1_840_000_000], ["KP.1", 1_580_000_000], ["KP.2", 260_000_000]],
  ],
])("%s", (_label, budget, expected) => {
  const text = ["ANNUAL WORK PLAN 2025", "Date: 14 March 2025", intro, ...budget].join("\n");
  expect(money(text)).toEqual(expected);
  expect(extractPlan(text).date).toBe("2025-03-14");
});

test("English figures and dates are rewritten in Vietnamese notation; section numbers stay", () => {
  const text = `${intro}\n2.1. Activities\nAbout 2.5 ha, VND 1,250,000 on March 5, 2025.`;
  expect(withVietnameseFigures(text).split("\n").slice(1)).toEqual(["2.1. Activities", "About 2,5 ha, 1.250.000 đồng on ngày 5 tháng 3 năm 2025."]);
});

test("a Vietnamese plan is never taken for English", () => {
  const dir = path.join(__dirname, "corpus");
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
    const text = fs.readFileSync(path.join(dir, f), "utf8");
    expect([f, isEnglishText(text)]).toEqual([f, f.includes("english")]);
    // Typed without diacritics (`To chuc 02 lop tap huan`), it is still no English plan.
    const plain = text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    expect([f, isEnglishText(plain)]).toEqual([f, f.includes("english")]);
  }
});

test("an English plan's targets: the counted noun ends the phrase, `at least` bounds, `per commune` a quota, the places no target", () => {
  const text = [
    "ANNUAL WORK PLAN 2025",
    "Date: 14 March 2025",
    intro,
    "2.2. Specific targets by December 2025",
    "- 30 community communication teams established and operating in the 15 project communes (2 teams per commune);",
    "- At least 80% of women in the project communes reached by communication on child marriage;",
    '- 10 "Leaders of Change" clubs established in lower secondary schools;',
    "- 4 policy dialogues held between district leaders and women and children.",
    "3. BUDGET",
    "Total budget: VND 900,000,000.",
  ].join("\n");
  const read = extractPlan(text);
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.rule ?? "", i.quota ?? null])).toEqual([
    [30, "teams", "", 2],
    [80, "%", ">=", null],
    [10, "clubs", "", null],
    [4, "dialogues", "", null],
  ]);
});

test.each<[string, number, string]>([
  ["- 120 village health workers trained on counselling for adolescents;", 120, "workers"],
  ["- 8 youth-friendly counselling corners set up in commune health stations;", 8, "corners"],
  ["- 24 community meetings organized with village elders;", 24, "meetings"],
  ["- At least 70% of adolescents aged 15-19 in target communes informed about the legal age of marriage;", 70, "%"],
])("an English count's noun is the last plural of its phrase: %s", (line, target, unit) => {
  const read = extractPlan(["WORK PLAN 2024", intro, "2. EXPECTED RESULTS", line, "3. BUDGET", "Total budget: VND 500,000,000."].join("\n"));
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual([[target, unit]]);
});

test.each<[string, Array<[string, string | null]>]>([
  ["15 communes in 3 districts: Bat Xat district (A Mu Sung, Y Ty) and Si Ma Cai district (Nan Sin, Lung Sui).", [["Bat Xat", "A Mu Sung"], ["Bat Xat", "Y Ty"], ["Si Ma Cai", "Nan Sin"], ["Si Ma Cai", "Lung Sui"]]],
  ["Women and girls in 3 districts of Ha Giang (Dong Van, Meo Vac, Yen Minh) live free from violence.", [["Dong Van", null], ["Meo Vac", null], ["Yen Minh", null]]],
])("an English plan's areas: %s", (line, areas) => {
  const read = extractPlan(["WORK PLAN 2024", intro, "3. PROJECT AREAS", line, "4. BUDGET", "Total budget: VND 500,000,000."].join("\n"));
  expect(read.areas.map((a) => [a.district, a.commune])).toEqual(areas);
});

test("an English quota in the singular (`1 corner per commune`) is the quota of its plural target", () => {
  const read = extractPlan(["WORK PLAN 2024", intro, "2. EXPECTED RESULTS", "- 8 youth-friendly counselling corners set up in commune health stations (1 corner per commune);", "3. BUDGET", "Total budget: VND 500,000,000."].join("\n"));
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.quota ?? null])).toEqual([[8, "corners", 1]]);
});
