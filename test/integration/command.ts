/** The built `allocheck` command for end-to-end tests: lib/ rebuilt when older than the sources. */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import { join, resolve } from "path";

export const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/allocheck.js");
const MAIN = join(ROOT, "lib/cli/main.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds lib/ (`tsc -p tsconfig.cli.json`) when it is missing or older than the sources, so tests run the code under test. */
export function ensureBuilt(): void {
  const sources = ["src/core", "src/cli", "src/adapters/xlsx", "src/adapters/exceljs", "src/extract", "src/sample"]
    .map((d) => join(ROOT, d))
    .filter((d) => existsSync(d));
  const newest = Math.max(...sources.map(newestSource));
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= newest) return;
  execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/allocheck.js …args` in `cwd`. */
export function allocheck(args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  // No exit status: the process was killed (the timeout, a signal) or never ran — say how, with what it wrote.
  if (result.status === null) {
    const how = result.error !== undefined ? result.error.message : `signal ${String(result.signal)}`;
    throw new Error(`allocheck ${args.join(" ")} ended without an exit status (${how}); stderr: ${String(result.stderr).slice(-2000)}`);
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
