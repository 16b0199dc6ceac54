#!/usr/bin/env node
/**
 * Browser tests of the task pane in preview mode (no Excel): builds the
 * preview bundle when it is missing or older than the sources, serves it on
 * 127.0.0.1 with a tiny static server (no network), drives Debian's chromium
 * with playwright-core through the steps in test/browser/*.e2e.js, saves a
 * screenshot of every step under test-output/browser/, and fails on any
 * console error or page error.
 *
 *   node scripts/run-browser-tests.js            build if stale, then test
 *   node scripts/run-browser-tests.js --no-build test the existing build
 *   node scripts/run-browser-tests.js --only planConfirm,twoLabels
 *                                                only the suites whose file name holds one of the words
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium); CI=true makes a
 * missing chromium a failure (otherwise the run says loudly that it did not run).
 * ALLOCHECK_BROWSER_HEADED=1 shows the browser window.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { startStaticServer } = require("../test/browser/support/staticServer");
const { runSteps } = require("../test/browser/support/runner");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "test-output", "dist-preview");
const SHOTS = path.join(ROOT, "test-output", "browser");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CI = process.env.CI === "true" || process.env.CI === "1";

/** Newest modification time under the given paths (files or folders). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  };
  paths.forEach(visit);
  return newest;
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: false });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (status ${result.status})`);
}

const NPX = process.platform === "win32" ? "npx.cmd" : "npx";

function ensurePreviewBuild() {
  const page = path.join(DIST, "taskpane.html");
  const built = fs.existsSync(page) ? fs.statSync(page).mtimeMs : 0;
  const sources = newestMtime([
    path.join(ROOT, "src"),
    path.join(ROOT, "webpack.config.js"),
    path.join(ROOT, "package.json"),
  ]);
  if (built > sources) {
    console.log(`Preview build is up to date: ${path.relative(ROOT, DIST)}`);
    return;
  }
  run(NPX, ["webpack", "--mode", "development", "--env", "preview", "--output-path", DIST]);
}

/** The engine as the command line runs it (lib/, built by `npm run build:cli`), for expected results. */
function ensureCliBuild() {
  const lib = path.join(ROOT, "lib", "core", "check.js");
  const sources = newestMtime([path.join(ROOT, "src", "core"), path.join(ROOT, "src", "sample")]);
  if (fs.existsSync(lib) && fs.statSync(lib).mtimeMs > sources) return;
  run(NPX, ["tsc", "-p", "tsconfig.cli.json"]);
}

async function main() {
  const noBuild = process.argv.includes("--no-build");
  const onlyAt = process.argv.indexOf("--only");
  const only = onlyAt >= 0 ? String(process.argv[onlyAt + 1] || "").split(",").filter((w) => w !== "") : [];
  if (onlyAt >= 0 && only.length === 0) throw new Error("--only needs a comma-separated list of words of suite file names");
  if (!fs.existsSync(CHROMIUM)) {
    const message = `Browser tests need chromium at ${CHROMIUM} (Debian: apt-get install -y chromium).`;
    if (CI) {
      console.error(`FAIL: ${message}`);
      console.log("0 passed, 1 failed");
      process.exit(1);
    }
    console.warn(`NOT RUN: ${message} Set CI=true to make this a failure.`);
    process.exit(0);
  }

  if (!noBuild) {
    ensurePreviewBuild();
    ensureCliBuild();
  }
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error(`No preview build in ${DIST}`);
  // Fresh screenshots: none left over from steps that no longer exist.
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });

  const server = await startStaticServer(DIST);
  const { chromium } = require("playwright-core");
  const headed = process.env.ALLOCHECK_BROWSER_HEADED === "1";
  const args = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--lang=vi-VN",
  ];
  if (!headed) args.unshift("--headless");
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: !headed, args });

  let summary;
  try {
    const files = fs
      .readdirSync(path.join(ROOT, "test", "browser"))
      .filter((f) => f.endsWith(".e2e.js"))
      .filter((f) => only.length === 0 || only.some((w) => f.includes(w)))
      .sort();
    if (files.length === 0) throw new Error(`No browser suite matches --only ${only.join(",")}`);
    summary = { passed: 0, failed: 0 };
    for (const file of files) {
      const suite = require(path.join(ROOT, "test", "browser", file));
      const result = await runSteps(suite, {
        browser,
        baseUrl: server.url,
        shotsDir: SHOTS,
        root: ROOT,
      });
      summary.passed += result.passed;
      summary.failed += result.failed;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nScreenshots: ${path.relative(ROOT, SHOTS)}/`);
  console.log(`${summary.passed} passed, ${summary.failed} failed`);
  process.exit(summary.failed === 0 && summary.passed > 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
