"use strict";
/**
 * Loads the command line bundled into one file (lib/allocheck.js, see
 * webpack.cli.config.js) with V8's code cache of it (lib/allocheck.cache,
 * written by `npm run build:cli`, scripts/cli-code-cache.js): Node 20 has no
 * compile cache of its own (`module.enableCompileCache` came in Node 22), and
 * compiling the command's code is much of its start-up.
 *
 * The cache is used only when it was made from this very file (it starts
 * with the bundle's length and CRC-32 — zlib's, as the reader loads zlib
 * anyway; a SHA-1 would load Node's crypto, ≈ 15 ms), its bytes are those
 * written (then comes the CRC-32 of the bytes V8 wrote: a release V8 does not
 * check them, and damaged ones end the process with a fatal error or a
 * segmentation fault — checked here in ≈ 1 ms, BENCHMARKS.md) and V8 accepts
 * it (same V8 version and flags); otherwise the file is compiled as usual. `loadBundle()` returns
 * null when there is no bundle, or when it is older than the TypeScript build
 * in lib/cli (lib/ rebuilt by `tsc` alone): the caller then loads lib/cli/main.js.
 */
const fs = require("fs");
const Module = require("module");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");

const LIB = path.join(__dirname, "..", "lib");
const BUNDLE = path.join(LIB, "allocheck.js");
const CACHE = path.join(LIB, "allocheck.cache");
const TSC_MAIN = path.join(LIB, "cli", "main.js");
const KEY_BYTES = 8;
/** The key, then the CRC-32 of the V8 data that follows. */
const HEADER_BYTES = KEY_BYTES + 4;

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Whether lib/allocheck.js exists and was built from the current lib/cli (or lib/cli is absent). */
function bundleIsFresh() {
  const bundle = mtime(BUNDLE);
  const main = mtime(TSC_MAIN);
  return bundle !== undefined && (main === undefined || bundle >= main);
}

/**
 * The bundle's exports ({ main }), or null when lib/cli must be used instead.
 * `onLoaded(script, key)` (for the cache writer) is given the compiled script.
 */
function loadBundle(onLoaded) {
  if (!bundleIsFresh()) return null;
  const bytes = fs.readFileSync(BUNDLE);
  const source = bytes.toString("utf8");
  const key = Buffer.alloc(KEY_BYTES);
  key.writeUInt32LE(bytes.length, 0);
  const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : undefined; // Node ≥ 20.15
  if (crc32 !== undefined) key.writeUInt32LE(crc32(bytes), 4);
  let cachedData;
  let damaged = false;
  if (onLoaded === undefined && crc32 !== undefined) {
    try {
      const cache = fs.readFileSync(CACHE);
      if (cache.length > HEADER_BYTES && cache.subarray(0, KEY_BYTES).equals(key)) {
        const data = cache.subarray(HEADER_BYTES);
        if (crc32(data) === cache.readUInt32LE(KEY_BYTES)) cachedData = data;
        else damaged = true;
      }
    } catch {
      // no cache: compiled as usual
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  if (process.env.ALLOCHECK_DEBUG === "1") {
    const state = damaged ? "damaged" : cachedData === undefined ? "absent" : script.cachedDataRejected ? "rejected" : "used";
    process.stderr.write(`allocheck: ${BUNDLE}, code cache ${state}\n`);
  }
  const bundle = new Module(BUNDLE, module);
  bundle.filename = BUNDLE;
  bundle.paths = Module._nodeModulePaths(LIB);
  Module._cache[BUNDLE] = bundle; // as `require` would: one instance, listed with the others
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, LIB);
  bundle.loaded = true;
  if (onLoaded !== undefined) onLoaded(script, key);
  return bundle.exports;
}

/**
 * Writes the code cache of `script` (what V8 compiled of it so far), whole or
 * not at all: written beside, then renamed over the old one. A release V8
 * checks a cache's length and its flags, not a checksum of its bytes (that is
 * a debug build's), and reading damaged bytes ends the process: the CRC-32
 * of the data, written after the key, is checked before V8 is given them
 * (`loadBundle`). A write cut short is refused by that sum (or V8's length),
 * and the rename leaves none half-written.
 */
function writeCache(script, key) {
  const data = script.createCachedData();
  const sum = Buffer.alloc(HEADER_BYTES - KEY_BYTES);
  if (typeof zlib.crc32 === "function") sum.writeUInt32LE(zlib.crc32(data), 0); // else never read: the key has no CRC-32 either
  const partial = `${CACHE}.${process.pid}.tmp`;
  fs.writeFileSync(partial, Buffer.concat([key, sum, data]));
  fs.renameSync(partial, CACHE);
  return CACHE;
}

module.exports = { loadBundle, writeCache, BUNDLE, CACHE };
