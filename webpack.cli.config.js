/**
 * The command line as one file for Node: lib/allocheck.js, bundled from the
 * TypeScript build in lib/ (`tsc -p tsconfig.cli.json` runs first; `npm run
 * build:cli` runs both, then scripts/cli-code-cache.js).
 *
 * Node loads the ≈ 150 modules of a `check` one by one — resolving, reading
 * and compiling each — in about a fifth of a 1 000-row check; one file (with
 * its V8 code cache, see bin/loadBundle.js) loads in a fraction of that. The
 * packages `check` needs (commander, saxes) are bundled; the others (ExcelJS,
 * mammoth, JSZip, …) stay `require`s of node_modules, run only by the commands
 * that need them, as in lib/. Modules the commands load late stay late: they
 * are in the file, but run only when required.
 */
const path = require("path");
const { AsciiOnlyPlugin } = require("./scripts/ascii-bundle");

/** Packages bundled into the file; every other package is required from node_modules at run time. */
const BUNDLED = ["commander", "saxes", "xmlchars"];

/**
 * Node modules loaded on first use instead of when the bundle loads. commander
 * requires child_process at its top for executable subcommands, which
 * allocheck has none of: loading it (with net, dgram…) is ≈ 2 ms of every start.
 */
const LAZY_BUILTINS = ["child_process", "node:child_process"];
const lazyBuiltin = (request) => `var new Proxy({}, { get: (_, name) => require(${JSON.stringify(request)})[name] })`;

module.exports = {
  mode: "production",
  target: "node20",
  context: __dirname,
  entry: { allocheck: "./lib/cli/main.js" },
  output: {
    path: path.resolve(__dirname, "lib"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    chunkFormat: "commonjs",
    // Always written, even unchanged: bin/loadBundle.js takes a bundle older than lib/cli/main.js for a stale one.
    compareBeforeEmit: false,
  },
  externals: [
    ({ request }, callback) => {
      if (LAZY_BUILTINS.includes(request)) return callback(null, lazyBuiltin(request));
      const bare = request !== undefined && !request.startsWith(".") && !path.isAbsolute(request);
      const name = bare ? request.split("/").slice(0, request.startsWith("@") ? 2 : 1).join("/") : "";
      return bare && !BUNDLED.includes(name) ? callback(null, `commonjs ${request}`) : callback();
    },
  ],
  /**
   * Minified without changing the code (terser: no compression, comments
   * dropped, local names shortened; function and class names kept, so stack
   * traces still name each function): every start reads, decodes and checks
   * (CRC-32) the whole file, and V8 copies it once more to compile it, before
   * the code cache is used — 4.0 MB as written by tsc, comments included,
   * 1.76 MB minified (BENCHMARKS.md, 2026-12-07 22:42).
   */
  optimization: {
    minimize: true,
    minimizeOptions: {
      javascript: { compress: false, mangle: true, keep_classnames: true, keep_fnames: true, format: { comments: false } },
    },
  },
  // `__dirname` is the bundle's folder at run time (the package version is read from ../package.json).
  node: { __dirname: false, __filename: false },
  devtool: false,
  // Written in ASCII (\u escapes): decoded on every start, a one-byte string instead of a two-byte one (scripts/ascii-bundle.js).
  plugins: [new AsciiOnlyPlugin()],
  stats: "errors-warnings",
};
