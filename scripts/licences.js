#!/usr/bin/env node
/**
 * The production dependencies' licences (every package `npm ci --omit=dev`
 * installs, from package-lock.json, which records each package's declared
 * licence), written to THIRD-PARTY-LICENSES.md, and checked:
 *
 *   node scripts/licences.js           write THIRD-PARTY-LICENSES.md
 *   node scripts/licences.js --check   fail when the file is out of date, or a
 *                                      licence is not permissive (run by npm test)
 *
 * Permissive: the SPDX identifiers below; an `(A OR B)` expression passes when
 * one of its options does, `(A AND B)` when all do. A package that declares no
 * licence fails unless it is in REVIEWED with what was found by hand.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "THIRD-PARTY-LICENSES.md");

const PERMISSIVE = new Set([
  "MIT",
  "MIT/X11",
  "ISC",
  "BSD",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "Apache-2.0",
  "BlueOak-1.0.0",
  "Unlicense",
  "Zlib",
  "CC0-1.0",
]);

/** Packages whose licence was established by hand: name@version → licence and where it was found. */
const REVIEWED = {
  "buffers@0.1.1": {
    license: "MIT",
    source: "declares no licence; its repository (github.com/substack/node-buffers) carries the MIT licence in LICENSE",
  },
};

function isPermissive(expression) {
  const text = expression.replace(/^\((.*)\)$/, "$1").trim();
  if (/\sOR\s/i.test(text)) return text.split(/\s+OR\s+/i).some(isPermissive);
  if (/\sAND\s/i.test(text)) return text.split(/\s+AND\s+/i).every(isPermissive);
  return PERMISSIVE.has(text);
}

function productionPackages() {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
  const out = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === "" || entry.dev || entry.devOptional || entry.link) continue;
    const name = entry.name || key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
    const reviewed = REVIEWED[`${name}@${entry.version}`];
    out.push({ name, version: entry.version, license: entry.license || (reviewed && reviewed.license) || null, note: !entry.license && reviewed ? reviewed.source : "" });
  }
  const seen = new Set();
  return out
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1))
    .filter((p) => {
      const id = `${p.name}@${p.version}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

function render(packages) {
  const counts = new Map();
  for (const p of packages) counts.set(p.license, (counts.get(p.license) || 0) + 1);
  const lines = [
    "# Third-party licences",
    "",
    "The packages allocheck's production dependencies install (`npm ci --omit=dev`),",
    "as declared in `package-lock.json`. Written by `node scripts/licences.js`;",
    "`npm test` fails when this list is out of date or a licence is not permissive.",
    "",
    `${packages.length} packages: ${[...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(", ")}.`,
    "",
    "| Package | Version | Licence | Note |",
    "|---|---|---|---|",
    ...packages.map((p) => `| ${p.name} | ${p.version} | ${p.license} | ${p.note} |`),
    "",
  ];
  return lines.join("\n");
}

function main() {
  const packages = productionPackages();
  const bad = packages.filter((p) => p.license === null || !isPermissive(p.license));
  const text = render(packages);
  if (process.argv.includes("--check")) {
    const problems = bad.map((p) => `${p.name}@${p.version}: ${p.license === null ? "no licence declared" : `${p.license} is not a permissive licence`}`);
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
    if (current !== text) problems.push(`${path.basename(OUT)} is out of date: run \`node scripts/licences.js\``);
    if (problems.length > 0) {
      console.error(`Licences: ${problems.length} problem(s)\n- ${problems.join("\n- ")}`);
      process.exit(1);
    }
    console.log(`Licences: ${packages.length} production packages, all permissive; ${path.basename(OUT)} is up to date.`);
    return;
  }
  fs.writeFileSync(OUT, text);
  console.log(`Wrote ${path.relative(ROOT, OUT)} (${packages.length} packages).`);
  if (bad.length > 0) {
    console.error(`Not permissive or undeclared: ${bad.map((p) => `${p.name}@${p.version} (${p.license})`).join(", ")}`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { isPermissive, productionPackages };
