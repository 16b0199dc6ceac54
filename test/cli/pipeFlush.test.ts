/**
 * `allocheck check --json | other-program`: the whole report reaches the
 * program reading the pipe, however slowly it reads. The report here is
 * several times a pipe's buffer (64 KiB on Linux), and the reader waits
 * before it reads, so the command's last writes are still pending when its
 * work is done: it must not exit before they are flushed.
 */
import { spawn } from "child_process";
import { BIN, ensureCliBuilt } from "../helpers/builtCli";
import { makeTempDir, writeFixture, type FixtureValue } from "../helpers/xlsxFixture";


beforeAll(ensureCliBuilt, 120_000);

/** Runs the command with stdout on a pipe that nobody reads for `delayMs`, then reads it all. */
function runThroughSlowPipe(args: readonly string[], cwd: string, delayMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let stderr = "";
    child.stdout.pause();
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    setTimeout(() => child.stdout.resume(), delayMs);
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout: Buffer.concat(out).toString("utf8"), stderr }));
  });
}

describe("check --json through a pipe", () => {
  test("a report over 200 KiB arrives whole: it parses, with every finding", async () => {
    const dir = makeTempDir("allocheck-pipe-");
    const communes = 1200;
    // Every commune's figure typed as text: one text-number finding each.
    const rows: FixtureValue[][] = [["STT", "Địa bàn", "Tổ truyền thông cộng đồng"]];
    for (let i = 1; i <= communes; i++) rows.push([i, `Xã Thử ${i}`, String((i % 5) + 1)]);
    const path = await writeFixture(dir, "lon.xlsx", [
      { name: "Kế hoạch", rows: [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ["1", "Tổ truyền thông cộng đồng", "tổ", 5 * communes]] },
      { name: "Phân bổ", rows },
    ]);
    const run = await runThroughSlowPipe(["check", path, "--json"], dir, 1500);
    expect(run.stderr).toBe("");
    expect(Buffer.byteLength(run.stdout)).toBeGreaterThan(200 * 1024);
    const report = JSON.parse(run.stdout) as { findings: Array<{ rule: string }>; counts: { error: number; warning: number } };
    expect(report.findings.filter((f) => f.rule === "text-number")).toHaveLength(communes);
    expect(run.code).toBe(report.counts.error > 0 ? 1 : 0);
  }, 120_000);
});
