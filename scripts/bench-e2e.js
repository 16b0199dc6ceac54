#!/usr/bin/env node
"use strict";
/**
 * End to end, as a user runs it: `allocheck check --json FILE` as a process
 * (start-up, loading its modules, reading, checking, writing the JSON),
 * beside the floor (scripts/bench-floor.js: native inflate and a scan that
 * sums the numeric cells per column, allocating nothing per cell) and the
 * peers doing one whole task each (scripts/bench-peers.js: SheetJS, ExcelJS;
 * openpyxl through Debian's /usr/bin/python3), every one a whole process
 * measured from outside with /usr/bin/time: wall, CPU (user + system), peak
 * RSS. Sizes are measured in turn; within a size the tools run interleaved
 * (run 1 of every tool, then run 2…) so a change in the machine's load hits
 * them alike. Medians; ratios are allocheck's ÷ the tool's.
 *
 *   node scripts/bench-e2e.js [--sizes 1000,10000,100000] [--runs N] [--tools check,floor,sheetjs-dense,openpyxl-ro] [--json]
 *
 * Goals (issue 12): check ≤ 2× the floor at 100 000 rows, peak RSS ≤ 300 MiB,
 * a 1 000-row check ≤ 0.25 s wall. The .xlsx files are those of
 * scripts/bench.js (`node scripts/bench.js --generate-only` writes them).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { median } = require("./bench-stats");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "bench-output");
const TIME = "/usr/bin/time";
const PYTHON = "/usr/bin/python3";
const SUM_COLUMN = 23; // the first money line, as in scripts/bench.js
const TOOLS = ["check", "floor", "sheetjs-dense", "sheetjs", "exceljs", "exceljs-stream", "openpyxl-ro", "openpyxl"];
const DEFAULT_TOOLS = ["check", "floor", "sheetjs-dense", "openpyxl-ro"];
const GOAL_FLOOR_RATIO = 2;
const GOAL_RSS_MIB = 300;
const GOAL_SMALL_WALL_MS = 250;

function command(tool, file) {
  if (tool === "check") return [process.execPath, [path.join(ROOT, "bin/allocheck.js"), "check", "--json", file]];
  if (tool === "floor") return [process.execPath, [path.join(__dirname, "bench-floor.js"), file, "--json"]];
  if (tool === "openpyxl" || tool === "openpyxl-ro") return [PYTHON, [path.join(__dirname, "bench-openpyxl.py"), file, tool === "openpyxl" ? "default" : "read_only", String(SUM_COLUMN)]];
  return [process.execPath, [path.join(__dirname, "bench-peers.js"), "--task", tool, file, String(SUM_COLUMN)]];
}

/** One whole process under /usr/bin/time: { wall, cpu (ms), peakRssMiB } or { failed }. */
function measure(tool, file, timeoutMs) {
  const [cmd, args] = command(tool, file);
  const res = spawnSync(TIME, ["-f", "@@ %e %U %S %M", cmd, ...args], { cwd: ROOT, encoding: "utf8", timeout: timeoutMs, maxBuffer: 1 << 28 });
  if (res.error) return { failed: res.error.code === "ETIMEDOUT" ? `timed out after ${Math.round(timeoutMs / 1000)} s` : res.error.message };
  const m = /@@ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(res.stderr || "");
  if (!m) return { failed: (res.stderr || "").trim().split("\n").slice(-2).join(" ") };
  // check: 0 no error, 1 errors found; anything else is a failure (so is any other tool's non-zero exit).
  if (res.status !== 0 && !(tool === "check" && res.status === 1)) return { failed: `exit ${res.status}: ${res.stderr.trim().split("\n").slice(-2, -1).join(" ")}` };
  return { wall: Number(m[1]) * 1000, cpu: (Number(m[2]) + Number(m[3])) * 1000, peakRssMiB: Number(m[4]) / 1024 };
}

function fmt(n, digits = 0) {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace(/,/g, " ");
}

function run(sizes, tools, runsFor, timeoutMs) {
  const out = [];
  for (const n of sizes) {
    const file = path.join(OUT, `alloc-${n}-v1.xlsx`);
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`node scripts/bench.js --generate-only\` first`);
    const byTool = new Map(tools.map((t) => [t, []]));
    const loadBefore = os.loadavg()[0];
    for (let r = 0; r < runsFor(n); r++) {
      for (const tool of tools) {
        const done = byTool.get(tool);
        // A tool that failed, or took over 20 s of CPU, is not run again.
        if (r > 0 && done.some((x) => x.failed || x.cpu > 20000)) continue;
        const m = measure(tool, file, timeoutMs);
        done.push(m);
        process.stderr.write(`bench-e2e: ${n} rows, run ${r + 1}, ${tool}: ${m.failed ? m.failed : `wall ${fmt(m.wall)} ms, CPU ${fmt(m.cpu)} ms, RSS ${fmt(m.peakRssMiB)} MiB`}\n`);
      }
    }
    const summary = {};
    for (const [tool, ms] of byTool) {
      const ok = ms.filter((m) => !m.failed);
      summary[tool] = ok.length === 0 ? { failed: ms[0].failed } : { runs: ok.length, wall: median(ok.map((m) => m.wall)), cpu: median(ok.map((m) => m.cpu)), peakRssMiB: Math.max(...ok.map((m) => m.peakRssMiB)) };
    }
    out.push({ rows: n, fileMiB: fs.statSync(file).size / 1048576, loadAverage: [loadBefore, os.loadavg()[0]].map((x) => Math.round(x * 100) / 100), tools: summary });
  }
  return out;
}

const NAMES = {
  check: "**`allocheck check --json`**",
  floor: "floor (native inflate + summing scan)",
  "sheetjs-dense": "SheetJS `readFile` dense",
  sheetjs: "SheetJS `readFile`",
  exceljs: "ExcelJS `readFile`",
  "exceljs-stream": "ExcelJS streaming reader",
  "openpyxl-ro": "openpyxl read_only",
  openpyxl: "openpyxl default",
};

function lines(results) {
  const out = [];
  out.push("End to end, one whole process per run (start-up included), measured by /usr/bin/time; medians (peak RSS: the largest).");
  out.push("Ratios: allocheck check ÷ the tool, CPU (wall in brackets); below 1 allocheck is faster.");
  const goals = [];
  for (const p of results) {
    const check = p.tools.check;
    out.push("");
    out.push(`${fmt(p.rows)} rows × 30 (${fmt(p.fileMiB, 1)} MiB), load average ${p.loadAverage.join(" → ")}:`);
    out.push("");
    out.push("| tool | runs | wall | CPU | peak RSS | check ÷ tool |");
    out.push("|---|---:|---:|---:|---:|---:|");
    for (const [tool, m] of Object.entries(p.tools)) {
      if (m.failed) {
        out.push(`| ${NAMES[tool] || tool} | – | ${m.failed} | | | |`);
        continue;
      }
      const ratio = tool !== "check" && check && !check.failed ? `${fmt(check.cpu / m.cpu, 2)}× (${fmt(check.wall / m.wall, 2)}×)` : "";
      out.push(`| ${NAMES[tool] || tool} | ${m.runs} | ${fmt(m.wall)} ms | ${fmt(m.cpu)} ms | ${fmt(m.peakRssMiB)} MiB | ${ratio} |`);
    }
    if (!check || check.failed) continue;
    const floor = p.tools.floor;
    if (p.rows >= 100000 && floor && !floor.failed) {
      const r = check.cpu / floor.cpu;
      goals.push(`check ≤ ${GOAL_FLOOR_RATIO}× the floor at ${fmt(p.rows)} rows: ${fmt(r, 2)}× CPU (${fmt(check.wall / floor.wall, 2)}× wall) — ${r <= GOAL_FLOOR_RATIO ? "met" : "MISSED"}`);
    }
    if (p.rows >= 100000) goals.push(`peak RSS ≤ ${GOAL_RSS_MIB} MiB at ${fmt(p.rows)} rows: ${fmt(check.peakRssMiB)} MiB — ${check.peakRssMiB <= GOAL_RSS_MIB ? "met" : "MISSED"}`);
    if (p.rows <= 1000) goals.push(`${fmt(p.rows)}-row check ≤ ${GOAL_SMALL_WALL_MS} ms wall: ${fmt(check.wall)} ms wall, ${fmt(check.cpu)} ms CPU — ${check.wall <= GOAL_SMALL_WALL_MS ? "met" : "MISSED"}`);
  }
  if (goals.length > 0) {
    out.push("");
    out.push("Goals:");
    for (const g of goals) out.push(`- ${g}`);
  }
  return out;
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  if (!fs.existsSync(TIME)) throw new Error(`${TIME} is needed to measure whole processes (Debian package \`time\`)`);
  if (!fs.existsSync(path.join(ROOT, "lib/cli/main.js"))) throw new Error("lib/ is missing: run `npm run build:cli` first");
  const sizes = opt("--sizes", "1000,10000,100000").split(",").map(Number);
  const tools = opt("--tools", DEFAULT_TOOLS.join(",")).split(",");
  for (const t of tools) if (!TOOLS.includes(t)) throw new Error(`unknown tool ${t} (known: ${TOOLS.join(", ")})`);
  const runsFor = (n) => Number(opt("--runs", n >= 10000 ? 5 : 7));
  const timeoutMs = Number(opt("--timeout", 600)) * 1000;
  const started = new Date().toISOString();
  const results = run(sizes, tools, runsFor, timeoutMs);
  const machine = { date: started, node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0] ? os.cpus()[0].model : "unknown", loadAverageEnd: os.loadavg() };
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, "e2e.json"), JSON.stringify({ machine, results }, null, 2));
  if (args.includes("--json")) process.stdout.write(JSON.stringify({ machine, results }, null, 2) + "\n");
  else process.stdout.write([`Machine: ${machine.cpus} CPU (${machine.cpu}), Node ${machine.node}, ${machine.date}`, "", ...lines(results)].join("\n") + "\n");
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`bench-e2e: ${error && error.message ? error.message : error}\n`);
    process.exit(1);
  }
}

module.exports = { measure, lines };
