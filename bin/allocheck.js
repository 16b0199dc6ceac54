#!/usr/bin/env node
"use strict";
// Entry point of the `allocheck` command. The TypeScript sources are compiled
// to lib/ by `npm run build:cli` (run automatically by `npm ci` / `npm install`).
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("lib/cli/main.js")) {
    process.stderr.write("allocheck: not built yet — run `npm run build:cli` in the repository first\n");
    process.exit(2);
  }
  throw error;
}
main(process.argv.slice(2)).then(
  // Exit once stdout has taken everything: to a pipe it is written asynchronously, and exiting
  // at once cut a big --json report at 64 KiB.
  (code) => process.stdout.write("", () => process.exit(code)),
  (error) => {
    process.stderr.write(`allocheck: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
