/** `allocheck summary`: writes a copy with the summary sheet, never over its input, nothing on unusable input. */
import { createHash } from "crypto";
import { mkdirSync, readFileSync, symlinkSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { writeWorkbookSpec } from "../../src/adapters/exceljs/writeWorkbook";
import { buildSampleSpec } from "../../src/sample";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli, writeCleanWorkbook } from "./runCli";

function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

let dir: string;
let sampleHash: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-summary-");
  await writeWorkbookSpec(buildSampleSpec(), join(dir, "mau.xlsx"));
  await writeCleanWorkbook(dir, "sach.xlsx");
  sampleHash = sha(join(dir, "mau.xlsx"));
});

describe("allocheck summary", () => {
  test("writes the copy with a Tổng hợp sheet and highlights; exit like check; input untouched", async () => {
    const run = await runCli(["summary", "mau.xlsx", "-o", "mau-tong-hop.xlsx"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("mau-tong-hop.xlsx");
    // 7 errors and 1 warning planted in the allocation, 3 errors and 1 warning in the results.
    expect(run.stdout).toContain("10 lỗi, 2 cảnh báo");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "mau-tong-hop.xlsx"));
    expect(wb.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Kế hoạch", "Phân bổ", "Tổng hợp"]));
    const ceilingCell = wb.getWorksheet("Phân bổ")?.getCell("G6");
    expect(ceilingCell?.fill).toMatchObject({ type: "pattern" });
    expect(ceilingCell?.note).toBeDefined();
    expect(sha(join(dir, "mau.xlsx"))).toBe(sampleHash);
  });

  test("--no-highlight leaves the user's cells without fills or notes", async () => {
    const run = await runCli(["summary", "mau.xlsx", "-o", "khong-to.xlsx", "--no-highlight"], dir);
    expect(run.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "khong-to.xlsx"));
    const cell = wb.getWorksheet("Phân bổ")?.getCell("G6");
    expect(cell?.note).toBeUndefined();
    expect(wb.getWorksheet("Tổng hợp")).toBeDefined();
  });

  test("a clean workbook: exit 0", async () => {
    const run = await runCli(["summary", "sach.xlsx", "-o", "sach-tong-hop.xlsx", "--lang", "en"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/summary/i);
  });

  test("refuses to write over its input, however the path is spelled", async () => {
    mkdirSync(join(dir, "sub"), { recursive: true });
    symlinkSync(join(dir, "mau.xlsx"), join(dir, "sub", "lien-ket.xlsx"));
    for (const out of ["mau.xlsx", "./mau.xlsx", "sub/../mau.xlsx", join(dir, "mau.xlsx"), "sub/lien-ket.xlsx"]) {
      expectUnusable(await runCli(["summary", "mau.xlsx", "-o", out], dir), /không ghi đè/);
    }
    expectUnusable(await runCli(["summary", "mau.xlsx", "-o", "mau.xlsx", "--lang", "en"], dir), /will not write over the input/);
    expect(sha(join(dir, "mau.xlsx"))).toBe(sampleHash);
  });

  test("unusable input writes nothing", async () => {
    const before = filesIn(dir);
    expectUnusable(await runCli(["summary", "khong-co.xlsx", "-o", "ra.xlsx"], dir), /khong-co\.xlsx/);
    expectUnusable(await runCli(["summary", "mau.xlsx", "-o", "ra.txt"], dir), /\.xlsx/);
    expectUnusable(await runCli(["summary", "mau.xlsx", "-o", "khong-co-thu-muc/ra.xlsx"], dir));
    expectUnusable(await runCli(["summary", "mau.xlsx", "-o", "ra.xlsx", "--sheet", "Không có"], dir));
    expect(filesIn(dir)).toEqual(before);
  });
});
