#!/usr/bin/env node
"use strict";
/**
 * Writes lib/allocheck.cache, V8's code cache of the bundled command line
 * (bin/loadBundle.js), after `tsc` and webpack in `npm run build:cli`.
 *
 * The cache is written after a warm-up: the built-in sample (`allocheck
 * demo`, written by a child process into a temporary folder) is checked in
 * this process, as JSON and as text, so that the cache holds the bytecode of
 * every function a `check` runs — reader, engine, reports — and not only
 * what V8 compiles while the bundle loads (V8 compiles a function when it
 * first runs). A cache of the loading alone is ≈ 270 KiB, the warmed one
 * ≈ 690 KiB: larger to read, but a whole 1 000-row `check` runs ≈ 3 % fewer
 * instructions, ≈ 10–25 ms of CPU (BENCHMARKS.md, "Start-up, the zip and the
 * JSON report").
 * Without the sample (the demo fails), the cache of the loading is written.
 *
 * V8 takes a cache only under the flags it was made with: this script runs
 * under the same V8 settings as bin/allocheck.js (none of its own).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { loadBundle, writeCache } = require("../bin/loadBundle.js");

/** Silent in-process output for the warm-up checks. */
function sinkIo(cwd) {
  return { stdout: () => undefined, stderr: () => undefined, cwd };
}

/** The workbooks `allocheck demo` writes into `dir`, or [] when it failed. */
function demoWorkbooks(dir) {
  const bin = path.join(__dirname, "..", "bin", "allocheck.js");
  const res = spawnSync(process.execPath, [bin, "demo", "-o", dir], { encoding: "utf8" });
  // 1: the sample holds deliberate errors, which the demo reports.
  if (res.status !== 0 && res.status !== 1) {
    process.stderr.write(`cli-code-cache: warm-up skipped, \`allocheck demo\` failed: ${(res.stderr || res.error || "").toString().trim()}\n`);
    return [];
  }
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".xlsx"))
    .sort();
}

async function writeWarmCache() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "allocheck-cache-"));
  try {
    const workbooks = demoWorkbooks(dir);
    let compiled;
    const cli = loadBundle((script, key) => (compiled = { script, key }));
    if (cli === null || compiled === undefined) {
      process.stderr.write("cli-code-cache: lib/allocheck.js is missing or older than lib/cli: run `webpack --config webpack.cli.config.js` first\n");
      return 1;
    }
    for (const workbook of workbooks) {
      for (const args of [["check", "--json", workbook], ["check", workbook]]) {
        const status = await cli.main(args, sinkIo(dir));
        if (status !== 0 && status !== 1) process.stderr.write(`cli-code-cache: warm-up \`allocheck ${args.join(" ")}\` ended with ${status}\n`);
      }
    }
    const file = writeCache(compiled.script, compiled.key);
    process.stdout.write(`cli-code-cache: ${path.relative(process.cwd(), file)} (${Math.round(fs.statSync(file).size / 1024)} KiB, warmed on ${workbooks.length} workbook(s))\n`);
    return 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

writeWarmCache().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`cli-code-cache: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
