#!/usr/bin/env node
"use strict";
/**
 * Writes lib/allocheck.cache, V8's code cache of the bundled command line
 * (bin/loadBundle.js), after `tsc` and webpack in `npm run build:cli`.
 *
 * The cache holds what V8 compiles while the bundle loads (the command line,
 * and every module a `check` loads: reader, engine, reports). Warming it
 * further by running `allocheck demo` before writing it was measured too: no
 * faster for `check` (within noise), and a cache four times the size.
 */
const fs = require("fs");
const path = require("path");
const { loadBundle, writeCache } = require("../bin/loadBundle.js");

let compiled;
if (loadBundle((script, key) => (compiled = { script, key })) === null || compiled === undefined) {
  process.stderr.write("cli-code-cache: lib/allocheck.js is missing or older than lib/cli: run `webpack --config webpack.cli.config.js` first\n");
  process.exitCode = 1;
} else {
  const file = writeCache(compiled.script, compiled.key);
  process.stdout.write(`cli-code-cache: ${path.relative(process.cwd(), file)} (${Math.round(fs.statSync(file).size / 1024)} KiB)\n`);
}
