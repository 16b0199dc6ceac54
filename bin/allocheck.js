#!/usr/bin/env node
"use strict";
// Entry point of the `allocheck` command. The TypeScript sources are compiled
// to lib/ by `npm run build:cli` (run automatically by `npm ci` / `npm install`),
// which also bundles them into lib/allocheck.js with its code cache: that file
// is loaded when it is there and up to date (loadBundle.js), lib/cli/main.js otherwise.
let main;
try {
  ({ main } = require("./loadBundle.js").loadBundle() ?? require("../lib/cli/main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("lib/cli/main.js")) {
    process.stderr.write("allocheck: not built yet — run `npm run build:cli` in the repository first\n");
    process.exit(2);
  }
  throw error;
}
// The exit status is set, never forced with process.exit(): output to a pipe
// that is still being written (a report larger than the pipe's buffer, read
// by a slower program) is flushed before the process ends.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`allocheck: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
