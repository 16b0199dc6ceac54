/**
 * `allocheck check --json` as the installed command writes it: the JSON
 * value is the report's (`toJsonReport`, keys in order) whatever the layout,
 * `| jq` reads it, and each area of `reading` is one line (jsonText.ts).
 */
import { spawnSync } from "child_process";
import { join } from "path";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { writeWorkbookSpec } from "../../src/adapters/exceljs/writeWorkbook";
import { checkWorkbook } from "../../src/core/check";
import { toJsonReport } from "../../src/core/report";
import { buildSampleSpec } from "../../src/sample";
import { BIN, ensureCliBuilt } from "../helpers/builtCli";
import { makeTempDir } from "../helpers/xlsxFixture";
import { WORKBOOK_PLAN_FIXTURES, writeFixtureFiles } from "../integration/fixtures";

const dir = makeTempDir("allocheck-json-text-");

beforeAll(ensureCliBuilt, 120_000);

function checkJson(workbook: string, extra: readonly string[] = []): string {
  const run = spawnSync(process.execPath, [BIN, "check", workbook, "--json", ...extra], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 26 });
  expect(run.stderr).toBe("");
  expect(run.status === 0 || run.status === 1).toBe(true);
  return run.stdout;
}

/** The report's JSON value as the engine gives it, in canonical text (keys in order); `workbook` as given to the command. */
async function engineJson(workbook: string, lang: "vi" | "en" = "vi"): Promise<string> {
  const data = await readWorkbookFile(join(dir, workbook));
  return JSON.stringify(toJsonReport(checkWorkbook(data, { workbookName: workbook }).report, lang));
}

describe("check --json: the report's value, one area a line", () => {
  beforeAll(async () => {
    await writeWorkbookSpec(buildSampleSpec(), join(dir, "mau.xlsx"));
  });

  test("the sample workbook: the same value as the report, and every area on a line of its own", async () => {
    const text = checkJson("mau.xlsx");
    expect(JSON.stringify(JSON.parse(text))).toBe(await engineJson("mau.xlsx"));
    const areas = (JSON.parse(text) as { reading: { areas: unknown[] } }).reading.areas;
    const lines = text.split("\n");
    for (const area of areas) expect(lines).toContain(`      ${JSON.stringify(area)}${area === areas[areas.length - 1] ? "" : ","}`);
    expect(JSON.stringify(JSON.parse(checkJson("mau.xlsx", ["--lang", "en"])))).toBe(await engineJson("mau.xlsx", "en"));
  }, 120_000);

  test.each(WORKBOOK_PLAN_FIXTURES.slice(0, 6).map((f) => [f.fileName, f] as const))("fixture %s: the same value as the report", async (name, fixture) => {
    await writeFixtureFiles(dir, fixture);
    expect(JSON.stringify(JSON.parse(checkJson(name)))).toBe(await engineJson(name));
  });

  test("jq reads it", () => {
    const run = spawnSync("sh", ["-c", `node "${BIN}" check mau.xlsx --json | jq -c '[.counts, (.reading.areas | length), .reading.areas[0].name]'`], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const report = JSON.parse(checkJson("mau.xlsx")) as { counts: unknown; reading: { areas: Array<{ name: string }> } };
    expect(JSON.parse(run.stdout)).toEqual([report.counts, report.reading.areas.length, report.reading.areas[0].name]);
  });
});
