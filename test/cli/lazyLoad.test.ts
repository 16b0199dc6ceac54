/**
 * Each command loads only what it needs: `check` runs without ExcelJS,
 * mammoth, archiver or the summary writer (they cost about a quarter of a
 * second of start-up), while `demo` still loads ExcelJS when it writes the
 * sample. Run in a child process on the built CLI (lib/, built here when
 * missing or older than the sources), as the installed command runs.
 */
import { spawnSync } from "child_process";
import { join } from "path";
import { ensureCliBuilt, MAIN, ROOT } from "../helpers/builtCli";
import { makeTempDir } from "../helpers/xlsxFixture";
import { laoCai, writeFixtureFiles } from "../integration/fixtures";


beforeAll(ensureCliBuilt);

/** The modules loaded by one command run in a fresh process (full paths, forward slashes). */
function loadedBy(args: readonly string[], cwd: string): string[] {
  const script = `
    const { main } = require(${JSON.stringify(MAIN)});
    const io = { stdout() {}, stderr() {}, cwd: ${JSON.stringify(cwd)} };
    main(${JSON.stringify(args)}, io).then((code) => {
      process.stdout.write(JSON.stringify({ code, modules: Object.keys(require.cache) }));
    });`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd, encoding: "utf8", timeout: 120_000 });
  expect(run.stderr).toBe("");
  const out = JSON.parse(run.stdout) as { code: number; modules: string[] };
  expect(out.code).toBeLessThan(2);
  return out.modules.map((m) => m.replace(/\\/g, "/"));
}

// JSZip too: the reader opens the package from its zip directory (zip.ts, zipDirectory.ts).
const HEAVY = ["/node_modules/exceljs/", "/node_modules/mammoth/", "/node_modules/archiver/", "/node_modules/unzipper/", "/node_modules/jszip/", "/node_modules/pako/", "/lib/adapters/xlsx/writeSummary.js", "/lib/adapters/exceljs/", "/lib/sample/"];

describe("commands load only what they need", () => {
  const dir = makeTempDir("allocheck-lazy-");

  test("check: no ExcelJS, mammoth, archiver, JSZip, summary writer or sample", async () => {
    const { workbook } = await writeFixtureFiles(dir, laoCai);
    const modules = loadedBy(["check", "--json", workbook], dir);
    expect(modules).toContain(join(ROOT, "lib/adapters/xlsx/readWorkbook.js"));
    expect(modules.filter((m) => HEAVY.some((h) => m.includes(h)))).toEqual([]);
  });

  test("demo still loads ExcelJS and the summary writer when it needs them", () => {
    const modules = loadedBy(["demo", "-o", join(dir, "demo")], dir);
    expect(modules.some((m) => m.includes("/node_modules/exceljs/"))).toBe(true);
    expect(modules).toContain(join(ROOT, "lib/adapters/xlsx/writeSummary.js"));
  });
});
