/** `--plan plan.xlsx`: the plan sheet of another workbook (as `extract-plan -o` writes it) is the plan, read as a plan sheet is. */
import { join } from "path";
import { writeWorkbookSpec } from "../../src/adapters/exceljs/writeWorkbook";
import { buildSampleSpec } from "../../src/sample";
import { makeTempDir, writeFixture } from "../helpers/xlsxFixture";
import { CLEAN_SHEETS, expectUnusable, runCli } from "./runCli";

interface JsonReport {
  readonly planSource: string;
  readonly indicators: readonly { code: string; target: number; allocated: number; status: string }[];
  readonly findings: readonly { rule: string; sheet: string; cell: string | null }[];
}

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-plan-workbook-");
  await writeFixture(dir, "phan-bo.xlsx", [CLEAN_SHEETS[1]]);
  await writeFixture(dir, "ke-hoach.xlsx", [CLEAN_SHEETS[0]]);
  await writeFixture(dir, "sach.xlsx", CLEAN_SHEETS);
  await writeFixture(dir, "khong-co-ke-hoach.xlsx", [{ name: "Ghi chú", rows: [["Không có kế hoạch ở đây"]] }]);
  await writeWorkbookSpec(buildSampleSpec(), join(dir, "mau.xlsx"));
});

test("a plan workbook checks the allocation as the same plan sheet inside it does", async () => {
  const fromFile = await runCli(["check", "phan-bo.xlsx", "--plan", "ke-hoach.xlsx", "--json"], dir);
  const inside = await runCli(["check", "sach.xlsx", "--json"], dir);
  expect(fromFile.stderr).toBe("");
  expect(fromFile.code).toBe(inside.code);
  const a = JSON.parse(fromFile.stdout) as JsonReport;
  const b = JSON.parse(inside.stdout) as JsonReport;
  expect(a.planSource).toBe("file:ke-hoach.xlsx");
  expect(a.indicators).toEqual(b.indicators);
  expect(a.findings).toEqual(b.findings);
});

test("the sample's own workbook as the plan: the same totals, and no finding points into the plan's file", async () => {
  const fromFile = JSON.parse((await runCli(["check", "mau.xlsx", "--plan", "mau.xlsx", "--sheet", "Phân bổ", "--json"], dir)).stdout) as JsonReport;
  const inside = JSON.parse((await runCli(["check", "mau.xlsx", "--sheet", "Phân bổ", "--json"], dir)).stdout) as JsonReport;
  expect(fromFile.indicators.map((i) => [i.code, i.target, i.allocated, i.status])).toEqual(inside.indicators.map((i) => [i.code, i.target, i.allocated, i.status]));
  expect(fromFile.findings.filter((f) => f.sheet === "Kế hoạch")).toEqual([]);
});

test.each([
  [["check", "phan-bo.xlsx", "--plan", "khong-co-ke-hoach.xlsx"], /^allocheck: khong-co-ke-hoach\.xlsx: Không tìm thấy trang kế hoạch/],
  [["check", "phan-bo.xlsx", "--plan", "khong-co.xlsx"], /không tìm thấy tệp khong-co\.xlsx/],
])("a plan workbook that gives no plan: %j", async (argv, message) => {
  const run = await runCli(argv, dir);
  expectUnusable(run, message);
  expect(run.stderr).not.toContain("--plan-sheet");
});
