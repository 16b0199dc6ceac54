#!/usr/bin/env node
"use strict";
/**
 * `npm run bench` — how fast allocheck loads and checks big allocation tables.
 *
 * Generates allocation tables of 1 000, 10 000 and 100 000 rows × 30 value
 * columns (areas as rows: a title, a header row, a `Tổng cộng` row, a district
 * group row with typed subtotals every 50 rows, communes as leaves; a plan
 * sheet `Kế hoạch` with the 30 lines), both as WorkbookData in memory and as
 * .xlsx files (written once to bench-output/ with ExcelJS's streaming writer).
 * Measures separately, each in a fresh Node process:
 *   (a) load  — allocheck's .xlsx reader (readWorkbookFile → WorkbookData)
 *   (b) check — the engine (checkWorkbook) on WorkbookData already in memory,
 *       and within it the inference (detectTable: layout detection) timed alone
 *   (c) progress — the engine on the same workbook with four per-period results
 *       sheets (`Thực hiện 2022` … `Thực hiện 6 tháng cuối năm 2024`, each
 *       the size of the allocation table) and a plan over 2022–2025 (CONTRACT §7)
 * reporting the median of several runs, peak RSS and heap, and the cost per row.
 *
 * Then, on the same files, interleaved per size, allocheck against the
 * physical floor (scripts/bench-floor.js) and the readers a user would pick
 * instead — openpyxl, SheetJS, ExcelJS (scripts/bench-peers.js): one whole
 * task per fresh process, wall and CPU time, peak RSS, and the ratios
 * allocheck ÷ floor and allocheck ÷ each peer.
 *
 * Options: --sizes 1000,10000,100000  --runs N  --json (machine-readable output)
 *          --no-peers (only allocheck's own load and check table)
 *          --only-peers (only the floor and peers comparison)
 *          --peer-runs N (runs of each tool per size; default 5 / 3 / 3)
 *          --peer-tools floor,allocheck-load,… (default all)
 *          --peer-timeout S (seconds per task; default 600, a task past it is reported as such)
 *          --baseline-lib DIR (also measure another build of allocheck, e.g. the previous
 *          commit compiled to DIR, as baseline-load and baseline-check)
 *          --no-progress (skip the progress case)
 *          --generate-only (write the .xlsx files and stop)
 *          --profile (CPU-profile one engine check of the largest size with
 *          `node --cpu-prof`, print the hottest functions, keep the
 *          .cpuprofile in bench-output/prof/ for Chrome DevTools)
 * Compiles the TypeScript to lib/ first (`tsc -p tsconfig.cli.json`) when lib/ is
 * missing or older than the sources.
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { median, nowMs } = require("./bench-stats");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "bench-output");
const LIB = path.join(ROOT, "lib");
const COLUMNS = 30;
const GROUP_SIZE = 50; // one district row per 49 communes
// Bump when the generated table changes, so bench-output/ files are rewritten.
const GEN_VERSION = 1;

// 30 distinct plan lines: 20 counts, 10 budget lines (plan in tỷ đồng, sheet in triệu đồng).
const LINES = [
  ["Tổ truyền thông cộng đồng", "tổ"],
  ["Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB"],
  ["Địa chỉ tin cậy tại cộng đồng", "địa chỉ"],
  ["Người được tập huấn kỹ năng", "người"],
  ["Cuộc đối thoại chính sách", "cuộc"],
  ["Lớp bồi dưỡng cán bộ hội", "lớp"],
  ["Mô hình sinh kế cho phụ nữ", "mô hình"],
  ["Hộ nghèo được hỗ trợ vay vốn", "hộ"],
  ["Trẻ em gái được tư vấn hướng nghiệp", "người"],
  ["Buổi sinh hoạt chuyên đề bình đẳng giới", "buổi"],
  ["Tài liệu truyền thông được phát hành", "bộ"],
  ["Nhóm tiết kiệm thôn bản", "nhóm"],
  ["Hợp tác xã do phụ nữ làm chủ", "HTX"],
  ["Cán bộ được đào tạo lồng ghép giới", "người"],
  ["Phiên tòa giả định về bạo lực gia đình", "phiên"],
  ["Đợt giám sát tại cơ sở", "đợt"],
  ["Điểm tư vấn pháp lý lưu động", "điểm"],
  ["Nhà tạm lánh cho nạn nhân", "nhà"],
  ["Chiến dịch chống tảo hôn", "chiến dịch"],
  ["Gia đình văn hóa tiêu biểu", "gia đình"],
  ["Kinh phí truyền thông thay đổi định kiến giới", "tỷ đồng"],
  ["Kinh phí xây dựng mô hình", "tỷ đồng"],
  ["Kinh phí tập huấn nâng cao năng lực", "tỷ đồng"],
  ["Kinh phí hỗ trợ sinh kế", "tỷ đồng"],
  ["Kinh phí giám sát đánh giá", "tỷ đồng"],
  ["Kinh phí in ấn tài liệu", "tỷ đồng"],
  ["Kinh phí hội nghị sơ kết", "tỷ đồng"],
  ["Kinh phí khen thưởng", "tỷ đồng"],
  ["Kinh phí thuê chuyên gia", "tỷ đồng"],
  ["Kinh phí quản lý dự án", "tỷ đồng"],
];
if (LINES.length !== COLUMNS) throw new Error("30 lines expected");

function isMoney(j) {
  return LINES[j][1] === "tỷ đồng";
}

function header(j) {
  return isMoney(j) ? `${LINES[j][0]}\n(triệu đồng)` : `${LINES[j][0]}\n(${LINES[j][1]})`;
}

/** Leaf value of commune `i` on line `j` (deterministic; triệu đồng for money). */
function leafValue(i, j) {
  return isMoney(j) ? 10 + ((i * 7 + j * 13) % 90) : (i + j) % 5;
}

/**
 * The allocation table as rows of cell values. Row layout (0-based):
 * 0 title, 1 header, 2 Tổng cộng, then for each group a district row and its communes.
 * `rows` counts the table rows below the header (total + groups + leaves).
 */
function generateRows(rows) {
  const values = [];
  values.push([`BIỂU PHÂN BỔ CHỈ TIÊU (${rows} dòng)`]);
  values.push(["STT", "Đơn vị", ...LINES.map((_, j) => header(j))]);
  const total = new Array(COLUMNS).fill(0);
  values.push(null); // the total row, filled at the end
  const groupRoman = (g) => toRoman(g + 1);
  let remaining = rows - 1;
  let g = 0;
  let leafIndex = 0;
  while (remaining > 0) {
    const size = Math.min(GROUP_SIZE, remaining);
    const groupRowIndex = values.length;
    values.push(null);
    const sums = new Array(COLUMNS).fill(0);
    for (let k = 1; k < size; k++) {
      const row = [leafIndex + 1, `Xã Tân Lập ${g + 1}-${k}`];
      for (let j = 0; j < COLUMNS; j++) {
        const v = leafValue(leafIndex, j);
        row.push(v);
        sums[j] += v;
      }
      values.push(row);
      leafIndex++;
    }
    values[groupRowIndex] = [groupRoman(g), `Huyện Hòa Bình ${g + 1}`, ...sums];
    for (let j = 0; j < COLUMNS; j++) total[j] += sums[j];
    remaining -= size;
    g++;
  }
  values[2] = [null, "Tổng cộng", ...total];
  return { values, total, leaves: leafIndex, groups: g };
}

function toRoman(n) {
  const table = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Plan rows: targets a little above the allocated totals (30 `ceiling` under-warnings). */
function planRows(total) {
  const rows = [["Mã số", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"]];
  LINES.forEach(([name, unit], j) => {
    // Money: the sheet is in triệu, the plan in tỷ; round the target up to a whole tỷ.
    const target = isMoney(j) ? Math.ceil(total[j] / 1000) + 1 : total[j] + 10;
    rows.push([String(j + 1), name, unit, target]);
  });
  return rows;
}

function workbookData(rows) {
  const { values, total } = generateRows(rows);
  return {
    sheets: [
      { name: "Phân bổ", values, merges: [{ top: 0, left: 0, bottom: 0, right: COLUMNS + 1 }] },
      { name: "Kế hoạch", values: planRows(total), merges: [] },
    ],
  };
}

/** The results periods of the progress case: a commune's allocation split over four periods (floors, the rest last). */
const RESULT_SHEETS = ["Thực hiện 2022", "Thực hiện 2023", "Thực hiện 6 tháng đầu năm 2024", "Thực hiện 6 tháng cuối năm 2024"];
const RESULT_SHARES = [0.2, 0.3, 0.2];

function resultValue(v, p, money) {
  const part = (k) => (money ? Math.floor(v * RESULT_SHARES[k] * 100) / 100 : Math.floor(v * RESULT_SHARES[k]));
  if (p < RESULT_SHARES.length) return part(p);
  const rest = v - part(0) - part(1) - part(2);
  return money ? Math.round(rest * 100) / 100 : rest;
}

/** The workbook with the plan's period and four results sheets shaped like the allocation table. */
function progressWorkbookData(rows) {
  const base = workbookData(rows);
  const [allocation, plan] = base.sheets;
  const sheets = RESULT_SHEETS.map((name, p) => {
    const values = allocation.values.map((row, r) => {
      if (r < 2 || row === null) return row;
      return row.map((v, c) => (c < 2 || typeof v !== "number" ? v : resultValue(v, p, isMoney(c - 2))));
    });
    // Group and total rows: the sums of their communes in this period.
    let group = null;
    const groupSums = [];
    for (let r = 3; r < values.length; r++) {
      const row = values[r];
      if (typeof row[0] === "string") {
        group = { r, sums: new Array(COLUMNS).fill(0) };
        groupSums.push(group);
        continue;
      }
      for (let j = 0; j < COLUMNS; j++) group.sums[j] += row[j + 2];
    }
    const total = new Array(COLUMNS).fill(0);
    for (const g of groupSums) {
      const fixed = g.sums.map((x) => Math.round(x * 100) / 100);
      values[g.r] = [values[g.r][0], values[g.r][1], ...fixed];
      fixed.forEach((x, j) => (total[j] += x));
    }
    values[2] = [null, "Tổng cộng", ...total.map((x) => Math.round(x * 100) / 100)];
    values[0] = [`KẾT QUẢ THỰC HIỆN ${name.slice("Thực hiện ".length).toUpperCase()}`];
    return { name, values, merges: allocation.merges };
  });
  const planWithPeriod = { ...plan, values: [["KẾ HOẠCH GIAI ĐOẠN 2022 - 2025"], [], ...plan.values] };
  return { sheets: [allocation, planWithPeriod, ...sheets] };
}

async function writeXlsx(rows, file) {
  const ExcelJS = require("exceljs");
  const { values, total } = generateRows(rows);
  const tmp = `${file}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: false });
  const sheet = wb.addWorksheet("Phân bổ");
  sheet.mergeCells(1, 1, 1, COLUMNS + 2);
  for (const row of values) sheet.addRow(row).commit();
  sheet.commit();
  const plan = wb.addWorksheet("Kế hoạch");
  for (const row of planRows(total)) plan.addRow(row).commit();
  plan.commit();
  await wb.commit();
  fs.renameSync(tmp, file);
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const main = path.join(LIB, "core/check.js");
  const newest = Math.max(newestMtime(path.join(ROOT, "src/core")), newestMtime(path.join(ROOT, "src/adapters/xlsx")));
  if (fs.existsSync(main) && fs.statSync(main).mtimeMs >= newest) return;
  process.stderr.write("bench: compiling TypeScript to lib/ (tsc -p tsconfig.cli.json)…\n");
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}

/** Runs in a fresh process: one phase, several runs; prints a JSON line. */
async function child(phase, rows, runs) {
  const { checkWorkbook } = require(path.join(LIB, "core/check.js"));
  const { detectTable } = require(path.join(LIB, "core/layout/detectTable.js"));
  const { readWorkbookFile } = require(path.join(LIB, "adapters/xlsx/readWorkbook.js"));
  const file = path.join(OUT, `alloc-${rows}-v${GEN_VERSION}.xlsx`);
  const times = [];
  const cpu = [];
  let rssBefore;
  let heapAfter = 0;
  let findings = null;
  // The inference alone (layout detection: the table, its orientation, the reading of the areas
  // and the line matching), timed on the same sheet and plan after the checks.
  const inferTimes = [];
  const inferCpu = [];
  if (phase === "load") {
    rssBefore = process.resourceUsage().maxRSS;
    for (let r = 0; r < runs; r++) {
      const t = nowMs();
      const c = process.cpuUsage();
      const data = await readWorkbookFile(file);
      times.push(nowMs() - t);
      const dc = process.cpuUsage(c);
      cpu.push((dc.user + dc.system) / 1000);
      heapAfter = Math.max(heapAfter, process.memoryUsage().heapUsed);
      if (data.sheets[0].values.length < rows) throw new Error("reader lost rows");
    }
  } else {
    const data = phase === "progress" ? progressWorkbookData(rows) : workbookData(rows);
    if (global.gc) global.gc();
    rssBefore = process.resourceUsage().maxRSS;
    const heapBefore = process.memoryUsage().heapUsed;
    for (let r = 0; r < runs; r++) {
      const t = nowMs();
      const c = process.cpuUsage();
      const result = checkWorkbook(data, { workbookName: `alloc-${rows}` });
      times.push(nowMs() - t);
      const dc = process.cpuUsage(c);
      cpu.push((dc.user + dc.system) / 1000);
      heapAfter = Math.max(heapAfter, process.memoryUsage().heapUsed - heapBefore);
      findings = result.report.findings.length;
      if (result.report.indicators.length !== COLUMNS) throw new Error(`expected ${COLUMNS} indicators, got ${result.report.indicators.length}`);
      if (result.report.indicators.some((i) => i.status === "unmapped")) throw new Error("a line was not matched");
      if (phase === "progress") {
        if (result.report.progress?.periods.length !== RESULT_SHEETS.length) throw new Error("progress: periods missing");
        if (result.report.indicators.some((i) => i.progress === undefined)) throw new Error("progress: a line has no results");
      }
      if (r === runs - 1 && phase === "check") {
        for (let k = 0; k < runs; k++) {
          const ti = nowMs();
          const ci = process.cpuUsage();
          detectTable(result.allocationSheet, result.plan);
          inferTimes.push(nowMs() - ti);
          const dci = process.cpuUsage(ci);
          inferCpu.push((dci.user + dci.system) / 1000);
        }
      }
    }
  }
  const maxRss = process.resourceUsage().maxRSS; // KiB
  process.stdout.write(
    JSON.stringify({ phase, rows, times, median: median(times), min: Math.min(...times), cpu, cpuMedian: median(cpu), rssBeforeMiB: rssBefore / 1024, peakRssMiB: maxRss / 1024, heapMiB: heapAfter / 1048576, findings, inferMedian: inferTimes.length > 0 ? median(inferTimes) : null, inferCpuMedian: inferCpu.length > 0 ? median(inferCpu) : null }) + "\n",
  );
}

function runChild(phase, rows, runs) {
  const res = spawnSync(process.execPath, ["--expose-gc", __filename, "--child", phase, String(rows), String(runs)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (res.status !== 0) throw new Error(`bench child ${phase} ${rows} failed:\n${res.stderr}`);
  return JSON.parse(res.stdout.trim().split("\n").pop());
}

/** Self and inclusive time per function of a .cpuprofile, engine (lib/) functions only for inclusive. */
function summarizeProfile(file, top = 15) {
  const profile = JSON.parse(fs.readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const keyOf = (n) => {
    const cf = n.callFrame;
    const url = cf.url.replace(/^file:\/\//, "").replace(ROOT + "/", "");
    return `${url || "(native)"}:${cf.lineNumber + 1} ${cf.functionName || "(anonymous)"}`;
  };
  const self = new Map();
  const perNode = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] || 0;
    total += dt;
    const key = keyOf(byId.get(id));
    self.set(key, (self.get(key) || 0) + dt);
    perNode.set(id, (perNode.get(id) || 0) + dt);
  });
  const inclusive = new Map();
  for (const [id, dt] of perNode) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = keyOf(byId.get(cur));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) || 0) + dt);
    }
  }
  const rows = (map, filter) =>
    [...map]
      .filter(([k]) => filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${fmt(v / 1000, 0).padStart(7)} ms  ${fmt((100 * v) / total, 1).padStart(5)} %  ${k}`);
  return [
    `profile: ${path.relative(ROOT, file)} (${fmt(total / 1000, 0)} ms sampled)`,
    "self time:",
    ...rows(self, () => true),
    "inclusive time (engine functions):",
    ...rows(inclusive, (k) => k.startsWith("lib/")),
  ].join("\n");
}

function fmt(n, digits = 1) {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1], Number(args[2]), Number(args[3]));
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const sizes = opt("--sizes", "1000,10000,100000").split(",").map(Number);
  const runsFor = (n) => Number(opt("--runs", n >= 100000 ? 5 : n >= 10000 ? 7 : 11));
  if (!args.includes("--generate-only")) ensureBuilt();
  fs.mkdirSync(OUT, { recursive: true });
  for (const n of sizes) {
    const file = path.join(OUT, `alloc-${n}-v${GEN_VERSION}.xlsx`);
    if (!fs.existsSync(file)) {
      const t = nowMs();
      await writeXlsx(n, file);
      process.stderr.write(`bench: wrote ${path.relative(ROOT, file)} (${fmt(fs.statSync(file).size / 1048576)} MiB) in ${fmt((nowMs() - t) / 1000)} s\n`);
    }
  }
  if (args.includes("--generate-only")) return;
  if (args.includes("--profile")) {
    const n = Math.max(...sizes);
    const dirOut = path.join(OUT, "prof");
    fs.rmSync(dirOut, { recursive: true, force: true });
    const res = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dirOut}`, __filename, "--child", "check", String(n), "1"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (res.status !== 0) throw new Error(res.stderr);
    const file = fs.readdirSync(dirOut).find((f) => f.endsWith(".cpuprofile"));
    process.stdout.write(summarizeProfile(path.join(dirOut, file)) + "\n");
    return;
  }
  const results = [];
  const ownTable = !args.includes("--only-peers");
  for (const n of ownTable ? sizes : []) {
    const load = runChild("load", n, Math.max(3, Math.min(runsFor(n), 7)));
    const check = runChild("check", n, runsFor(n));
    const progress = args.includes("--no-progress") ? null : runChild("progress", n, Math.max(3, Math.min(runsFor(n), 7)));
    results.push({ rows: n, load, check, progress, fileMiB: fs.statSync(path.join(OUT, `alloc-${n}-v${GEN_VERSION}.xlsx`)).size / 1048576 });
    process.stderr.write(
      `bench: ${n} rows — load ${fmt(load.median)} ms (CPU ${fmt(load.cpuMedian)}), check ${fmt(check.median)} ms (CPU ${fmt(check.cpuMedian)}), of which inference ${fmt(check.inferMedian)} ms (CPU ${fmt(check.inferCpuMedian)})\n`,
    );
  }
  const machine = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0] ? os.cpus()[0].model : "unknown",
    memGiB: os.totalmem() / 1073741824,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
  const peers = args.includes("--no-peers") ? null : runPeers(sizes, opt);
  machine.loadAverageAfter = os.loadavg().map((x) => Math.round(x * 100) / 100);
  fs.writeFileSync(path.join(OUT, "results.json"), JSON.stringify({ machine, columns: COLUMNS, results, peers }, null, 2));
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify({ machine, columns: COLUMNS, results, peers }, null, 2) + "\n");
    return;
  }
  const lines = [];
  lines.push(`Machine: ${machine.cpus} CPU (${machine.cpu}), ${fmt(machine.memGiB)} GiB, Node ${machine.node}, ${machine.date}, load average ${machine.loadAverage.join(" / ")} at start, ${machine.loadAverageAfter.join(" / ")} at end`);
  lines.push("");
  if (ownTable) lines.push(...ownTableLines(results));
  if (peers) lines.push(...peerLines(peers));
  process.stdout.write(lines.join("\n") + "\n");
}

function ownTableLines(results) {
  const lines = [];
  lines.push("Wall = elapsed time (median of the runs); CPU = user + system time of the process (includes V8's GC threads), less sensitive to other load on the machine.");
  lines.push("");
  lines.push("Inference = layout detection alone (table, orientation, reading of the areas, line matching), part of the check.");
  lines.push("");
  lines.push("| rows × 30 cols | .xlsx size | load wall | load CPU | check wall | check CPU | inference wall | inference CPU | check CPU µs/row | marginal µs/row | load peak RSS | check peak RSS | check heap Δ | findings |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  results.forEach((r, i) => {
    const perRow = (r.check.cpuMedian * 1000) / r.rows;
    const prev = results[i - 1];
    const marginal = prev ? ((r.check.cpuMedian - prev.check.cpuMedian) * 1000) / (r.rows - prev.rows) : null;
    lines.push(
      `| ${r.rows.toLocaleString("en-US")} | ${fmt(r.fileMiB)} MiB | ${fmt(r.load.median)} ms | ${fmt(r.load.cpuMedian)} ms | ${fmt(r.check.median)} ms | ${fmt(r.check.cpuMedian)} ms | ${fmt(r.check.inferMedian)} ms | ${fmt(r.check.inferCpuMedian)} ms | ${fmt(perRow, 2)} | ${marginal === null ? "–" : fmt(marginal, 2)} | ${fmt(r.load.peakRssMiB, 0)} MiB | ${fmt(r.check.peakRssMiB, 0)} MiB | ${fmt(r.check.heapMiB, 0)} MiB | ${r.check.findings} |`,
    );
  });
  if (results.some((r) => r.progress)) {
    lines.push("");
    lines.push("Progress (CONTRACT §7): the same table plus four per-period results sheets of the same size (4 × rows × 30 more cells), plan period 2022–2025.");
    lines.push("");
    lines.push("| area rows × 30 lines × 4 periods | check wall | check CPU | peak RSS | findings |");
    lines.push("|---:|---:|---:|---:|---:|");
    for (const r of results.filter((x) => x.progress)) {
      lines.push(`| ${r.rows.toLocaleString("en-US")} | ${fmt(r.progress.median)} ms | ${fmt(r.progress.cpuMedian)} ms | ${fmt(r.progress.peakRssMiB, 0)} MiB | ${r.progress.findings} |`);
    }
    const bigProgress = results.find((r) => r.rows === 100000 && r.progress);
    if (bigProgress) {
      lines.push("");
      lines.push(`Target: progress check of 100 000 × 30 × 4 in ≤ 2 s — wall ${bigProgress.progress.median <= 2000 ? "met" : "MISSED"} (median ${fmt(bigProgress.progress.median)} ms), CPU ${bigProgress.progress.cpuMedian <= 2000 ? "met" : "MISSED"} (median ${fmt(bigProgress.progress.cpuMedian)} ms).`);
    }
  }
  const big = results.find((r) => r.rows === 100000);
  if (big) {
    lines.push("");
    lines.push(
      `Target: engine check of 100 000 × 30 in < 1 s — wall ${big.check.median < 1000 ? "met" : "MISSED"} (median ${fmt(big.check.median)} ms), CPU ${big.check.cpuMedian < 1000 ? "met" : "MISSED"} (median ${fmt(big.check.cpuMedian)} ms).`,
    );
  }
  lines.push("");
  return lines;
}

// The column each peer task sums: the first money line (0-based; A is 0).
const SUM_COLUMN = 2 + LINES.findIndex((_, j) => isMoney(j));
// A task this slow (CPU ms) on its first run is run once per size.
const SLOW_MS = 20000;

/**
 * The floor and the peers on the same files, interleaved: for each size, run
 * after run, every tool once in a fresh process.
 */
function runPeers(sizes, opt) {
  const { TOOLS, measure } = require("./bench-peers.js");
  const baselineLib = opt("--baseline-lib", undefined);
  const known = baselineLib ? [...TOOLS.slice(0, 3), "baseline-load", "baseline-check", ...TOOLS.slice(3)] : TOOLS;
  const tools = opt("--peer-tools", known.join(",")).split(",");
  for (const t of tools) if (!known.includes(t)) throw new Error(`unknown peer tool ${t} (known: ${known.join(", ")})`);
  const timeoutMs = Number(opt("--peer-timeout", 600)) * 1000;
  const out = [];
  for (const n of sizes) {
    const file = path.join(OUT, `alloc-${n}-v${GEN_VERSION}.xlsx`);
    const runs = Number(opt("--peer-runs", n >= 10000 ? 3 : 5));
    const byTool = new Map(tools.map((t) => [t, []]));
    for (let r = 0; r < runs; r++) {
      for (const tool of tools) {
        const done = byTool.get(tool);
        if (r > 0 && (done.some((x) => x.failed) || done.some((x) => x.cpu > SLOW_MS))) continue;
        const m = measure(tool, file, SUM_COLUMN, timeoutMs, baselineLib && path.resolve(baselineLib));
        done.push(m);
        process.stderr.write(`bench: ${n} rows, run ${r + 1}/${runs}, ${tool}: ${m.failed ? m.failed : `wall ${fmt(m.wall, 0)} ms, CPU ${fmt(m.cpu, 0)} ms, RSS ${fmt(m.peakRssMiB, 0)} MiB`}\n`);
      }
    }
    const summary = {};
    for (const [tool, ms] of byTool) {
      const ok = ms.filter((m) => !m.failed);
      if (ok.length === 0) {
        summary[tool] = { failed: ms[0].failed };
        continue;
      }
      const last = ok[ok.length - 1];
      summary[tool] = {
        runs: ok.length,
        wall: median(ok.map((m) => m.wall)),
        cpu: median(ok.map((m) => m.cpu)),
        peakRssMiB: median(ok.map((m) => m.peakRssMiB)),
        cells: last.cells,
        sum: last.sum,
        textChars: last.textChars,
      };
    }
    out.push({ rows: n, fileMiB: fs.statSync(file).size / 1048576, sumColumn: SUM_COLUMN, tools: summary });
  }
  return out;
}

const TOOL_NAMES = {
  floor: "floor (zlib inflate + byte scan)",
  "allocheck-load": "**allocheck load**",
  "allocheck-check": "**allocheck load + check**",
  "baseline-load": "allocheck load, baseline build",
  "baseline-check": "allocheck load + check, baseline build",
  "sheetjs-dense": "SheetJS `readFile` dense",
  sheetjs: "SheetJS `readFile`",
  exceljs: "ExcelJS `readFile`",
  "exceljs-stream": "ExcelJS streaming reader ¹",
  "openpyxl-ro": "openpyxl read_only",
  openpyxl: "openpyxl default",
};

function peerLines(peers) {
  const lines = [];
  lines.push("Against the floor and the peers: one task per fresh process (load, every value of the allocation sheet, sum one column); medians of the runs.");
  lines.push("Ratios are allocheck's CPU time ÷ the tool's CPU time (wall-time ratio in brackets): below 1 allocheck is faster.");
  for (const p of peers) {
    const t = p.tools;
    const load = t["allocheck-load"];
    const check = t["allocheck-check"];
    // The values every full reader should agree on.
    const votes = new Map();
    for (const [tool, m] of Object.entries(t)) {
      if (m.failed || tool === "floor") continue;
      const key = `${m.cells}/${m.sum}/${m.textChars}`;
      votes.set(key, (votes.get(key) || 0) + 1);
    }
    const agreed = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    const ratio = (a, m) => (a && !a.failed && m && !m.failed ? `${fmt(a.cpu / m.cpu, 2)}× (${fmt(a.wall / m.wall, 2)}×)` : "–");
    lines.push("");
    lines.push(`${p.rows.toLocaleString("en-US")} rows × 30 (${fmt(p.fileMiB)} MiB):`);
    lines.push("");
    lines.push("| tool | runs | wall | CPU | peak RSS | values read | allocheck load ÷ tool | allocheck load + check ÷ tool |");
    lines.push("|---|---:|---:|---:|---:|---|---:|---:|");
    for (const [tool, m] of Object.entries(t)) {
      const name = TOOL_NAMES[tool] || tool;
      if (m.failed) {
        lines.push(`| ${name} | – | ${m.failed} | | | | | |`);
        continue;
      }
      const values = tool === "floor" ? `${m.cells.toLocaleString("en-US")} \`<c \` markers` : `${m.cells.toLocaleString("en-US")} cells, ${`${m.cells}/${m.sum}/${m.textChars}` === agreed ? "same as the others" : `**differ** (sum ${m.sum}, ${m.textChars} text chars)`}`;
      const own = tool === "allocheck-load" || tool === "allocheck-check";
      lines.push(
        `| ${name} | ${m.runs} | ${fmt(m.wall, 0)} ms | ${fmt(m.cpu, 0)} ms | ${fmt(m.peakRssMiB, 0)} MiB | ${values} | ${own ? "" : ratio(load, m)} | ${own ? "" : ratio(check, m)} |`,
      );
    }
    const toFloor = (name, a) => (a && !a.failed && t.floor && !t.floor.failed ? [`${name} ${ratio(a, t.floor)}`] : []);
    const summary = [
      ...toFloor("allocheck load", load),
      ...toFloor("allocheck load + check", check),
      ...toFloor("baseline build's load", t["baseline-load"]),
      ...toFloor("baseline build's load + check", t["baseline-check"]),
    ];
    if (summary.length > 0) {
      lines.push("");
      lines.push(`Against the floor (CPU, wall in brackets): ${summary.join("; ")}.`);
    }
  }
  if (peers.some((p) => p.tools["exceljs-stream"])) {
    lines.push("");
    lines.push("¹ ExcelJS's streaming reader is known to garble multi-byte UTF-8 characters split across read chunks on big files; the values column shows whether it did here.");
  }
  lines.push("");
  return lines;
}

module.exports = { workbookData, COLUMNS, generateRows, writeXlsx };

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`bench: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  });
}
