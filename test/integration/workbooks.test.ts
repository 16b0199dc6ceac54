/**
 * End-to-end: each designed workbook is written as .xlsx with ExcelJS, read
 * back by allocheck's reader, checked by the engine, and the JSON report
 * compared with what CONTRACT.md says it must contain — exact findings in
 * order, indicators' totals and statuses, counts.
 */
import { makeTempDir } from "../helpers/xlsxFixture";
import { checkFile } from "./engine";
import { ALL_FIXTURES, writeFixtureFiles } from "./fixtures";
import { expectCounts, expectFindings, expectIndicators, expectWholeDong, type JsonReport } from "./support";

const dir = makeTempDir("allocheck-it-");

describe.each(ALL_FIXTURES.map((fixture) => [fixture.fileName, fixture] as const))("%s", (_name, fixture) => {
  let report: JsonReport;

  beforeAll(async () => {
    const { workbook, plan } = await writeFixtureFiles(dir, fixture);
    report = await checkFile(workbook, plan);
  });

  test("finds the allocation table, its orientation and the plan", () => {
    expect(report.version).toBe(1);
    expect(report.allocationSheet.normalize("NFC")).toBe(fixture.allocationSheet);
    expect(report.orientation).toBe(fixture.orientation);
    if (fixture.planSource !== undefined) expect(report.planSource.normalize("NFC")).toBe(fixture.planSource);
    else expect(report.planSource).toMatch(/^file:.*\.plan\.json$/);
  });

  test("indicators: targets, allocated totals, differences and statuses", () => {
    expectIndicators(report, fixture.indicators);
    expectWholeDong(report);
  });

  test("findings: exactly the planted problems, at their cells, in order", () => {
    expectFindings(report, fixture.findings, fixture.looseFindings);
  });

  test("counts", () => {
    expectCounts(report, fixture.counts.error, fixture.counts.warning);
  });
});
