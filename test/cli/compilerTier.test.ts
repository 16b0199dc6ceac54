/**
 * A small workbook is checked with V8's optimising compiler made to wait (src/cli/compilerTier.ts): the process's
 * io is told the workbook file's size before it is read; a larger one leaves V8 as it is.
 */
import { statSync } from "fs";
import { join } from "path";
import * as v8 from "node:v8";
import { compileFor, SMALL_FILE_BYTES, SMALL_WORK_BUDGET_FLAG } from "../../src/cli/compilerTier";
import { main } from "../../src/cli/main";
import { makeTempDir } from "../helpers/xlsxFixture";
import { writeCleanWorkbook } from "./runCli";

// The other flags (the summary's) set as they are; the budget is only recorded, this test process's V8 left as it is.
jest.mock("node:v8", () => {
  const actual = jest.requireActual<typeof import("node:v8")>("node:v8");
  return { ...actual, setFlagsFromString: jest.fn((flag: string) => (flag.startsWith("--interrupt-budget") ? undefined : actual.setFlagsFromString(flag))) };
});

const flags = v8.setFlagsFromString as jest.MockedFunction<typeof v8.setFlagsFromString>;

beforeEach(() => flags.mockClear());

test("a file over the bound sets no flag; one at the bound sets the budget, once a process", () => {
  compileFor(SMALL_FILE_BYTES + 1);
  expect(flags).not.toHaveBeenCalled();
  compileFor(SMALL_FILE_BYTES);
  expect(flags.mock.calls).toEqual([[SMALL_WORK_BUDGET_FLAG]]);
  compileFor(1000);
  expect(flags).toHaveBeenCalledTimes(1);
  expect(SMALL_WORK_BUDGET_FLAG).toMatch(/^--interrupt-budget=\d+$/);
});

test.each([["check"], ["summary"]])("%s tells the io the workbook file's size before reading it", async (command) => {
  const dir = makeTempDir("allocheck-cli-tier-");
  await writeCleanWorkbook(dir, "sach.xlsx");
  const sizes: number[] = [];
  let stdoutBeforeSize = "";
  let stdout = "";
  const argv = command === "check" ? ["check", "--json", "sach.xlsx"] : ["summary", "sach.xlsx", "-o", "tong-hop.xlsx"];
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: () => undefined,
    cwd: dir,
    workbookSize: (bytes) => {
      sizes.push(bytes);
      stdoutBeforeSize = stdout;
    },
  });
  expect(code).toBe(0);
  expect(sizes).toEqual([statSync(join(dir, "sach.xlsx")).size]);
  expect(stdoutBeforeSize).toBe("");
  expect(stdout).not.toBe("");
});
