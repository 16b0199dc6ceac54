/**
 * The installed command: `node bin/allocheck.js …` as a child process, after
 * the CLI build (`npm run build:cli`, done here when lib/ is missing or older
 * than the sources), so that exit codes and streams are the real ones.
 */
import { spawnSync } from "child_process";
import { join } from "path";
import { BIN, ensureCliBuilt } from "../helpers/builtCli";
import { makeTempDir } from "../helpers/xlsxFixture";
import { DEMO_WORKBOOK } from "../../src/cli/commands/demo";


beforeAll(ensureCliBuilt);

function allocheck(args: readonly string[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("node bin/allocheck.js", () => {
  const dir = makeTempDir("allocheck-bin-");

  test("--help: exit 0", () => {
    const run = allocheck(["--help"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("extract-plan");
  });

  test("a missing workbook: exit 2, one line on stderr, nothing on stdout", () => {
    const run = allocheck(["check", "khong-co.xlsx", "--json"], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^allocheck: [^\n]*khong-co\.xlsx[^\n]*\n$/);
  });

  test("an unknown option: exit 2, one line", () => {
    const run = allocheck(["check", "a.xlsx", "--bogus"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  test("demo then check --json on the sample: exit 1 and pure JSON", () => {
    const demo = allocheck(["demo", "-o", "d"], dir);
    expect(demo.stderr).toBe("");
    expect(demo.status).toBe(1);
    const check = allocheck(["check", join("d", DEMO_WORKBOOK), "--json"], dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toBe("");
    const report = JSON.parse(check.stdout) as { counts: { error: number } };
    expect(report.counts.error).toBeGreaterThan(0);
  });
});
