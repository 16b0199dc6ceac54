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
 * reporting the median of several runs, peak RSS and heap, and the cost per row.
 *
 * Options: --sizes 1000,10000,100000  --runs N  --json (machine-readable output)
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

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
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
    const data = workbookData(rows);
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
      if (r === runs - 1) {
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
  for (const n of sizes) {
    const load = runChild("load", n, Math.max(3, Math.min(runsFor(n), 7)));
    const check = runChild("check", n, runsFor(n));
    results.push({ rows: n, load, check, fileMiB: fs.statSync(path.join(OUT, `alloc-${n}-v${GEN_VERSION}.xlsx`)).size / 1048576 });
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
  fs.writeFileSync(path.join(OUT, "results.json"), JSON.stringify({ machine, columns: COLUMNS, results }, null, 2));
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify({ machine, columns: COLUMNS, results }, null, 2) + "\n");
    return;
  }
  const lines = [];
  lines.push(`Machine: ${machine.cpus} CPU (${machine.cpu}), ${fmt(machine.memGiB)} GiB, Node ${machine.node}, ${machine.date}, load average ${machine.loadAverage.join(" / ")}`);
  lines.push("");
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
  const big = results.find((r) => r.rows === 100000);
  if (big) {
    lines.push("");
    lines.push(
      `Target: engine check of 100 000 × 30 in < 1 s — wall ${big.check.median < 1000 ? "met" : "MISSED"} (median ${fmt(big.check.median)} ms), CPU ${big.check.cpuMedian < 1000 ? "met" : "MISSED"} (median ${fmt(big.check.cpuMedian)} ms).`,
    );
  }
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((error) => {
  process.stderr.write(`bench: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
