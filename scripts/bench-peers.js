#!/usr/bin/env node
"use strict";
/**
 * allocheck against the floor and the readers a user would pick instead, on
 * the same .xlsx files. Each tool does one whole user task in a fresh process:
 * load the workbook, get every cell value of the allocation sheet (the first
 * sheet), sum one column. Every task reports wall and CPU time of the task
 * (process start-up and loading the tool's modules excluded), the peak RSS of
 * its process, and what it read (cells with a value, the column's sum, the
 * characters of all text cells) so that readers can be compared for
 * correctness as well as speed.
 *
 * Tools:
 *   floor            scripts/bench-floor.js (zlib inflate + one byte scan; no values)
 *   allocheck-load   readWorkbookFile (lib/adapters/xlsx/readWorkbook.js)
 *   allocheck-check  readWorkbookFile + checkWorkbook, the whole `allocheck check` work
 *   sheetjs-dense    XLSX.readFile(file, { dense: true })   (npm xlsx 0.18.5)
 *   sheetjs          XLSX.readFile(file)
 *   exceljs          new ExcelJS.Workbook().xlsx.readFile(file)
 *   exceljs-stream   ExcelJS's streaming WorkbookReader
 *   openpyxl-ro      load_workbook(read_only=True, data_only=True)  (Debian python3-openpyxl)
 *   openpyxl         load_workbook(data_only=True), default mode
 *   baseline-load, baseline-check   allocheck-load and -check from another build's
 *                    lib/ (`scripts/bench.js --baseline-lib DIR`), to compare before and after
 *
 * Used by `scripts/bench.js --peers`; alone:
 *   node scripts/bench-peers.js --task TOOL FILE SUM_COLUMN   (one task, one JSON line)
 */
const { spawnSync } = require("child_process");
const path = require("path");
const { nowMs } = require("./bench-stats");

const ROOT = path.resolve(__dirname, "..");
// Another build of allocheck (the baseline-* tools) is measured by pointing the task at its lib/.
const LIB = process.env.ALLOCHECK_BENCH_LIB || path.join(ROOT, "lib");
const PYTHON = "/usr/bin/python3"; // Debian's python3-openpyxl; the python3 on PATH may lack it

const TOOLS = ["floor", "allocheck-load", "allocheck-check", "sheetjs-dense", "sheetjs", "exceljs", "exceljs-stream", "openpyxl-ro", "openpyxl"];

/** Counts a value into the task's tally. */
function tally(t, c, v, sumCol) {
  if (v === null || v === undefined || v === "") return;
  t.cells++;
  if (typeof v === "string") t.textChars += v.length;
  else if (c === sumCol && typeof v === "number") t.sum += v;
}

/** ExcelJS cell values: rich text, formulas and hyperlinks are objects. */
function excelJsValue(v) {
  if (v === null || typeof v !== "object" || v instanceof Date) return v;
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
  if ("result" in v) return v.result;
  if ("text" in v) return v.text;
  if ("error" in v) return v.error;
  return v;
}

/** The task of one tool, in this process; resolves to what it read. */
async function task(tool, file, sumCol) {
  const t = { cells: 0, sum: 0, textChars: 0 };
  if (tool === "allocheck-load" || tool === "allocheck-check") {
    const { readWorkbookFile } = require(path.join(LIB, "adapters/xlsx/readWorkbook.js"));
    const { checkWorkbook } = require(path.join(LIB, "core/check.js"));
    return async () => {
      const data = await readWorkbookFile(file);
      for (const row of data.sheets[0].values) if (row) row.forEach((v, c) => tally(t, c, v, sumCol));
      if (tool === "allocheck-check") {
        const result = checkWorkbook(data, { workbookName: path.basename(file) });
        t.findings = result.report.findings.length;
      }
      return t;
    };
  }
  if (tool === "sheetjs" || tool === "sheetjs-dense") {
    const XLSX = require("xlsx");
    const dense = tool === "sheetjs-dense";
    return async () => {
      const wb = XLSX.readFile(file, dense ? { dense: true } : {});
      const ws = wb.Sheets[wb.SheetNames[0]];
      const range = XLSX.utils.decode_range(ws["!ref"]);
      for (let r = range.s.r; r <= range.e.r; r++) {
        const row = dense ? ws[r] : null;
        if (dense && !row) continue;
        for (let c = range.s.c; c <= range.e.c; c++) {
          const cell = dense ? row[c] : ws[XLSX.utils.encode_cell({ r, c })];
          if (cell) tally(t, c, cell.v, sumCol);
        }
      }
      return t;
    };
  }
  if (tool === "exceljs") {
    const ExcelJS = require("exceljs");
    return async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.worksheets[0];
      ws.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          // A merged cell other than the top-left one repeats its master's value.
          if (cell.isMerged && cell.master !== cell) return;
          tally(t, colNumber - 1, excelJsValue(cell.value), sumCol);
        });
      });
      return t;
    };
  }
  if (tool === "exceljs-stream") {
    const ExcelJS = require("exceljs");
    return async () => {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", worksheets: "emit", hyperlinks: "ignore", styles: "ignore" });
      let first = true;
      for await (const ws of reader) {
        for await (const row of ws) {
          if (!first) continue; // the allocation sheet only; the others are still read through
          row.eachCell({ includeEmpty: false }, (cell, colNumber) => tally(t, colNumber - 1, excelJsValue(cell.value), sumCol));
        }
        first = false;
      }
      return t;
    };
  }
  throw new Error(`unknown tool ${tool}`);
}

async function runTask(tool, file, sumCol) {
  const run = await task(tool, file, sumCol);
  const t0 = nowMs();
  const c0 = process.cpuUsage();
  const t = await run();
  const wall = nowMs() - t0;
  const dc = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ wall, cpu: (dc.user + dc.system) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024, ...t }) + "\n");
}

/**
 * Runs one tool on one file in a fresh process; the JSON it printed, or
 * `{ failed }` (timeout, out of memory, crash).
 */
function measure(tool, file, sumCol, timeoutMs, baselineLib) {
  let cmd;
  let args;
  let env = process.env;
  if (tool.startsWith("baseline-")) {
    if (!baselineLib) return { failed: "no --baseline-lib given" };
    env = { ...process.env, ALLOCHECK_BENCH_LIB: baselineLib };
    tool = tool.replace("baseline-", "allocheck-");
  }
  if (tool === "floor") [cmd, args] = [process.execPath, [path.join(__dirname, "bench-floor.js"), file, "--json"]];
  else if (tool === "openpyxl" || tool === "openpyxl-ro") {
    [cmd, args] = [PYTHON, [path.join(__dirname, "bench-openpyxl.py"), file, tool === "openpyxl" ? "default" : "read_only", String(sumCol)]];
  } else [cmd, args] = [process.execPath, [__filename, "--task", tool, file, String(sumCol)]];
  const res = spawnSync(cmd, args, { cwd: ROOT, env, encoding: "utf8", timeout: timeoutMs, maxBuffer: 1 << 24 });
  if (res.error && res.error.code === "ETIMEDOUT") return { failed: `timed out after ${Math.round(timeoutMs / 1000)} s` };
  if (res.error) return { failed: res.error.message };
  if (res.status !== 0) return { failed: (res.stderr || `exit ${res.status} ${res.signal || ""}`).trim().split("\n").slice(-3).join(" ") };
  return JSON.parse(res.stdout.trim().split("\n").pop());
}

module.exports = { TOOLS, measure };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === "--task") {
    runTask(args[1], args[2], Number(args[3])).catch((error) => {
      process.stderr.write(`bench-peers: ${error && error.stack ? error.stack : error}\n`);
      process.exit(1);
    });
  } else {
    process.stderr.write("usage: node scripts/bench-peers.js --task TOOL FILE SUM_COLUMN (or run `node scripts/bench.js --peers`)\n");
    process.exit(2);
  }
}
