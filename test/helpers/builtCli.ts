/**
 * The installed command as tests run it: `node bin/allocheck.js …` over the
 * CLI build in lib/, rebuilt (`tsc -p tsconfig.cli.json`, then the bundle and
 * its code cache) when missing or older than the sources, so that exit codes, streams and loaded modules are
 * the real ones.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "fs";
import { join, resolve } from "path";

export const ROOT = resolve(__dirname, "../..");
export const BIN = join(ROOT, "bin/allocheck.js");
export const MAIN = join(ROOT, "lib/cli/main.js");
/** The command bundled into one file, and its code cache (webpack.cli.config.js, bin/loadBundle.js). */
export const BUNDLE = join(ROOT, "lib/allocheck.js");
export const BUNDLE_CACHE = join(ROOT, "lib/allocheck.cache");

const SOURCES = ["src/core", "src/cli", "src/adapters/xlsx", "src/adapters/exceljs", "src/extract", "src/sample"];

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : entry.name.endsWith(".ts") ? statSync(path).mtimeMs : 0);
  }
  return time;
}

/**
 * Runs `build` holding a lock on lib/ (jest's workers are processes of their
 * own, and two builds at once could each see the other's half-written files).
 * A lock older than the longest build is taken for one left by a killed run.
 */
function withBuildLock(build: () => void): void {
  mkdirSync(join(ROOT, "lib"), { recursive: true });
  const lock = join(ROOT, "lib", ".build-lock");
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > 300_000) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds lib/ when it is missing or older than any source it is built from, and its bundle when older than lib/ (as `npm run build:cli`). */
export function ensureCliBuilt(): void {
  withBuildLock(() => {
    const latest = Math.max(...SOURCES.map((d) => join(ROOT, d)).filter((d) => existsSync(d)).map(newest));
    if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < latest) {
      execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
    }
    const bundleInputs = Math.max(statSync(MAIN).mtimeMs, statSync(join(ROOT, "webpack.cli.config.js")).mtimeMs, statSync(join(ROOT, "bin/loadBundle.js")).mtimeMs);
    if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < bundleInputs || !existsSync(BUNDLE_CACHE)) {
      execFileSync(process.execPath, [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--config", "webpack.cli.config.js"], { cwd: ROOT, stdio: "pipe" });
      execFileSync(process.execPath, [join(ROOT, "scripts/cli-code-cache.js")], { cwd: ROOT, stdio: "pipe" });
    }
  });
}
