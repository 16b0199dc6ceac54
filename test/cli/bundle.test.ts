/**
 * The command bundled into one file (lib/allocheck.js, webpack.cli.config.js)
 * and loaded with its V8 code cache (bin/loadBundle.js): it is what
 * bin/allocheck.js runs, it answers exactly as the TypeScript build in lib/cli
 * does, `check` loads none of the heavy packages through it, and a cache made
 * from another bundle, a damaged cache, or a bundle older than lib/cli, is not used.
 */
import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "fs";
import { join } from "path";
import { crc32 } from "zlib";
import { writeWorkbookSpec } from "../../src/adapters/exceljs/writeWorkbook";
import { buildSampleSpec } from "../../src/sample";
import { BIN, BUNDLE, BUNDLE_CACHE, ensureCliBuilt, MAIN, ROOT } from "../helpers/builtCli";
import { makeTempDir } from "../helpers/xlsxFixture";

const dir = makeTempDir("allocheck-bundle-");
/** lib/allocheck.cache starts with the bundle's length and CRC-32, then the CRC-32 of the V8 data after them (bin/loadBundle.js). */
const HEADER_BYTES = 12;

beforeAll(async () => {
  ensureCliBuilt();
  await writeWorkbookSpec(buildSampleSpec(), join(dir, "mau.xlsx"));
  writeFileSync(join(dir, "hong.xlsx"), "không phải sổ tính");
}, 180_000);

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, ALLOCHECK_DEBUG: "", ...env }, maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** lib/cli/main.js run as the bin runs it, without the bundle. */
function runUnbundled(args: readonly string[]): Run {
  const script = join(dir, "unbundled.js");
  writeFileSync(script, `require(${JSON.stringify(MAIN)}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`);
  return run(script, args);
}

describe("bin/allocheck.js runs the bundle", () => {
  test("with its code cache", () => {
    const r = run(BIN, ["check", "mau.xlsx", "--json"], { ALLOCHECK_DEBUG: "1" });
    expect(r.stderr).toBe(`allocheck: ${BUNDLE}, code cache used\n`);
    expect(r.status).toBe(1);
  });

  test.each([
    [["--version"]],
    [["--help"]],
    [["check", "--help"]],
    [["check", "mau.xlsx"]],
    [["check", "mau.xlsx", "--json"]],
    [["check", "mau.xlsx", "--explain", "--lang", "en"]],
    [["check", "hong.xlsx"]],
    [["check", "khong-co.xlsx"]],
    [["khong-co-lenh"]],
  ])("%j: the same as the TypeScript build", (args) => {
    const bundled = run(BIN, args);
    expect(bundled).toEqual(runUnbundled(args));
    expect(bundled.stdout + bundled.stderr).not.toBe("");
  });

  test("written in ASCII (decoded on every start: a one-byte string, scripts/ascii-bundle.js)", () => {
    expect(readFileSync(BUNDLE).findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  test("`check` through the bundle loads no ExcelJS, mammoth, JSZip or archiver", () => {
    const list = join(dir, "modules.json");
    const preload = join(dir, "list-modules.js");
    writeFileSync(preload, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`);
    const r = spawnSync(process.execPath, ["-r", preload, BIN, "check", "mau.xlsx", "--json"], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const modules = (JSON.parse(readFileSync(list, "utf8")) as string[]).map((m) => m.replace(/\\/g, "/"));
    expect(modules).toContain(BUNDLE.replace(/\\/g, "/"));
    expect(modules.filter((m) => /\/node_modules\/(exceljs|mammoth|jszip|archiver|unzipper)\//.test(m))).toEqual([]);
    expect(modules.filter((m) => m.includes("/lib/cli/"))).toEqual([]);
  });
});

describe("what `check` does not load", () => {
  test("child_process (commander's executable subcommands, which allocheck has none of): not loaded", () => {
    const list = join(dir, "builtins.json");
    const preload = join(dir, "list-builtins.js");
    writeFileSync(preload, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`);
    const r = spawnSync(process.execPath, ["-r", preload, BIN, "check", "mau.xlsx", "--json"], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const loaded = JSON.parse(readFileSync(list, "utf8")) as string[];
    expect(loaded).toContain("NativeModule zlib");
    expect(loaded).not.toContain("NativeModule child_process");
  });

  test("the bundle's child_process is Node's, loaded on first use", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(join(ROOT, "webpack.cli.config.js")) as { externals: ((data: { request: string }, callback: (error: null, result?: string) => void) => void)[] };
    let external: string | undefined;
    config.externals[0]({ request: "node:child_process" }, (_, result) => (external = result));
    expect(external).toMatch(/^var /);
    const lazy = new Function("require", `return ${external!.slice("var ".length)};`)(require) as typeof import("child_process");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(lazy.spawn).toBe(require("child_process").spawn);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(lazy.execFileSync).toBe(require("child_process").execFileSync);
  });
});

describe("what is not used", () => {
  /** A copy of the installed command: bin/, the bundle and its cache, package.json, node_modules. */
  function copyInstall(name: string): string {
    const root = join(dir, name);
    mkdirSync(join(root, "bin"), { recursive: true });
    mkdirSync(join(root, "lib", "cli"), { recursive: true });
    for (const file of ["bin/allocheck.js", "bin/loadBundle.js", "package.json"]) copyFileSync(join(ROOT, file), join(root, file));
    copyFileSync(BUNDLE, join(root, "lib/allocheck.js"));
    copyFileSync(BUNDLE_CACHE, join(root, "lib/allocheck.cache"));
    symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
    return root;
  }

  test("a cache made from another bundle: compiled as usual, same answers", () => {
    const root = copyInstall("other-cache");
    const cache = readFileSync(join(root, "lib/allocheck.cache"));
    cache[4] ^= 0xff; // the bundle's CRC-32 it starts with no longer matches
    writeFileSync(join(root, "lib/allocheck.cache"), cache);
    const r = run(join(root, "bin/allocheck.js"), ["check", "mau.xlsx", "--json"], { ALLOCHECK_DEBUG: "1" });
    expect(r.stderr).toBe(`allocheck: ${join(root, "lib/allocheck.js")}, code cache absent\n`);
    expect(r.stdout).toBe(run(BIN, ["check", "mau.xlsx", "--json"]).stdout);
  });

  test("no cache beside the bundle: compiled as usual, same answers", () => {
    const root = copyInstall("no-cache");
    rmSync(join(root, "lib/allocheck.cache"));
    const r = run(join(root, "bin/allocheck.js"), ["check", "mau.xlsx", "--json"], { ALLOCHECK_DEBUG: "1" });
    expect(r.stderr).toBe(`allocheck: ${join(root, "lib/allocheck.js")}, code cache absent\n`);
    expect(r.stdout).toBe(run(BIN, ["check", "mau.xlsx", "--json"]).stdout);
  });

  test("a cache cut short (its write interrupted): its checksum no longer matches, compiled as usual, same answers", () => {
    const root = copyInstall("short-cache");
    const cache = readFileSync(join(root, "lib/allocheck.cache"));
    writeFileSync(join(root, "lib/allocheck.cache"), cache.subarray(0, cache.length >> 1)); // the key still matches; the CRC-32 of what follows it does not
    const r = run(join(root, "bin/allocheck.js"), ["check", "mau.xlsx", "--json"], { ALLOCHECK_DEBUG: "1" });
    expect(r.stderr).toBe(`allocheck: ${join(root, "lib/allocheck.js")}, code cache damaged\n`);
    expect(r.stdout).toBe(run(BIN, ["check", "mau.xlsx", "--json"]).stdout);
  });

  test("a cache cut short with a matching checksum: refused by V8 (the length it wrote), compiled as usual, same answers", () => {
    const root = copyInstall("short-cache-summed");
    const cache = readFileSync(join(root, "lib/allocheck.cache"));
    const short = Buffer.from(cache.subarray(0, cache.length >> 1));
    short.writeUInt32LE(crc32(short.subarray(HEADER_BYTES)), HEADER_BYTES - 4); // the bundle's key, then the CRC-32 of the V8 data
    writeFileSync(join(root, "lib/allocheck.cache"), short);
    const r = run(join(root, "bin/allocheck.js"), ["check", "mau.xlsx", "--json"], { ALLOCHECK_DEBUG: "1" });
    expect(r.stderr).toBe(`allocheck: ${join(root, "lib/allocheck.js")}, code cache rejected\n`);
    expect(r.stdout).toBe(run(BIN, ["check", "mau.xlsx", "--json"]).stdout);
  });

  test("a cache damaged in the middle (same length, same key): not given to V8, compiled as usual, same answers", () => {
    const root = copyInstall("damaged-cache");
    const cache = readFileSync(join(root, "lib/allocheck.cache"));
    // four bytes flipped at 6/16 … 10/16 of its length: a release V8 reads them unchecked and ends the process (SIGSEGV or a fatal error)
    for (let k = 6; k <= 10; k++) for (let i = 0; i < 4; i++) cache[Math.floor((cache.length * k) / 16) + i] ^= 0xa5;
    writeFileSync(join(root, "lib/allocheck.cache"), cache);
    const r = run(join(root, "bin/allocheck.js"), ["check", "mau.xlsx", "--json"], { ALLOCHECK_DEBUG: "1" });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 1, stderr: `allocheck: ${join(root, "lib/allocheck.js")}, code cache damaged\n` });
    expect(r.stdout).toBe(run(BIN, ["check", "mau.xlsx", "--json"]).stdout);
  });

  test("a bundle older than lib/cli (lib rebuilt by tsc alone): lib/cli/main.js is run", () => {
    const root = copyInstall("stale-bundle");
    writeFileSync(join(root, "lib/cli/main.js"), `exports.main = async () => { process.stdout.write("lib/cli\\n"); return 0; };\n`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(root, "lib/allocheck.js"), old, old);
    expect(run(join(root, "bin/allocheck.js"), ["--version"])).toEqual({ status: 0, stdout: "lib/cli\n", stderr: "" });
  });
});
