#!/usr/bin/env node
"use strict";
/**
 * The physical floor of `allocheck summary`: the least work any tool that
 * writes a highlighted copy of an .xlsx must do.
 *
 * Reads the file, inflates every XML part with Node's zlib straight from the
 * zip's local entries and scans every inflated byte once (as
 * scripts/bench-floor.js does for reading), then deflates the parts a summary
 * must write again — the worksheets (their highlighted cells change), the
 * styles, the workbook part, its relationships and the content types — with
 * zlib at the level allocheck uses (1 above 4 MB, else 6), copies the other
 * entries' stored bytes, and writes the archive to a temporary file. Nothing
 * is parsed, no summary is computed.
 *
 *   node scripts/bench-floor-summary.js FILE.xlsx [--runs N] [--json]
 *
 * With --json prints one JSON line:
 * { tool, wall, cpu (ms, medians), inflateMs, scanMs, deflateMs, bytes, written, peakRssMiB }.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { zipEntries, inflateEntry, scan } = require("./bench-floor.js");
const { median, nowMs } = require("./bench-stats");

/** The parts a summary rewrites: worksheets, styles, the workbook part and its relationships, the content types. */
function rewritten(name) {
  return /^xl\/worksheets\/[^/]+\.xml$/.test(name) || name === "xl/styles.xml" || name === "xl/workbook.xml" || name === "xl/_rels/workbook.xml.rels" || name === "[Content_Types].xml";
}

/** One floor run: read, inflate and scan the XML parts, deflate the rewritten ones, write the archive. */
function floorRun(file, out) {
  const t0 = nowMs();
  const c0 = process.cpuUsage();
  const buf = fs.readFileSync(file);
  const entries = zipEntries(buf);
  const parts = new Map();
  for (const [name, entry] of entries) if (/\.(xml|rels)$/.test(name)) parts.set(name, inflateEntry(buf, entry));
  const t1 = nowMs();
  let bytes = 0;
  let cells = 0;
  for (const data of parts.values()) {
    cells += scan(data).cells;
    bytes += data.length;
  }
  const t2 = nowMs();
  const pieces = [];
  for (const [name, entry] of entries) {
    if (rewritten(name) && parts.has(name)) {
      const data = parts.get(name);
      pieces.push(zlib.deflateRawSync(data, { level: data.length > 4_000_000 ? 1 : 6 }));
    } else {
      const at = entry.offset;
      const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
      pieces.push(buf.subarray(at, start + entry.compressedSize));
    }
  }
  const t3 = nowMs();
  const written = Buffer.concat(pieces);
  fs.writeFileSync(out, written);
  const t4 = nowMs();
  const dc = process.cpuUsage(c0);
  return { wall: t4 - t0, cpu: (dc.user + dc.system) / 1000, inflateMs: t1 - t0, scanMs: t2 - t1, deflateMs: t3 - t2, bytes, cells, written: written.length };
}

function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a));
  if (!file) {
    process.stderr.write("usage: node scripts/bench-floor-summary.js FILE.xlsx [--runs N] [--json]\n");
    process.exit(2);
  }
  const runsAt = args.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
  const out = path.join(os.tmpdir(), `bench-floor-summary-${process.pid}.zip`);
  const results = [];
  try {
    for (let r = 0; r < runs; r++) results.push(floorRun(file, out));
  } finally {
    fs.rmSync(out, { force: true });
  }
  const pick = (k) => median(results.map((x) => x[k]));
  const summary = {
    tool: "floor-summary",
    wall: pick("wall"),
    cpu: pick("cpu"),
    inflateMs: pick("inflateMs"),
    scanMs: pick("scanMs"),
    deflateMs: pick("deflateMs"),
    bytes: results[0].bytes,
    cells: results[0].cells,
    written: results[0].written,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
  if (args.includes("--json")) process.stdout.write(JSON.stringify(summary) + "\n");
  else {
    process.stdout.write(
      `floor-summary: ${(summary.bytes / 1048576).toFixed(1)} MiB of XML, ${summary.cells} cells; wall ${summary.wall.toFixed(0)} ms ` +
        `(inflate ${summary.inflateMs.toFixed(0)}, scan ${summary.scanMs.toFixed(0)}, deflate ${summary.deflateMs.toFixed(0)}), CPU ${summary.cpu.toFixed(0)} ms, ` +
        `peak RSS ${summary.peakRssMiB.toFixed(0)} MiB\n`,
    );
  }
}

if (require.main === module) main();

module.exports = { floorRun };
