/**
 * Runs one browser suite: a fresh page, its steps in order (each step builds
 * on the one before, so after a failure the rest are counted as failed, not
 * skipped), a screenshot after every step, and a failure for any console
 * error or uncaught page error seen during a step.
 *
 * Any request to a host other than the local server fails the step too (the
 * preview and its tests work offline).
 *
 * A suite module exports { name, steps: [{ name, run(ctx) }], allowConsole?: RegExp[],
 * allowRequests?: RegExp[], colorScheme?: "light" | "dark" } (allowed requests are still
 * refused, just not failures; colorScheme is the browser's prefers-color-scheme, light unless told).
 */
"use strict";

const path = require("path");

function slug(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

async function runSteps(suite, { browser, baseUrl, shotsDir, root }) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: "vi-VN",
    colorScheme: suite.colorScheme || "light",
  });
  const problems = [];
  const allowedRequests = suite.allowRequests || [];
  // Only the local server: the preview must work offline. Anything else (a CDN,
  // telemetry) is refused at once and fails the step.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (!allowedRequests.some((re) => re.test(url))) problems.push(`request outside the local server: ${url}`);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  const allowed = suite.allowConsole || [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const text = msg.text();
    if (allowed.some((re) => re.test(text))) return;
    problems.push(`console error: ${text}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));

  const ctx = { page, baseUrl, root, state: {} };
  let passed = 0;
  let failed = 0;
  let broken = null;
  console.log(`\n${suite.name}`);
  for (let i = 0; i < suite.steps.length; i++) {
    const step = suite.steps[i];
    const label = `${String(i + 1).padStart(2, "0")}-${slug(step.name)}`;
    if (broken !== null) {
      failed++;
      console.log(`  ✗ ${step.name} (not reached: an earlier step failed)`);
      continue;
    }
    problems.length = 0;
    try {
      await step.run(ctx);
      // Let pending renders and console messages arrive before judging the step.
      await page.waitForTimeout(50);
      if (problems.length > 0) throw new Error(problems.join("\n"));
      passed++;
      console.log(`  ✓ ${step.name}`);
    } catch (error) {
      failed++;
      broken = step.name;
      console.log(`  ✗ ${step.name}\n    ${String(error && error.message ? error.message : error).replace(/\n/g, "\n    ")}`);
    } finally {
      await page
        .screenshot({ path: path.join(shotsDir, `${label}.png`), fullPage: false })
        .catch((e) => console.log(`    (screenshot failed: ${e.message})`));
    }
  }
  await context.close();
  return { passed, failed };
}

module.exports = { runSteps, slug };
