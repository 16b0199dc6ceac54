#!/usr/bin/env node
"use strict";
/**
 * `npm run bench` (second part) — the Excel add-in's round trips and payloads
 * on big sheets, against the fake Excel host (test/fakes/excel), which
 * enforces Excel on the web's limits: 5 MB a request and a response
 * (refused with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded),
 * 5 000 000 cells a read.
 *
 * Payload bytes are the UTF-8 size of what Office.js would send and receive:
 * the request body in Office.js's own JSON format ({"AutoKeepReference",
 * "Actions":[{Id, ActionType, Name, ObjectPathId, ArgumentInfo}],
 * "ObjectPaths":{…}} — `ClientRequestBase.buildRequestMessageBodyAndRequestFlags`
 * in @microsoft/office-js dist/excel-web-16.00.debug.js), one action per
 * queued operation and one object path per proxy; the response as one
 * {"ActionId","Value"} result per load (see `requestBodyBytes` in
 * test/fakes/excel/context.ts).
 *
 * The tables are scripts/bench.js's (areas as rows, 30 plan lines, a district
 * row every 50 rows), with the district rows written as SUM formulas over
 * their communes, as a real allocation sheet has them.
 *
 * Phases, each on the pane's own services (src/app) over the Office.js
 * adapter (src/adapters/office):
 *   open   — detectSheets: the pane opening (first rows of each sheet)
 *   read   — readWorkbook of the allocation and plan sheets, cold
 *   check  — runCheck (listing, workbook name, read, engine), cold
 *   edit   — one cell typed by the user, then ensureFresh: the change event,
 *            the changed cell and the formulas re-read, the check run again
 *   summary — writeSummarySheet (the summary sheet in bands)
 * Budget checked: no request or response over 5 MB, and the read within
 * ⌈response bytes ÷ 4.5 MB⌉ + 2 syncs.
 *
 * Options: --sizes 10000,100000  --json
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const LIB = path.join(ROOT, "bench-output", "office-lib");
const LIMIT = 5_000_000;
const BUDGET_PER_SYNC = 4_500_000;

function build() {
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.bench-office.json")], { cwd: ROOT, stdio: "inherit" });
}

function columnLetters(col) {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The district rows (a roman numeral in column A) as SUM formulas over the communes below them. */
function withSubtotalFormulas(data) {
  const sheet = data.sheets[0];
  const formulas = [];
  const rows = sheet.values;
  const districtRows = [];
  rows.forEach((row, r) => {
    if (row && typeof row[0] === "string" && /^[IVXLCDM]+$/.test(row[0])) districtRows.push(r);
  });
  districtRows.forEach((r, i) => {
    let end = (districtRows[i + 1] ?? rows.length) - 1;
    while (end > r && !(rows[end] && rows[end].some((v) => typeof v === "number"))) end--;
    if (end <= r) return;
    const formulaRow = new Array(rows[r].length).fill(null);
    for (let c = 2; c < rows[r].length; c++) {
      if (typeof rows[r][c] !== "number") continue;
      const col = columnLetters(c);
      formulaRow[c] = `SUM(${col}${r + 2}:${col}${end + 1})`;
    }
    formulas[r] = formulaRow;
  });
  return { sheets: [{ ...sheet, formulas }, ...data.sheets.slice(1)] };
}

function snapshot(stats) {
  const history = stats.history.slice();
  return {
    syncs: stats.syncs,
    requestBytes: stats.requestBytes,
    responseBytes: stats.responseBytes,
    maxRequestBytes: Math.max(0, ...history.map((h) => h.requestBytes)),
    maxResponseBytes: Math.max(0, ...history.map((h) => h.responseBytes)),
  };
}

async function phase(excel, fn) {
  excel.stats.reset();
  const t = process.hrtime.bigint();
  const value = await fn();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { value, ms, ...snapshot(excel.stats) };
}

async function benchSize(rows) {
  const { workbookData } = require("./bench.js");
  const { fakeExcelFromWorkbook } = require(path.join(LIB, "test/fakes/excel/fromWorkbookData.js"));
  const { OfficeWorkbookHost } = require(path.join(LIB, "src/adapters/office/index.js"));
  const { detectSheets } = require(path.join(LIB, "src/app/detectSheets.js"));
  const { runCheck, ensureFresh } = require(path.join(LIB, "src/app/runCheck.js"));
  const { writeSummarySheet } = require(path.join(LIB, "src/app/summary.js"));

  const data = withSubtotalFormulas(workbookData(rows));
  const excel = fakeExcelFromWorkbook(data);
  const runtime = { run: (options, batch) => excel.run(options, batch), isSetSupported: (s, v) => excel.isSetSupported(s, v) };

  const open = await phase(excel, () => detectSheets(new OfficeWorkbookHost(runtime)));
  const selection = open.value.detected;
  const read = await phase(excel, () => new OfficeWorkbookHost(runtime).readWorkbook([selection.allocationSheet, selection.planSheet]));
  const host = new OfficeWorkbookHost(runtime);
  const check = await phase(excel, () => runCheck(host, selection));
  const fingerprint = await phase(excel, () => host.sheetFingerprint(selection.allocationSheet));
  // The user types a new value into a commune's cell.
  excel.document.userEdit(selection.allocationSheet, "C10", 1);
  await excel.document.settle();
  const edit = await phase(excel, () => ensureFresh(host, check.value));
  const summary = await phase(excel, () => writeSummarySheet(host, edit.value.outcome, "vi"));

  const cells = data.sheets[0].values.reduce((n, row) => n + (row ? row.length : 0), 0);
  const strip = (p) => {
    const rest = { ...p };
    delete rest.value;
    return rest;
  };
  const readBudget = Math.ceil(read.responseBytes / BUDGET_PER_SYNC) + 2;
  const checkBudget = Math.ceil(check.responseBytes / BUDGET_PER_SYNC) + 2;
  const all = [open, read, check, fingerprint, edit, summary];
  return {
    rows,
    cells,
    findings: check.value.report.findings.length,
    rechecked: edit.value.rechecked,
    open: strip(open),
    read: { ...strip(read), budget: readBudget, withinBudget: read.syncs <= readBudget },
    check: { ...strip(check), budget: checkBudget, withinBudget: check.syncs <= checkBudget },
    fingerprint: strip(fingerprint),
    edit: strip(edit),
    summary: strip(summary),
    under5MB: all.every((p) => p.maxRequestBytes < LIMIT && p.maxResponseBytes < LIMIT),
  };
}

function mb(bytes) {
  return (bytes / 1_000_000).toFixed(2);
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const sizes = opt("--sizes", "10000,100000").split(",").map(Number);
  build();
  const results = [];
  for (const n of sizes) {
    const r = await benchSize(n);
    results.push(r);
    process.stderr.write(`bench-office: ${n} rows — read ${r.read.syncs} syncs (budget ${r.read.budget}), ${mb(r.read.responseBytes)} MB\n`);
    if (global.gc) global.gc();
  }
  const machine = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100) };
  fs.mkdirSync(path.join(ROOT, "bench-output"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench-output", "office-results.json"), JSON.stringify({ machine, results }, null, 2));
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify({ machine, results }, null, 2) + "\n");
    return;
  }
  const lines = [];
  lines.push("");
  lines.push(`Excel add-in against the fake Excel host (${machine.date}, Node ${machine.node}); MB = 10^6 bytes, UTF-8 of Office.js's request/response JSON.`);
  lines.push("");
  lines.push("| rows × 30 | phase | syncs | request MB | response MB | largest request MB | largest response MB | fake-host time |");
  lines.push("|---:|---|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    for (const name of ["open", "read", "check", "fingerprint", "edit", "summary"]) {
      const p = r[name];
      const syncs = name === "read" || name === "check" ? `${p.syncs} (budget ${p.budget})` : String(p.syncs);
      lines.push(`| ${r.rows.toLocaleString("en-US")} | ${name} | ${syncs} | ${mb(p.requestBytes)} | ${mb(p.responseBytes)} | ${mb(p.maxRequestBytes)} | ${mb(p.maxResponseBytes)} | ${Math.round(p.ms)} ms |`);
    }
  }
  for (const r of results) {
    lines.push("");
    lines.push(
      `${r.rows.toLocaleString("en-US")} × 30: every request and response under 5 MB — ${r.under5MB ? "met" : "MISSED"}; read within ⌈${mb(r.read.responseBytes)} MB ÷ 4.5 MB⌉ + 2 = ${r.read.budget} syncs — ${r.read.withinBudget ? "met" : "MISSED"} (${r.read.syncs}); whole check (listing, read, engine) within ${r.check.budget} — ${r.check.withinBudget ? "met" : "MISSED"} (${r.check.syncs}); ${r.findings} findings; after a one-cell edit the check ran again: ${r.rechecked}.`,
    );
  }
  process.stdout.write(lines.join("\n") + "\n");
  if (!results.every((r) => r.under5MB && r.read.withinBudget && r.check.withinBudget)) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`bench-office: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
