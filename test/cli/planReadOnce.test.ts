/** `check --sheet NAME` reads the plan sheet's table once: the plan sheet is told apart from the named sheet by its name alone. */
import { makeTempDir } from "../helpers/xlsxFixture";
import { runCli, writeCleanWorkbook } from "./runCli";

const reads = { count: 0 };
jest.mock("../../src/core/plan/readPlanFromWorkbook", () => {
  const actual = jest.requireActual<typeof import("../../src/core/plan/readPlanFromWorkbook")>("../../src/core/plan/readPlanFromWorkbook");
  return {
    ...actual,
    readPlanFromWorkbook: (...args: Parameters<typeof actual.readPlanFromWorkbook>) => {
      reads.count += 1;
      return actual.readPlanFromWorkbook(...args);
    },
  };
});

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-plan-once-");
  await writeCleanWorkbook(dir);
});
beforeEach(() => {
  reads.count = 0;
});

test.each([
  [["check", "sach.xlsx", "--sheet", "Phân bổ", "--json"]],
  [["check", "sach.xlsx", "--sheet", "Phân bổ", "--plan-sheet", "Kế hoạch"]],
  [["check", "sach.xlsx"]],
])("%j reads the plan sheet once", async (argv) => {
  const run = await runCli(argv, dir);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(reads.count).toBe(1);
});

test("--sheet naming the plan's own sheet is still refused, before the plan is read as an allocation table", async () => {
  const run = await runCli(["check", "sach.xlsx", "--sheet", "Kế hoạch"], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/là trang kế hoạch/);
  expect(reads.count).toBe(0);
});
