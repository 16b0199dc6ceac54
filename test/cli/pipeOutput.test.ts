/**
 * A big `--json` report through a pipe comes out whole: the command exits
 * only once stdout has taken all of it (to a pipe Node writes asynchronously;
 * exiting at once cut the report at 64 KiB).
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import { join, resolve } from "path";
import { makeTempDir, writeFixture } from "../helpers/xlsxFixture";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/allocheck.js");
const MAIN = join(ROOT, "lib/cli/main.js");

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : entry.name.endsWith(".ts") ? statSync(path).mtimeMs : 0);
  }
  return time;
}

beforeAll(() => {
  const sources = ["src/core", "src/cli", "src/adapters/xlsx", "src/adapters/exceljs", "src/extract", "src/sample"].map((d) => join(ROOT, d));
  const latest = Math.max(...sources.filter((d) => existsSync(d)).map(newest));
  if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < latest) {
    execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
  }
});

test("check --json of 3 000 communes through a pipe parses whole", async () => {
  const dir = makeTempDir("allocheck-pipe-");
  const communes = Array.from({ length: 3000 }, (_, i) => [i + 1, `Xã Tân Lập ${i + 1}`, 10 + (i % 7)]);
  const total = communes.reduce((s, r) => s + (r[2] as number), 0);
  const file = await writeFixture(dir, "big.xlsx", [
    { name: "Phân bổ", rows: [["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)"], ["", "Tổng cộng", total], ...communes] },
    { name: "Kế hoạch", rows: [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ["1", "Tổ truyền thông cộng đồng", "tổ", total + 5]] },
  ]);
  const run = spawnSync(process.execPath, [BIN, "check", "--json", file], { cwd: dir, encoding: "utf8", timeout: 120_000, maxBuffer: 1 << 28 });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout.length).toBeGreaterThan(65536);
  const report = JSON.parse(run.stdout) as { indicators: unknown[] };
  expect(report.indicators).toHaveLength(1);
});
