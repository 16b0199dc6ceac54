/**
 * Generated workbooks: a seeded generator lays out allocation tables the way
 * real ones vary (orientation, title block, 1–2 header rows with a merged
 * parent, total first or last, district rows by Roman STT or `Huyện`, typed
 * or formula subtotals, commune names with or without `Xã`, NFD or lower
 * case, money in triệu đồng against a plan in tỷ or triệu đồng) and plants
 * problems whose findings it knows from the contract alone: numbers typed as
 * text (text-number; a formula subtotal over them caches Excel's SUM, which
 * skips them: a text-number error at the text, no subtotal finding), wrong typed subtotals (subtotal), `#REF!`, negative
 * numbers and fractional counts (invalid-value; `#REF!` counts as zero),
 * totals over or under the plan (ceiling), percent lines with communes under
 * target (percent), quota breaks (quota), a commune written twice in its
 * district (duplicate), a column the plan lacks and a plan line the sheet
 * lacks (unmapped), communes missing from or added to the plan (coverage).
 * The engine's report must match exactly.
 */
import { makeTempDir, writeFixture } from "../helpers/xlsxFixture";
import { checkFile } from "./engine";
import { build, SEEDS } from "./generator";
import { expectFindings, expectIndicators, type JsonReport } from "./support";

const dir = makeTempDir("allocheck-generated-");

describe.each(SEEDS.map((seed) => [seed]))("generated workbook, seed %i", (seed) => {
  const c = build(seed);
  let report: JsonReport;

  beforeAll(async () => {
    const path = await writeFixture(dir, `generated-${seed}.xlsx`, [
      { name: "Phân bổ", rows: c.workbook, merges: c.merges },
      { name: "Kế hoạch", rows: c.plan },
    ]);
    report = await checkFile(path);
  });

  test(`orientation, totals and statuses`, () => {
    expect(report.orientation).toBe(c.rows ? "areas-as-rows" : "indicators-as-rows");
    expectIndicators(report, c.indicators);
  });

  test(`exactly the planted findings`, () => {
    expectFindings(report, c.findings, c.loose);
  });
});

test("the generated set covers both orientations and every planted kind, and some workbooks are clean", () => {
  const cases = SEEDS.map(build);
  const tally = new Map<string, number>();
  for (const c of cases) for (const x of c.findings) tally.set(`${x.rule}/${x.severity}`, (tally.get(`${x.rule}/${x.severity}`) ?? 0) + 1);
  expect(cases.filter((c) => c.rows).length).toBeGreaterThanOrEqual(10);
  expect(cases.filter((c) => !c.rows).length).toBeGreaterThanOrEqual(10);
  expect(cases.filter((c) => c.findings.length === 0).length).toBeGreaterThanOrEqual(1);
  for (const c of cases) for (const x of c.loose) tally.set(`${x.rule}/${x.severity}`, (tally.get(`${x.rule}/${x.severity}`) ?? 0) + 1);
  for (const kind of ["text-number/warning", "text-number/error", "subtotal/error", "ceiling/error", "ceiling/warning", "invalid-value/error", "unmapped/warning", "coverage/warning", "percent/error", "quota/error", "duplicate/error"]) {
    expect({ kind, count: tally.get(kind) ?? 0 }).toEqual({ kind, count: expect.any(Number) as number });
    expect(tally.get(kind) ?? 0).toBeGreaterThanOrEqual(3);
  }
  expect(cases.some((c) => c.indicators.some((i) => i.kind === "money"))).toBe(true);
  const sheetText = (c: (typeof cases)[number]) => JSON.stringify(c.workbook);
  const planText = (c: (typeof cases)[number]) => JSON.stringify(c.plan);
  expect(cases.filter((c) => sheetText(c).includes("nghìn đồng")).length).toBeGreaterThanOrEqual(3);
  expect(cases.filter((c) => /tr\.đ|trđ/.test(sheetText(c))).length).toBeGreaterThanOrEqual(3);
  expect(cases.filter((c) => /"tỷ( đồng)?"/.test(planText(c))).length).toBeGreaterThanOrEqual(3);
  expect(cases.filter((c) => c.merged && c.rows).length).toBeGreaterThanOrEqual(3);
  expect(cases.filter((c) => c.merged && !c.rows).length).toBeGreaterThanOrEqual(3);
});
