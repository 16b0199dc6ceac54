/**
 * `check` and `summary` set V8's larger interrupt budget and the regular expressions' single tier
 * (src/cli/compilerTier.ts) through the process's io before the workbook is read; in-process callers without the
 * hook set nothing.
 */
import { execFileSync } from "node:child_process";
import * as v8 from "node:v8";
import { COMPILE_LATER_FLAG, COMPILER_FLAGS, REGEXP_ONCE_FLAG, compileLater } from "../../src/cli/compilerTier";
import { main } from "../../src/cli/main";
import { makeTempDir } from "../helpers/xlsxFixture";
import { runCli, writeCleanWorkbook } from "./runCli";

// The other flags (the summary's) set as they are; the compilers' flags only recorded, this test process's V8 left as it is.
jest.mock("node:v8", () => {
  const actual = jest.requireActual<typeof import("node:v8")>("node:v8");
  const compiler = (flag: string) => flag.startsWith("--interrupt-budget") || flag.includes("regexp-tier-up");
  return { ...actual, setFlagsFromString: jest.fn((flag: string) => (compiler(flag) ? undefined : actual.setFlagsFromString(flag))) };
});

const isCompilerFlag = (flag: string) => flag.startsWith("--interrupt-budget") || flag.includes("regexp-tier-up");

const flags = v8.setFlagsFromString as jest.MockedFunction<typeof v8.setFlagsFromString>;
const compilerCalls = () => flags.mock.calls.filter(([flag]) => isCompilerFlag(flag));

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-tier-");
  await writeCleanWorkbook(dir, "sach.xlsx");
});

beforeEach(() => flags.mockClear());

test.each([["check"], ["summary"]])("%s calls the io's hook once, before anything is written", async (command) => {
  let calls = 0;
  let stdoutAtCall: string | undefined;
  let stdout = "";
  const argv = command === "check" ? ["check", "--json", "sach.xlsx"] : ["summary", "sach.xlsx", "-o", "tong-hop.xlsx"];
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: () => undefined,
    cwd: dir,
    beforeCheck: () => {
      calls++;
      stdoutAtCall = stdout;
    },
  });
  expect(code).toBe(0);
  expect(calls).toBe(1);
  expect(stdoutAtCall).toBe("");
  expect(stdout).not.toBe("");
});

test("without the hook (tests, the code cache's warm-up) no compiler flag is set", async () => {
  const run = await runCli(["check", "sach.xlsx"], dir);
  expect(run.code).toBe(0);
  expect(compilerCalls()).toEqual([]);
});

test("compileLater sets the larger budget and the regular expressions' single tier once a process", () => {
  compileLater();
  compileLater();
  expect(flags.mock.calls).toEqual([[COMPILE_LATER_FLAG], [REGEXP_ONCE_FLAG]]);
  expect(COMPILER_FLAGS).toEqual([COMPILE_LATER_FLAG, REGEXP_ONCE_FLAG]);
  expect(COMPILE_LATER_FLAG).toMatch(/^--interrupt-budget=\d+$/);
});

test("each flag is one this Node's V8 knows", () => {
  // A flag V8 does not know is refused with a message on stderr and changes nothing.
  const options = execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8" });
  for (const flag of COMPILER_FLAGS) {
    const name = flag.split("=")[0].replace(/^--no-/, "--");
    expect(options).toContain(`  ${name} (`);
  }
});
