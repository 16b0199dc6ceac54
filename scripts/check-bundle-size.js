#!/usr/bin/env node
/**
 * What the production pane loads at first, measured on dist/ (`npm run build`):
 * the scripts taskpane.html references (Office.js from Microsoft's CDN aside),
 * gzipped as a web server sends them (zlib's default level 6). Fails when they
 * are over the budget, when the preview or the sample workbook is in a
 * production file, or when the plan import (the .docx reader) or the check's
 * result view (loaded with the first check) is in the first load.
 *
 *   node scripts/check-bundle-size.js [dist]      (npm run size)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** The budget for the pane's first load, gzipped. */
const INITIAL_GZIP_BUDGET = 200 * 1000;

/** Text only the preview or the sample carries (their module code, not words the pane shows). */
const PREVIEW_MARKERS = ["allocheckPreview", "allocheck-mau.xlsx", "preview-grid"];
/** Text only the plan import's document reader carries (mammoth, the extractor). */
const IMPORT_MARKERS = ["mammoth", "word/document.xml"];
/** Test ids only the check's result view carries (its plan-line table, the jump to its problems). */
const RESULT_MARKERS = ["indicator-table", "jump-to-findings"];

function gzipSize(buffer) {
  return zlib.gzipSync(buffer).length;
}

/** Local script files of an HTML page, in order. */
function pageScripts(html) {
  const out = [];
  // Minified pages leave attribute values unquoted.
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (/^(https?:)?\/\//i.test(src)) continue;
    out.push(src.replace(/^\.?\//, ""));
  }
  return out;
}

function measure(dist) {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const initial = pageScripts(html).map((file) => {
    const bytes = fs.readFileSync(path.join(dist, file));
    return { file, bytes: bytes.length, gzip: gzipSize(bytes) };
  });
  const all = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .map((file) => {
      const bytes = fs.readFileSync(path.join(dist, file));
      return { file, bytes: bytes.length, gzip: gzipSize(bytes), text: bytes.toString("utf8") };
    });
  return { initial, all };
}

function problems({ initial, all }) {
  const out = [];
  if (initial.length === 0) out.push("taskpane.html references no local script");
  const total = initial.reduce((s, f) => s + f.gzip, 0);
  if (total > INITIAL_GZIP_BUDGET) out.push(`first load is ${total} bytes gzipped, over the budget of ${INITIAL_GZIP_BUDGET}`);
  for (const f of all) {
    for (const marker of PREVIEW_MARKERS) {
      if (f.text.includes(marker)) out.push(`${f.file} carries the preview or the sample ("${marker}")`);
    }
  }
  const initialFiles = new Set(initial.map((f) => f.file));
  for (const f of all.filter((x) => initialFiles.has(x.file))) {
    for (const marker of IMPORT_MARKERS) {
      if (f.text.includes(marker)) out.push(`${f.file} (first load) carries the plan import ("${marker}")`);
    }
    for (const marker of RESULT_MARKERS) {
      if (f.text.includes(marker)) out.push(`${f.file} (first load) carries the check's result view ("${marker}")`);
    }
  }
  if (!all.some((f) => !initialFiles.has(f.file) && IMPORT_MARKERS.every((m) => f.text.includes(m)))) {
    out.push("no chunk loaded on demand carries the plan import");
  }
  return out;
}

function main() {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    console.error(`FAIL: no production build in ${dist} (run npm run build first)`);
    process.exit(1);
  }
  const result = measure(dist);
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  console.log("First load (gzipped):");
  for (const f of result.initial) console.log(`  ${f.file.padEnd(28)} ${kb(f.bytes).padStart(10)}  ${kb(f.gzip).padStart(9)}`);
  const total = result.initial.reduce((s, f) => s + f.gzip, 0);
  console.log(`  total ${kb(total)} of ${kb(INITIAL_GZIP_BUDGET)}`);
  const later = result.all.filter((f) => !result.initial.some((i) => i.file === f.file));
  if (later.length > 0) {
    console.log("Other scripts (loaded on demand, or by commands.html):");
    for (const f of later) console.log(`  ${f.file.padEnd(28)} ${kb(f.bytes).padStart(10)}  ${kb(f.gzip).padStart(9)}`);
  }
  const found = problems(result);
  for (const p of found) console.error(`FAIL: ${p}`);
  process.exit(found.length === 0 ? 0 : 1);
}

if (require.main === module) main();

module.exports = { INITIAL_GZIP_BUDGET, measure, problems, pageScripts };
