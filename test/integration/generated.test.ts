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
 * Shapes of real district sheets, in both orientations: subtotal rows
 * (`Cộng huyện`, `Cộng`, `Cộng xã`, `Cộng I`, `Tổng huyện …`) after or before
 * their communes, with or without a row naming the district; districts only,
 * bare and prefixed mixed, with the plan's area list (below the plan or on a
 * sheet `Địa bàn`) deciding their level; NFD names; STT in Roman numerals,
 * `1`/`1.1`, dashes or none; formulas without saved values; a grand total
 * that is a SUM over the areas skipping numbers typed as text; a bare `Cộng`
 * right under the row naming its district; blank rows between districts; a
 * second table below the allocation table (left out, one `second-table` info);
 * a money line whose every commune amount carries its unit (`150 triệu`); a
 * `Tổng kinh phí` line beside the money lines, maybe with one commune's cell
 * of it typed wrong (one finding, at that cell: CONTRACT §3, one cause).
 * The engine's report must match exactly.
 */
import { makeTempDir, nfd, writeFixture } from "../helpers/xlsxFixture";
import { checkFile } from "./engine";
import { build, SEEDS, type Case } from "./generator";
import { expectFindings, expectIndicators, type JsonReport } from "./support";

const dir = makeTempDir("allocheck-generated-");

describe.each(SEEDS.map((seed) => [seed]))("generated workbook, seed %i", (seed) => {
  const c = build(seed);
  let report: JsonReport;

  beforeAll(async () => {
    const path = await writeFixture(dir, `generated-${seed}.xlsx`, [
      { name: "Phân bổ", rows: c.workbook, merges: c.merges },
      { name: "Kế hoạch", rows: c.plan },
      ...(c.areas !== undefined ? [{ name: "Địa bàn", rows: c.areas }] : []),
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

  test(`the reading recovers the structure: each row's or column's role and parent`, () => {
    const reading = (report as JsonReport & { reading: { areas: { at: string; role: string; parent: number | null }[] } }).reading;
    const got = reading.areas.map((a) => ({ at: a.at, role: a.role, parent: a.parent === null ? null : reading.areas[a.parent].at }));
    if (c.structure !== undefined) expect(got).toEqual(c.structure);
    else expect(got.length).toBeGreaterThan(0);
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

test("the generated set covers the shapes of a real district sheet in both orientations", () => {
  const cases = SEEDS.map(build);
  const count = (pick: (c: Case) => boolean) => ({ rows: cases.filter((c) => c.rows && pick(c)).length, columns: cases.filter((c) => !c.rows && pick(c)).length });
  const atLeast = (pick: (c: Case) => boolean, n = 1) => {
    const got = count(pick);
    expect(Math.min(got.rows, got.columns)).toBeGreaterThanOrEqual(n);
  };
  // Subtotal rows after or before their group, with and without a row naming the district.
  for (const subStyle of ["after", "before"] as const) for (const headRow of [true, false]) atLeast((c) => c.shape.subStyle === subStyle && c.shape.headRow === headRow);
  // A bare `Cộng` right under the row naming its district, before the communes: that district's subtotal.
  atLeast((c) => c.shape.bareBefore && c.structure !== undefined && c.structure.filter((x) => x.role === "subtotal").length >= 2, 2);
  // Blank rows between districts (the table goes on), and a second table below (left out, said so).
  expect(cases.filter((c) => c.rows && c.shape.gapRows && c.structure !== undefined && c.structure.some((x) => x.role === "group" || x.role === "subtotal")).length).toBeGreaterThanOrEqual(5);
  atLeast((c) => c.shape.secondTable && c.findings.some((x) => x.rule === "second-table"), 3);
  // A money line whose every commune amount carries its unit: read, one text-number finding per cell.
  atLeast((c) => c.shape.suffixedMoney && /\d ?(triệu|tr|đ|tỷ đồng|nghìn đồng)"/.test(JSON.stringify(c.workbook).normalize("NFC")), 3);
  const text = (c: Case) => JSON.stringify(c.workbook).normalize("NFC");
  for (const label of [/"Cộng huyện"/, /"Cộng"/, /"Cộng xã"/, /"Cộng (I|1)"/, /"Tổng (số )?huyện /, /"Cộng huyện [^"]/]) {
    expect({ label: label.source, found: cases.filter((c) => c.shape.subStyle !== "row" && label.test(text(c))).length >= 2 }).toEqual({ label: label.source, found: true });
  }
  // Districts merged over their communes, closed by a `Cộng` row or column in the commune column.
  atLeast((c) => c.shape.mergedSub);
  // Districts only, bare and prefixed mixed, with the plan's list of areas deciding their level.
  atLeast((c) => c.shape.flat && c.shape.withAreas && /"Huyện /.test(text(c)));
  // Bare district names beside prefixed ones in a two-level sheet; district names in NFD.
  atLeast((c) => c.shape.mixedNames && !c.shape.flat && !c.merged, 2);
  expect(cases.some((c) => c.shape.mixedNames && JSON.stringify(c.workbook).includes(nfd("Huyện ")))).toBe(true);
  // STT styles, the grand total on top and at the bottom, the plan's areas on a sheet of their own.
  for (const stt of ["roman", "numeric", "none", "dash"] as const) atLeast((c) => c.shape.stt === stt, 2);
  // Formulas without saved values; a formula total over the areas that skips a number typed as text.
  atLeast((c) => c.shape.bareFormulas && c.workbook.flat().some((v) => typeof v === "object" && v !== null && "formula" in v), 2);
  atLeast((c) => c.shape.totalFormula && c.findings.some((x) => x.rule === "text-number" && x.severity === "error") && c.indicators.some((i) => i.sheetTotal !== undefined));
  expect(cases.filter((c) => c.areas !== undefined).length).toBeGreaterThanOrEqual(3);
  // A wrong district subtotal under a grand total typed right by its communes: one finding, at the district.
  atLeast((c) => c.shape.typedTotal && c.findings.some((x) => x.rule === "subtotal"), 2);
  // A `Tổng kinh phí` line adding up the money lines: one commune's cell of it typed wrong is one finding, at that
  // cell (not at its district's total nor the grand total); a district's money subtotal typed wrong is one finding
  // at it (not at the district's Tổng kinh phí); a SUM skipping text is told at the text alone.
  atLeast((c) => c.shape.moneyTotal && c.findings.some((x) => x.rule === "subtotal" && x.indicator === null), 3);
  atLeast((c) => c.shape.moneyTotal && c.findings.some((x) => x.rule === "subtotal" && x.indicator !== null));
  atLeast((c) => c.shape.moneyTotal && c.findings.some((x) => x.rule === "text-number" && x.severity === "error"));
});
