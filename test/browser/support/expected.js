/**
 * What the pane must show for the built-in sample, computed by the engine as
 * the command line runs it (lib/, from `npm run build:cli`): the pane must find
 * the same problems as `allocheck check` on the same workbook.
 */
"use strict";

const path = require("path");

function load(root, rel) {
  return require(path.join(root, "lib", rel));
}

function expectedForSample(root) {
  const sample = load(root, "sample/index.js");
  const { checkWorkbook } = load(root, "core/check.js");
  const { buildHighlights } = load(root, "core/summary/index.js");
  const { HIGHLIGHT_FILL } = load(root, "core/model/summary.js");
  const workbook = sample.buildSampleWorkbookData();
  // As `allocheck check` runs: the sheets found, not named.
  const { report, plan } = checkWorkbook(workbook, { workbookName: "allocheck-mau.xlsx" });
  return {
    allocationSheet: sample.SAMPLE_ALLOCATION_SHEET,
    planSheet: sample.SAMPLE_PLAN_SHEET,
    planted: sample.PLANTED_FINDINGS,
    workbook,
    report,
    plan,
    highlights: buildHighlights(report, "vi"),
    fills: HIGHLIGHT_FILL,
  };
}

module.exports = { expectedForSample };
