/** `allocheck demo`: writes the sample and its summary into a folder, prints where they are and the report. */
import { existsSync, promises as fsp, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { DEMO_SUMMARY, DEMO_WORKBOOK } from "../../src/cli/commands/demo";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli } from "./runCli";

describe("allocheck demo", () => {
  test("writes both files into -o DIR (created), prints their paths and the report, exit 1", async () => {
    const dir = makeTempDir("allocheck-cli-demo-");
    const run = await runCli(["demo", "-o", "ra/demo"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(filesIn(join(dir, "ra/demo"))).toEqual([DEMO_WORKBOOK, DEMO_SUMMARY].sort());
    expect(run.stdout).toContain(join("ra/demo", DEMO_WORKBOOK));
    expect(run.stdout).toContain(join("ra/demo", DEMO_SUMMARY));
    expect(run.stdout).toContain("G6");
    const summary = await readWorkbookFile(join(dir, "ra/demo", DEMO_SUMMARY));
    expect(summary.sheets.map((s) => s.name)).toEqual([
      "Kế hoạch",
      "Phân bổ",
      "Tiến độ",
      "Giải ngân 2022",
      "Giải ngân 2023",
      "Giải ngân 6 tháng đầu năm 2024",
      "Tổng hợp",
    ]);
    // The sample's results: the progress table and the planted progress mistakes.
    expect(run.stdout).toContain("Tiến độ thực hiện (đến 06/2024, đã qua 62,5% thời gian kế hoạch)");
    expect(run.stdout).toMatch(/'Tiến độ'!H8\s+\[Lũy kế sai\]/);
    expect(run.stdout).toMatch(/'Giải ngân 6 tháng đầu năm 2024'!E21\s+\[Giải ngân vượt\]/);
    // A name cut to its column closes the quote it opened: `Câu lạc bộ “Thủ lĩnh của sự thay đ…”`, not `… thay đổ…` run on.
    expect(run.stdout).toContain("Câu lạc bộ “Thủ lĩnh của sự thay đ…”");
    expect(run.stdout).not.toMatch(/“[^”\n]*…(?!”)/);
  });

  test("default folder ./allocheck-demo; running twice works; --lang en", async () => {
    const dir = makeTempDir("allocheck-cli-demo-");
    expect((await runCli(["demo"], dir)).code).toBe(1);
    const again = await runCli(["demo", "--lang", "en"], dir);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain("Sample workbook");
    expect(existsSync(join(dir, "allocheck-demo", DEMO_SUMMARY))).toBe(true);
  });

  test("-o on a read-only drive: told as such, not as a folder that does not exist", async () => {
    const dir = makeTempDir("allocheck-cli-demo-");
    const readOnly = Object.assign(new Error("EROFS: read-only file system"), { code: "EROFS" });
    const lost = Object.assign(new Error("ENOENT: no such file or directory"), { code: "ENOENT" });
    // What Node does on a read-only drive: ENOENT from the recursive mkdir, EROFS from the plain one.
    const mkdir = jest.spyOn(fsp, "mkdir").mockImplementation((_path, options) => Promise.reject((options as { recursive?: boolean } | undefined)?.recursive === true ? lost : readOnly));
    try {
      expectUnusable(await runCli(["demo", "-o", "chi-doc/demo"], dir), /^allocheck: không ghi được chi-doc\/demo: ổ đĩa hay thư mục chỉ cho đọc/);
    } finally {
      mkdir.mockRestore();
    }
    expect(filesIn(dir)).toEqual([]);
  });

  test("-o naming a file: exit 2, nothing written", async () => {
    const dir = makeTempDir("allocheck-cli-demo-");
    writeFileSync(join(dir, "tep"), "x");
    expectUnusable(await runCli(["demo", "-o", "tep"], dir), /tep/);
    expect(filesIn(dir)).toEqual(["tep"]);
  });

  test.each([[DEMO_WORKBOOK], [DEMO_SUMMARY]])("%s open in Excel (its ~$ lock beside it): exit 2 naming it, neither file rewritten", async (open) => {
    const dir = makeTempDir("allocheck-cli-demo-");
    expect((await runCli(["demo"], dir)).code).toBe(1);
    const folder = join(dir, "allocheck-demo");
    const before = [DEMO_WORKBOOK, DEMO_SUMMARY].map((name) => readFileSync(join(folder, name)));
    writeFileSync(join(folder, `~$${open}`), "owner");
    const run = await runCli(["demo", "--lang", "en"], dir);
    expectUnusable(run, new RegExp(`allocheck-demo/${open.replace(/\./g, "\\.")} is open in Excel \\(its lock file ~\\$${open.replace(/\./g, "\\.")} is beside it\\) — not overwritten; close it in Excel and run again`));
    expect([DEMO_WORKBOOK, DEMO_SUMMARY].map((name) => readFileSync(join(folder, name)))).toEqual(before);
    expect(filesIn(folder)).toEqual([DEMO_WORKBOOK, DEMO_SUMMARY, `~$${open}`].sort());
  });
});
