/**
 * Each command loads only what it needs: `check` runs without ExcelJS,
 * mammoth, archiver or the summary writer (they cost about a quarter of a
 * second of start-up), while `demo` still loads ExcelJS when it writes the
 * sample. Run in a child process on the built CLI (lib/, built here when
 * missing or older than the sources), as the installed command runs.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import { join, resolve } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";
import { laoCai, writeFixtureFiles } from "../integration/fixtures";

const ROOT = resolve(__dirname, "../..");
const MAIN = join(ROOT, "lib/cli/main.js");

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : entry.name.endsWith(".ts") ? statSync(path).mtimeMs : 0);
  }
  return time;
}

beforeAll(() => {
  const sources = ["src/core", "src/cli", "src/adapters/xlsx", "src/adapters/exceljs", "src/extract", "src/sample"].map((d) => join(ROOT, d));
  const latest = Math.max(...sources.filter((d) => existsSync(d)).map(newest));
  if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < latest) {
    execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
  }
});

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

const HEAVY = ["/node_modules/exceljs/", "/node_modules/mammoth/", "/node_modules/archiver/", "/node_modules/unzipper/", "/lib/adapters/xlsx/writeSummary.js", "/lib/adapters/exceljs/", "/lib/sample/"];

describe("commands load only what they need", () => {
  const dir = makeTempDir("allocheck-lazy-");

  test("check: no ExcelJS, mammoth, archiver, summary writer or sample", async () => {
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
