#!/usr/bin/env node
"use strict";
/**
 * `allocheck summary` end to end against its floor (scripts/bench-floor-summary.js),
 * measured side by side: runs alternate between the floor and the command,
 * each in a fresh Node process, on the benchmark's largest table
 * (bench-output/alloc-100000-v1.xlsx, written by scripts/bench.js). Wall time
 * is measured by this script around each process (start-up included); CPU
 * (user + system) and peak RSS by the process itself.
 *
 *   node scripts/bench-summary.js [--rows 100000] [--runs 5] [--json]
 *
 * Goals (issue 12): summary ≤ 4× the floor (CPU, and wall on an idle machine),
 * peak RSS ≤ 300 MiB.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { median } = require("./bench-stats");

const ROOT = path.resolve(__dirname, "..");
const GOAL_RATIO = 4;
const GOAL_RSS_MIB = 300;

function arg(args, name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
}

/** Runs `node …args` and returns { wall (ms), status, stderr }. */
function timed(args, env) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  return { wall, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function floorOnce(file) {
  const run = timed([path.join(__dirname, "bench-floor-summary.js"), file, "--json"], {});
  if (run.status !== 0) throw new Error(`floor failed: ${run.stderr}`);
  const inner = JSON.parse(run.stdout.trim().split("\n").pop());
  return { wall: run.wall, cpu: inner.cpu, peakRssMiB: inner.peakRssMiB, inner };
}

function summaryOnce(file, dir) {
  const out = path.join(dir, "summary.xlsx");
  const measure = path.join(dir, "measure.json");
  fs.rmSync(out, { force: true });
  const run = timed(["--require", path.join(__dirname, "bench-measure.js"), path.join(ROOT, "bin/allocheck.js"), "summary", file, "-o", out], {
    ALLOCHECK_BENCH_MEASURE: measure,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`allocheck summary failed (${run.status}): ${run.stderr}`);
  const inner = JSON.parse(fs.readFileSync(measure, "utf8"));
  return { wall: run.wall, cpu: inner.cpu, peakRssMiB: inner.peakRssMiB };
}

function main() {
  const args = process.argv.slice(2);
  const rows = Number(arg(args, "--rows", "100000"));
  const runs = Number(arg(args, "--runs", "5"));
  const file = path.join(ROOT, "bench-output", `alloc-${rows}-v1.xlsx`);
  if (!fs.existsSync(file)) {
    const gen = spawnSync(process.execPath, [path.join(__dirname, "bench.js"), "--generate-only", "--sizes", String(rows)], { cwd: ROOT, stdio: "inherit" });
    if (gen.status !== 0) throw new Error("could not write the benchmark table");
  }
  if (!fs.existsSync(path.join(ROOT, "lib/cli/main.js"))) throw new Error("lib/ is missing: run `npx tsc -p tsconfig.cli.json` first");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "allocheck-bench-summary-"));
  const floor = [];
  const summary = [];
  try {
    for (let r = 0; r < runs; r++) {
      floor.push(floorOnce(file));
      summary.push(summaryOnce(file, dir));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const pick = (list, k) => median(list.map((x) => x[k]));
  const result = {
    rows,
    runs,
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    floor: { wall: pick(floor, "wall"), cpu: pick(floor, "cpu"), peakRssMiB: pick(floor, "peakRssMiB") },
    summary: { wall: pick(summary, "wall"), cpu: pick(summary, "cpu"), peakRssMiB: pick(summary, "peakRssMiB") },
    /** Run by run: each summary against the floor run next to it. */
    cpuRatios: summary.map((s, i) => Number((s.cpu / floor[i].cpu).toFixed(2))),
  };
  result.ratio = { cpu: result.summary.cpu / result.floor.cpu, wall: result.summary.wall / result.floor.wall };
  result.goals = {
    ratio: { goal: GOAL_RATIO, cpu: result.ratio.cpu <= GOAL_RATIO, wall: result.ratio.wall <= GOAL_RATIO },
    peakRss: { goalMiB: GOAL_RSS_MIB, met: result.summary.peakRssMiB <= GOAL_RSS_MIB },
  };
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify(result) + "\n");
    return;
  }
  const ms = (x) => `${Math.round(x).toLocaleString("en-US")} ms`;
  const mib = (x) => `${Math.round(x)} MiB`;
  const met = (ok) => (ok ? "met" : "MISSED");
  process.stdout.write(
    [
      `allocheck summary, ${rows.toLocaleString("en-US")} × 30, ${runs} interleaved runs (medians), load average ${result.loadAverage.join(" / ")}`,
      "",
      "| tool | wall | CPU | peak RSS |",
      "|---|---:|---:|---:|",
      `| floor (inflate + scan + deflate) | ${ms(result.floor.wall)} | ${ms(result.floor.cpu)} | ${mib(result.floor.peakRssMiB)} |`,
      `| allocheck summary | ${ms(result.summary.wall)} | ${ms(result.summary.cpu)} | ${mib(result.summary.peakRssMiB)} |`,
      "",
      `÷ floor: CPU ${result.ratio.cpu.toFixed(2)}× (run by run ${result.cpuRatios.join(", ")}), wall ${result.ratio.wall.toFixed(2)}×`,
      `Goal ≤ ${GOAL_RATIO}× the floor: CPU ${met(result.goals.ratio.cpu)}, wall ${met(result.goals.ratio.wall)}; ` +
        `peak RSS ≤ ${GOAL_RSS_MIB} MiB: ${met(result.goals.peakRss.met)}`,
      "",
    ].join("\n"),
  );
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`bench-summary: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  }
}
