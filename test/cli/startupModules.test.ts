/**
 * The command line starts without the plan-text extractor (src/extract/prose.ts and the modules it reads, their
 * patterns made when they load): `check` never needs it, `extract-plan` loads it when it extracts.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";

const mockLoaded = { prose: 0 };
jest.mock("../../src/extract/prose", () => {
  mockLoaded.prose++;
  return jest.requireActual<typeof import("../../src/extract/prose")>("../../src/extract/prose");
});

async function run(argv: readonly string[], cwd: string): Promise<number> {
  const { main } = await import("../../src/cli/main");
  return main(argv, { stdout: () => undefined, stderr: () => undefined, cwd });
}

test("the command line and a check load no extractor; extract-plan does", async () => {
  const dir = makeTempDir("allocheck-cli-startup-");
  const { writeCleanWorkbook } = await import("./runCli");
  await writeCleanWorkbook(dir, "sach.xlsx");
  expect(mockLoaded.prose).toBe(0);
  expect(await run(["check", "--json", "sach.xlsx"], dir)).toBe(0);
  expect(mockLoaded.prose).toBe(0);
  writeFileSync(join(dir, "kh.txt"), "1. Thành lập mới 25 tổ hợp tác.\n");
  await run(["extract-plan", "kh.txt"], dir);
  expect(mockLoaded.prose).toBe(1);
});
