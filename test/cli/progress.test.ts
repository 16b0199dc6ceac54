/** `allocheck check` on workbooks with results sheets (CONTRACT §7): the progress table, `--period`, `--json`. */
import { makeTempDir, pct, writeFixture, type FixtureSheet } from "../helpers/xlsxFixture";
import { CLEAN_SHEETS, expectUnusable, runCli } from "./runCli";

const PROGRESS: FixtureSheet = {
  name: "Tiến độ",
  rows: [
    ["BẢNG THEO DÕI TIẾN ĐỘ", null, null, null, null, null, null],
    ["Mã", "Chỉ tiêu", "Năm 2022", "2023", "6 tháng đầu năm 2024", "Lũy kế", "% so với KH"],
    ["1", "Địa chỉ tin cậy tại cộng đồng", 1, 1, 1, 4, pct(0.5)],
    ["KP", "Kinh phí hỗ trợ (triệu đồng)", 300, 400, 100, 800, pct(0.64)],
  ],
};

const PLAN_WITH_PERIOD: FixtureSheet = {
  ...CLEAN_SHEETS[0],
  rows: [["KẾ HOẠCH giai đoạn 2022 - 2025", null, null, null], [null, null, null, null], ...CLEAN_SHEETS[0].rows],
};

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-progress-");
  await writeFixture(dir, "tien-do.xlsx", [PLAN_WITH_PERIOD, CLEAN_SHEETS[1], PROGRESS]);
  await writeFixture(dir, "khong-giai-doan.xlsx", [CLEAN_SHEETS[0], CLEAN_SHEETS[1], PROGRESS]);
});

describe("allocheck check with results", () => {
  test("the readable report gains a progress table; the wrong Lũy kế is an error (exit 1)", async () => {
    const run = await runCli(["check", "tien-do.xlsx"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Tiến độ thực hiện (đến 06/2024, đã qua 62,5% thời gian kế hoạch)");
    expect(run.stdout).toMatch(/6 tháng đầu năm 2024/);
    expect(run.stdout).toMatch(/'Tiến độ'!F3\s+\[Lũy kế sai\]/);
    expect(run.stdout).toMatch(/Chậm tiến độ/);
  });

  test("--json: progress keys per §7", async () => {
    const run = await runCli(["check", "tien-do.xlsx", "--json"], dir);
    const report = JSON.parse(run.stdout);
    expect(report.progress).toEqual({ periods: ["2022", "2023", "2024-H1"], asOf: "2024-06", planStart: "2022", planEnd: "2025", elapsedShare: 0.625 });
    expect(report.indicators[0]).toMatchObject({ achieved: 3, achievedPercent: 50, expectedByNow: 3.75, forecast: 4.8 });
    expect(report.indicators[1]).toMatchObject({ achieved: 800_000_000, achievedPercent: 64 });
    expect(report.indicators[1].periods).toEqual([
      { period: "2022", label: "Năm 2022", value: 300_000_000 },
      { period: "2023", label: "2023", value: 400_000_000 },
      { period: "2024-H1", label: "6 tháng đầu năm 2024", value: 100_000_000 },
    ]);
    const rules = report.findings.map((f: { rule: string; cell: string | null }) => `${f.rule}@${f.cell}`);
    // Lũy kế 4 ≠ 3; the typed 50 % is what the periods give (3 / 6), so the Lũy kế is the one finding.
    expect(rules).toEqual(expect.arrayContaining(["cumulative@F3", "pace@F3"]));
    expect(rules).not.toContain("rate@G3");
  });

  test("without a plan period: an info finding; --period supplies it; a bad --period is exit 2", async () => {
    const without = JSON.parse((await runCli(["check", "khong-giai-doan.xlsx", "--json"], dir)).stdout);
    expect(without.progress).toEqual({ periods: ["2022", "2023", "2024-H1"], asOf: "2024-06" });
    expect(without.findings.filter((f: { rule: string; severity: string }) => f.rule === "pace" && f.severity === "info")).toHaveLength(1);
    const withOption = JSON.parse((await runCli(["check", "khong-giai-doan.xlsx", "--json", "--period", "2022-2025"], dir)).stdout);
    expect(withOption.progress.elapsedShare).toBe(0.625);
    expectUnusable(await runCli(["check", "khong-giai-doan.xlsx", "--period", "sau"], dir), /--period/);
  });
});
