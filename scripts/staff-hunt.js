#!/usr/bin/env node
/**
 * A long hunt over staff-made allocation sheets (test/integration/staffSheets.ts
 * and staffColumns.ts, both orientations), outside jest: draws shapes with the
 * generator's own fast-check arbitrary, writes each workbook, checks it with the
 * real reader and engine, and compares the report with what was planted — every
 * planted finding at its cell, nothing else, the orientation, the indicators'
 * totals and statuses, and the structure as built (each commune read as a leaf,
 * each district as a group or subtotal, the total as the total).
 *
 *   node scripts/staff-hunt.js [--count 10000] [--seed 7] [--from 0] [--to N]
 *                              [--force '{"axis":"columns"}'] [--out hunt.json]
 *
 * `--from/--to` run a slice of the drawn shapes (to split a hunt across
 * processes: the shapes are the same for the same count and seed). Prints the
 * misreads by kind, and writes each kind's first shapes (to replay with
 * `STAFF_SHAPE='<shape>' npx jest -t replayed test/integration/staffSheets`)
 * to `--out`.
 */
"use strict";
const path = require("path");
const fs = require("fs");
const Module = require("module");
const ts = require("typescript");

// TypeScript sources loaded as CommonJS, compiled one file at a time (types are the compiler's job, not the hunt's).
const compileTs = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX },
    fileName: filename,
  });
  module._compile(out.outputText, filename);
};
Module._extensions[".ts"] = compileTs;
Module._extensions[".tsx"] = compileTs;

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const root = path.join(__dirname, "..");
const fc = require("fast-check");
const { buildStaff, staffShape } = require(path.join(root, "test/integration/staffSheets.ts"));
const { checkFile } = require(path.join(root, "test/integration/engine.ts"));
const { mismatch } = require(path.join(root, "test/integration/support.ts"));
const { makeTempDir, writeFixture } = require(path.join(root, "test/helpers/xlsxFixture.ts"));

const count = Number(arg("count", 10000));
const seed = Number(arg("seed", 7));
const from = Number(arg("from", 0));
const to = Math.min(count, Number(arg("to", count)));
const force = JSON.parse(arg("force", "{}"));
const out = arg("out", null);

/** The misreads of one report against its case, as short tags (none: read as built). */
function compare(c, report) {
  const tags = [];
  const want = c.shape.axis === "columns" ? "indicators-as-rows" : "areas-as-rows";
  if (report.orientation !== want) tags.push(`orientation ${report.orientation}`);
  const remaining = [...report.findings];
  const expected = [...c.findings, ...c.loose];
  const unmatched = [];
  for (const e of expected) {
    const i = remaining.findIndex((g) => mismatch(e, g, report.allocationSheet) === null);
    if (i >= 0) remaining.splice(i, 1);
    else unmatched.push(e);
  }
  for (const e of unmatched) {
    const i = remaining.findIndex((g) => g.rule === e.rule);
    if (i >= 0) {
      const why = mismatch(e, remaining[i], report.allocationSheet);
      tags.push(`wrong ${e.rule} ${why.split(":")[0]}`);
      remaining.splice(i, 1);
    } else tags.push(`missed ${e.rule}/${e.severity}`);
  }
  for (const g of remaining) tags.push(`extra ${g.rule}/${g.severity}`);
  const got = report.indicators.map(({ code, kind, rule, target, allocated, difference, status, sheetTotal }) => ({ code, kind, rule, target, allocated, difference, status, ...(sheetTotal !== undefined ? { sheetTotal } : {}) }));
  if (tags.length === 0 && JSON.stringify(got) !== JSON.stringify(c.indicators)) tags.push("indicators");
  const areas = report.reading?.areas ?? [];
  const roleAt = new Map(areas.map((a) => [a.at, a.role]));
  for (const place of c.structure) {
    const role = roleAt.get(place.at);
    const ok = place.role === "district" ? role === "group" || role === "subtotal" : role === place.role;
    if (!ok) {
      tags.push(`structure ${place.role} read ${role ?? "not"}`);
      break;
    }
  }
  const leaves = areas.filter((a) => a.role === "leaf").length;
  const built = c.structure.filter((p) => p.role === "leaf").length;
  if (leaves !== built && !tags.some((t) => t.startsWith("structure"))) tags.push(`structure leaves ${leaves > built ? "more" : "fewer"}`);
  if (report.reading?.confidence?.level !== undefined && report.reading.confidence.level !== "high" && tags.length === 0) tags.push(`unsure ${report.reading.confidence.level}`);
  return tags;
}

/** `--shape '<json>'`: one shape (its fields over a drawn one), its sheet's rows, the report's findings and reading. */
async function one(json) {
  const c = buildStaff({ ...fc.sample(staffShape, { numRuns: 1, seed })[0], ...JSON.parse(json) });
  const file = await writeFixture(makeTempDir("allocheck-hunt-"), "one.xlsx", c.sheets);
  const report = await checkFile(file);
  c.workbook.forEach((r, i) => console.log(String(i + 1).padStart(3), JSON.stringify(r)));
  console.log("merges", JSON.stringify(c.merges), "hidden", JSON.stringify(c.sheets[0].hiddenRows ?? []), JSON.stringify(c.sheets[0].hiddenColumns ?? []));
  console.log("tags", compare(c, report));
  console.log("planted", JSON.stringify(c.findings.map((x) => [x.rule, x.cell])));
  for (const x of report.findings) console.log("found", x.rule, x.severity, x.cell, x.area, x.expected, x.actual, JSON.stringify(x.message).slice(0, 200));
  for (const a of report.reading?.areas ?? []) console.log("area", a.at, a.role, a.name, a.parent);
  console.log(JSON.stringify(report.reading?.confidence), JSON.stringify(report.reading?.notes ?? report.reading?.leftOut ?? "").slice(0, 600));
}

async function main() {
  if (arg("shape", null) !== null) return one(arg("shape", null));
  const shapes = fc.sample(staffShape, { numRuns: count, seed }).slice(from, to);
  const dir = makeTempDir("allocheck-hunt-");
  const kinds = new Map();
  const examples = new Map();
  const byAxis = { rows: { run: 0, misread: 0 }, columns: { run: 0, misread: 0 } };
  let done = 0;
  const started = Date.now();
  for (const drawn of shapes) {
    const shape = { ...drawn, ...force };
    let tags;
    try {
      const c = buildStaff(shape);
      const file = await writeFixture(dir, `hunt-${from + done}.xlsx`, c.sheets);
      try {
        tags = compare(c, await checkFile(file));
      } finally {
        fs.rmSync(file, { force: true });
      }
    } catch (error) {
      tags = [`crash ${String(error && error.message).split("\n")[0].slice(0, 80)}`];
    }
    byAxis[shape.axis].run++;
    if (tags.length > 0) byAxis[shape.axis].misread++;
    const key = [...new Set(tags)].sort().join(" + ");
    if (key !== "") {
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
      const list = examples.get(key) ?? [];
      if (list.length < 5) list.push(shape);
      examples.set(key, list);
    }
    done++;
    if (done % 500 === 0) process.stderr.write(`${from + done}/${to} ${(Date.now() - started) / 1000}s\n`);
  }
  const misread = [...kinds.values()].reduce((s, n) => s + n, 0);
  console.log(`sheets ${done} (rows ${byAxis.rows.run}, columns ${byAxis.columns.run}); misread ${misread} (rows ${byAxis.rows.misread}, columns ${byAxis.columns.misread})`);
  for (const [key, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${key}`);
  if (out !== null) fs.writeFileSync(out, JSON.stringify({ count, seed, from, to, done, kinds: Object.fromEntries(kinds), examples: Object.fromEntries(examples) }, null, 1));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
