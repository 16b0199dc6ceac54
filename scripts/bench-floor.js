#!/usr/bin/env node
"use strict";
/**
 * The physical floor of reading an .xlsx: the least work any reader must do.
 *
 * Reads the file, finds the parts allocheck's reader reads (the package and
 * workbook relationships, the workbook part, the shared strings, the styles,
 * every worksheet part the workbook lists), inflates each with Node's zlib
 * (`inflateRawSync` straight on the zip's local entries — no JSZip), and scans
 * every inflated byte once, counting `<c ` (cells) and `<v>` (values) markers;
 * in the worksheets it also does the sums the check does: every numeric cell
 * (no `t` attribute, or `t="n"`) added to its column's total, its column read
 * from the cell's `r` attribute and its value from the `<v>` digits — without
 * building a string or an object per cell. Any reader that checks the totals
 * does at least this.
 *
 *   node scripts/bench-floor.js FILE.xlsx [--runs N] [--jszip] [--json]
 *
 * --jszip inflates through JSZip instead (what allocheck's reader uses), to
 * compare the two. With --json prints one JSON line per run set:
 * { wall, cpu (ms, medians), inflateMs, scanMs, bytes, cells, values, numbers, sum, peakRssMiB }
 * (`numbers`: numeric cells summed; `sum`: the total of all column sums).
 */
const fs = require("fs");
const zlib = require("zlib");
const { median, nowMs } = require("./bench-stats");

/** The zip's entries from its central directory: name → { method, compressedSize, size, offset }. */
function zipEntries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip file");
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central directory");
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const offset = buf.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || offset === 0xffffffff) throw new Error("zip64 not handled by the floor script");
    const name = buf.toString("utf8", at + 46, at + 46 + nameLen).replace(/^\/+/, "");
    entries.set(name, { method, compressedSize, size, offset });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** An entry's bytes, inflated with zlib directly from its local header. */
function inflateEntry(buf, entry) {
  const at = entry.offset;
  if (buf.readUInt32LE(at) !== 0x04034b50) throw new Error("bad local header");
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const raw = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new Error(`compression method ${entry.method}`);
  return zlib.inflateRawSync(raw, entry.size > 0 ? { chunkSize: Math.min(entry.size, 0x7fffffff) } : undefined);
}

function resolve(folder, target) {
  const out = [];
  for (const part of (target.startsWith("/") ? target.slice(1) : `${folder}/${target}`).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}

/** Relationship targets by type suffix, from a .rels part (a regex is enough for the floor's bookkeeping). */
function relationships(xml) {
  const rels = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attr = (n) => (new RegExp(`\\b${n}="([^"]*)"`).exec(m[1]) || [])[1];
    rels.push({ id: attr("Id"), type: attr("Type") || "", target: attr("Target") || "" });
  }
  return rels;
}

/**
 * The parts allocheck reads, in its order: small bookkeeping parts, then the
 * shared strings, the styles and the worksheets the workbook lists. `inflate`
 * gives a part's bytes.
 */
async function readParts(inflate) {
  const parts = [];
  const take = async (name, sheet = false) => {
    const bytes = await inflate(name);
    if (bytes !== undefined) parts.push({ bytes, sheet });
    return bytes;
  };
  const rootRels = relationships((await take("_rels/.rels")).toString("utf8"));
  const doc = rootRels.find((r) => /\/officeDocument$/.test(r.type));
  const workbook = doc ? resolve("", doc.target) : "xl/workbook.xml";
  const folder = workbook.includes("/") ? workbook.slice(0, workbook.lastIndexOf("/")) : "";
  const workbookXml = (await take(workbook)).toString("utf8");
  const base = workbook.slice(folder.length ? folder.length + 1 : 0);
  const rels = relationships((await take(folder ? `${folder}/_rels/${base}.rels` : `_rels/${base}.rels`)).toString("utf8"));
  for (const type of [/\/sharedStrings$/, /\/styles$/]) {
    const rel = rels.find((r) => type.test(r.type));
    if (rel) await take(resolve(folder, rel.target));
  }
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]*)"/g)) {
    const rel = rels.find((r) => r.id === m[1]);
    if (rel && /\/worksheet$/.test(rel.type)) await take(resolve(folder, rel.target), true);
  }
  return parts;
}

/** One pass over every byte: `<c ` opens a cell, `<v>` a value. */
function scan(bytes) {
  let cells = 0;
  let values = 0;
  const n = bytes.length - 2;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 60) continue; // <
    const a = bytes[i + 1];
    if (a === 99 && bytes[i + 2] === 32) cells++; // "c "
    else if (a === 118 && bytes[i + 2] === 62) values++; // "v>"
  }
  return { cells, values };
}

/**
 * One pass over a worksheet's bytes: every numeric cell's value added to its
 * column's sum (`sums`, grown as needed). Numbers are read from their digits
 * (sign, fraction, exponent); nothing is allocated per cell.
 */
function scanSums(bytes, sums) {
  let cells = 0;
  let values = 0;
  let numbers = 0;
  let col = -1;
  let numeric = true;
  const n = bytes.length - 3;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 60) continue; // <
    const a = bytes[i + 1];
    if (a === 99 && bytes[i + 2] === 32) {
      // <c …>: its r (column letters) and t attributes, up to the tag's end.
      cells++;
      col = -1;
      numeric = true;
      let j = i + 3;
      for (; j < bytes.length && bytes[j] !== 62; j++) {
        if (bytes[j - 1] !== 32) continue;
        if (bytes[j] === 114 && bytes[j + 1] === 61) {
          // r="AB12"
          let c = 0;
          let k = j + 3;
          for (; bytes[k] >= 65 && bytes[k] <= 90; k++) c = c * 26 + (bytes[k] - 64);
          col = c - 1;
        } else if (bytes[j] === 116 && bytes[j + 1] === 61) numeric = bytes[j + 3] === 110 && bytes[j + 4] === 34; // t="n"
      }
      i = j;
    } else if (a === 118 && bytes[i + 2] === 62) {
      values++;
      if (!numeric || col < 0) continue;
      // <v>-12.5E3</v>
      let k = i + 3;
      let sign = 1;
      if (bytes[k] === 45) {
        sign = -1;
        k++;
      }
      let x = 0;
      let digits = 0;
      for (; bytes[k] >= 48 && bytes[k] <= 57; k++, digits++) x = x * 10 + (bytes[k] - 48);
      if (bytes[k] === 46) {
        let scale = 0.1;
        for (k++; bytes[k] >= 48 && bytes[k] <= 57; k++, digits++, scale /= 10) x += (bytes[k] - 48) * scale;
      }
      if (bytes[k] === 69 || bytes[k] === 101) {
        k++;
        let es = 1;
        if (bytes[k] === 45 || bytes[k] === 43) es = bytes[k++] === 45 ? -1 : 1;
        let e = 0;
        for (; bytes[k] >= 48 && bytes[k] <= 57; k++) e = e * 10 + (bytes[k] - 48);
        x *= Math.pow(10, es * e);
      }
      if (digits === 0) continue;
      while (sums.length <= col) sums.push(0);
      sums[col] += sign * x;
      numbers++;
      i = k;
    }
  }
  return { cells, values, numbers };
}

/** JSZip's inflate of one part, as allocheck's reader calls it. */
async function jszipInflater(buf) {
  const JSZip = require("jszip");
  const zip = await JSZip.loadAsync(buf);
  const names = new Map(Object.keys(zip.files).map((n) => [n.replace(/^\/+/, ""), n]));
  return async (name) => (names.has(name) ? zip.file(names.get(name)).async("nodebuffer") : undefined);
}

/** One floor run: read the file, inflate the parts, scan them. */
async function floorRun(file, useJszip) {
  const t0 = nowMs();
  const c0 = process.cpuUsage();
  const buf = fs.readFileSync(file);
  let parts;
  if (useJszip) {
    parts = await readParts(await jszipInflater(buf));
  } else {
    const entries = zipEntries(buf);
    parts = await readParts(async (name) => {
      const e = entries.get(name);
      return e === undefined ? undefined : inflateEntry(buf, e);
    });
  }
  const t1 = nowMs();
  let cells = 0;
  let values = 0;
  let numbers = 0;
  let bytes = 0;
  let sum = 0;
  for (const p of parts) {
    const sums = [];
    const s = p.sheet ? scanSums(p.bytes, sums) : scan(p.bytes);
    cells += s.cells;
    values += s.values;
    numbers += s.numbers || 0;
    bytes += p.bytes.length;
    for (const x of sums) sum += x;
  }
  const t2 = nowMs();
  const dc = process.cpuUsage(c0);
  return { wall: t2 - t0, cpu: (dc.user + dc.system) / 1000, inflateMs: t1 - t0, scanMs: t2 - t1, bytes, cells, values, numbers, sum };
}

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a));
  if (!file) {
    process.stderr.write("usage: node scripts/bench-floor.js FILE.xlsx [--runs N] [--jszip] [--json]\n");
    process.exit(2);
  }
  const runsAt = args.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
  const useJszip = args.includes("--jszip");
  const results = [];
  for (let r = 0; r < runs; r++) results.push(await floorRun(file, useJszip));
  const pick = (k) => median(results.map((x) => x[k]));
  const out = {
    tool: useJszip ? "floor-jszip" : "floor",
    wall: pick("wall"),
    cpu: pick("cpu"),
    inflateMs: pick("inflateMs"),
    scanMs: pick("scanMs"),
    bytes: results[0].bytes,
    cells: results[0].cells,
    values: results[0].values,
    numbers: results[0].numbers,
    sum: results[0].sum,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
  if (args.includes("--json")) process.stdout.write(JSON.stringify(out) + "\n");
  else {
    process.stdout.write(
      `${out.tool}: ${(out.bytes / 1048576).toFixed(1)} MiB of XML, ${out.cells} cells, ${out.values} values, ${out.numbers} numbers summed (total ${out.sum}); ` +
        `wall ${out.wall.toFixed(0)} ms (inflate ${out.inflateMs.toFixed(0)}, scan ${out.scanMs.toFixed(0)}), CPU ${out.cpu.toFixed(0)} ms, peak RSS ${out.peakRssMiB.toFixed(0)} MiB\n`,
    );
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`bench-floor: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  });
}

module.exports = { floorRun, zipEntries, inflateEntry, scan, scanSums };
