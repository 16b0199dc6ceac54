/** `allocheck summary` sets V8's smaller inlining budget before it reads and checks (src/cli/inlineLess.ts); `check` leaves V8 as it is. */
import * as v8 from "node:v8";
import { INLINE_BUDGET_FLAG } from "../../src/cli/inlineLess";
import { makeTempDir } from "../helpers/xlsxFixture";
import { runCli, writeCleanWorkbook } from "./runCli";

jest.mock("node:v8", () => {
  const actual = jest.requireActual<typeof import("node:v8")>("node:v8");
  return { ...actual, setFlagsFromString: jest.fn((flag: string) => actual.setFlagsFromString(flag)) };
});

const flags = v8.setFlagsFromString as jest.MockedFunction<typeof v8.setFlagsFromString>;

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-inline-");
  await writeCleanWorkbook(dir, "sach.xlsx");
});

beforeEach(() => flags.mockClear());

test("summary: the inlining budget is set once, before the workbook is read, and the copy is written", async () => {
  const run = await runCli(["summary", "sach.xlsx", "-o", "sach-tong-hop.xlsx"], dir);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  expect(flags.mock.calls.filter(([flag]) => flag === INLINE_BUDGET_FLAG)).toHaveLength(1);
  // Before the garbage of the check is released (releaseGarbage's flag comes after the check).
  expect(flags.mock.calls[0][0]).toBe(INLINE_BUDGET_FLAG);
  expect(run.stdout).toContain("sach-tong-hop.xlsx");
});

test("check: no V8 flag is set", async () => {
  const run = await runCli(["check", "sach.xlsx"], dir);
  expect(run.code).toBe(0);
  expect(flags).not.toHaveBeenCalled();
});
