#!/usr/bin/env node
/**
 * Scores `extract-plan` on the corpus of plan texts in test/extract/corpus
 * (each `NAME.txt` or `NAME.docx` with `NAME.expected.json`): per text the targets' recall,
 * the spurious targets, the budget lines, and the header, area and issue
 * checks missed; then the totals. Runs the built CLI library (`lib/`):
 * build it first with `npx tsc -p tsconfig.cli.json`.
 *
 *   node scripts/extract-eval.js [corpus-dir] [--verbose]
 */
"use strict";

const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const dir = args.find((a) => !a.startsWith("--")) ?? path.join(root, "test/extract/corpus");

let extract;
let evaluate;
let documents;
try {
  extract = require(path.join(root, "lib/extract/index.js"));
  evaluate = require(path.join(root, "lib/extract/evaluate.js"));
  documents = require(path.join(root, "lib/extract/readDocumentBuffer.js"));
} catch {
  console.error("lib/ is missing or stale: run `npx tsc -p tsconfig.cli.json` first.");
  process.exit(2);
}

const names = fs
  .readdirSync(dir)
  .filter((f) => /\.(txt|docx)$/.test(f) && fs.existsSync(path.join(dir, f.replace(/\.(txt|docx)$/, ".expected.json"))))
  .sort();
if (names.length === 0) {
  console.error(`no NAME.txt or NAME.docx with NAME.expected.json in ${dir}`);
  process.exit(2);
}

async function main() {
  let found = 0;
  let expected = 0;
  let spurious = 0;
  let budgetRight = 0;
  let budgetExpected = 0;
  let other = 0;
  for (const name of names) {
    const text = await documents.readPlanDocumentBytes(fs.readFileSync(path.join(dir, name)), name);
    const wanted = JSON.parse(fs.readFileSync(path.join(dir, name.replace(/\.(txt|docx)$/, ".expected.json")), "utf8"));
    const score = evaluate.scorePlan(extract.extractPlan(text), wanted);
    found += score.found;
    expected += score.expected;
    spurious += score.spurious;
    budgetRight += score.budgetRight;
    budgetExpected += score.budgetExpected;
    other += score.otherMisses.length;
    const budget = score.budgetExpected > 0 ? `  budget ${score.budgetRight}/${score.budgetExpected}` : "";
    const misses = score.otherMisses.length > 0 ? `  other: ${score.otherMisses.join("; ")}` : "";
    console.log(`${name.padEnd(36)} recall ${score.found}/${score.expected} (${(score.recall * 100).toFixed(0)}%)  spurious ${score.spurious}${budget}${misses}`);
    if (verbose) {
      for (const m of score.missed) console.log(`    missed  ${m.target} ${m.unit}  ${m.name ?? ""}`);
      for (const x of score.extra) console.log(`    extra   ${x.target} ${x.unit}  ${x.name}`);
    }
  }
  const recall = expected === 0 ? 1 : found / expected;
  console.log(`TOTAL${" ".repeat(31)} recall ${found}/${expected} (${(recall * 100).toFixed(1)}%)  spurious ${spurious}  budget ${budgetRight}/${budgetExpected}  other misses ${other}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
