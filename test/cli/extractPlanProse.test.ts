/** `allocheck extract-plan --json` on a plan written in prose: each target with its confidence (CONTRACT §6 allows it), the issues found in the text. */
import { copyFileSync } from "fs";
import { join } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";
import { runCli } from "./runCli";

const CORPUS = join(__dirname, "../extract/corpus");

let dir: string;
beforeAll(() => {
  dir = makeTempDir("allocheck-cli-extract-prose-");
  copyFileSync(join(CORPUS, "du-an-8-huyen.txt"), join(dir, "du-an-8.txt"));
  copyFileSync(join(CORPUS, "giam-ngheo-huyen.txt"), join(dir, "giam-ngheo.txt"));
});

test("listed targets are sure, running-text ones less; the restated target is a conflict (exit 1)", async () => {
  const run = await runCli(["extract-plan", "du-an-8.txt", "--json"], dir);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(1);
  const json = JSON.parse(run.stdout) as { indicators: Array<Record<string, unknown>>; issues: Array<{ rule: string }> };
  const counts = json.indicators.filter((i) => i.kind !== "money");
  expect(counts.every((i) => typeof i.confidence === "number" && i.confidence > 0 && i.confidence <= 1)).toBe(true);
  expect(counts.find((i) => i.target === 9)).toMatchObject({ unit: "tổ", confidence: 0.95 });
  expect(counts.find((i) => i.target === 45)).toMatchObject({ unit: "phụ nữ", confidence: 0.55 });
  expect(json.issues.map((i) => i.rule)).toContain("target-conflict");
});

test("the text report lists the budget under its total and the shortfall, and the plain list of communes", async () => {
  const run = await runCli(["extract-plan", "giam-ngheo.txt"], dir);
  expect(run.stdout).toContain("KP.1. Hỗ trợ phát triển sản xuất: 1,92 tỷ đồng");
  expect(run.stdout).toContain("[budget-split]");
  expect(run.stdout).toContain("Lâm Bình: Thượng Lâm, Khuôn Hà, Lăng Can, Phúc Yên, Xuân Lập, Bình An");
  expect(run.stdout).toContain("[area-count]");
});
