/**
 * The command's standard output (src/cli/io.ts): long text is written as
 * UTF-8 bytes it encodes itself; what arrives must be byte for byte what
 * writing the string would give — Vietnamese letters, characters outside the
 * BMP (surrogate pairs), a lone surrogate (U+FFFD, as Node writes it) — to a
 * pipe and to a file, short text and long alike.
 */
import { spawnSync } from "child_process";
import { closeSync, openSync, readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { ensureCliBuilt, ROOT } from "../helpers/builtCli";
import { makeTempDir } from "../helpers/xlsxFixture";

beforeAll(ensureCliBuilt);

const IO = join(ROOT, "lib/cli/io.js");
const dir = makeTempDir("allocheck-io-");

/** Writes each of `texts` through processIo in a child process; its stdout (a pipe, or `file`). */
function written(texts: readonly string[], file?: string): Buffer {
  const script = `
    const { processIo } = require(${JSON.stringify(IO)});
    for (const text of JSON.parse(require("fs").readFileSync(0, "utf8"))) processIo.stdout(text);`;
  const out = file === undefined ? "pipe" : openSync(file, "w");
  const r = spawnSync(process.execPath, ["-e", script], { input: JSON.stringify(texts), stdio: ["pipe", out, "pipe"], maxBuffer: 1 << 26 });
  if (typeof out === "number") closeSync(out);
  expect(r.stderr.toString()).toBe("");
  expect(r.status).toBe(0);
  return file === undefined ? r.stdout : readFileSync(file);
}

const LONG = 1 << 17;
const sample = "Tổ truyền thông cộng đồng — Xã Đông Xuân 😀 \"q\" \\ \n";

describe("processIo.stdout", () => {
  test.each([
    ["short text", [sample]],
    ["long text", [sample.repeat(Math.ceil(LONG / sample.length))]],
    ["long text with a lone surrogate", [`${"ạ".repeat(LONG)}\ud800x`]],
    ["long, short, long", ["a".repeat(LONG), sample, "ồ".repeat(LONG + 1)]],
  ])("%s: the bytes of the strings, to a pipe and to a file", (_, texts) => {
    const expected = Buffer.concat(texts.map((t) => Buffer.from(t, "utf8")));
    expect(written(texts).equals(expected)).toBe(true);
    expect(written(texts, join(dir, "out.txt")).equals(expected)).toBe(true);
  });

  test("any text: the bytes of the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 3 }), (unit, times) => {
        const text = unit.repeat(Math.ceil(LONG / unit.length) * times);
        expect(written([text]).equals(Buffer.from(text, "utf8"))).toBe(true);
      }),
      { numRuns: 8 },
    );
  });
});
