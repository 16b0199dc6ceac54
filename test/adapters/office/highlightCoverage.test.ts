/**
 * Every finding with a cell gets a highlight through Office.js (the fake Excel
 * host): findings of every rule on the allocation sheet in both orientations
 * (with merged district labels), on results sheets and the plan sheet, on
 * sheets whose names need quoting (spaces, an apostrophe, `&`, `<`), and no
 * cell coloured for a loose finding. Then clearing gives every cell back its
 * fill.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { writeWorkbookSpec } from "../../../src/adapters/exceljs/writeWorkbook";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { buildHighlights } from "../../../src/core/summary";
import { checkWorkbook } from "../../../src/core/check";
import { a1 } from "../../../src/core/model/address";
import { HIGHLIGHT_FILL } from "../../../src/core/model/summary";
import type { WorkbookData } from "../../../src/core/model/workbook";
import { buildSampleSpec } from "../../../src/sample";
import { fakeExcelFromWorkbook } from "../../fakes/excel/fromWorkbookData";
import { build } from "../../integration/generator";
import { chosenSeeds, PLAN_SPLIT, QUOTED_NAMES } from "../../helpers/highlightCases";
import { buildWorkbook, makeTempDir } from "../../helpers/xlsxFixture";
import { hostFor } from "./helpers";

function fillsOf(excel: ReturnType<typeof fakeExcelFromWorkbook>, workbook: WorkbookData): Map<string, string | null> {
  const fills = new Map<string, string | null>();
  for (const sheet of workbook.sheets) {
    sheet.values.forEach((row, r) => {
      const width = Math.max(row?.length ?? 0, 1);
      for (let c = 0; c < width + 1; c++) fills.set(`${sheet.name}!${a1(r, c)}`, excel.document.fillAt(sheet.name, a1(r, c)));
    });
  }
  return fills;
}

async function expectEveryFindingHighlighted(workbook: WorkbookData, name: string): Promise<void> {
  const { report } = checkWorkbook(workbook, { workbookName: name });
  const withCell = report.findings.filter((f) => f.cell !== null);
  expect(withCell.length).toBeGreaterThan(0);
  const excel = fakeExcelFromWorkbook(workbook);
  const host = hostFor(excel);
  const before = fillsOf(excel, workbook);
  await host.applyHighlights(buildHighlights(report, "vi"));
  const missed: string[] = [];
  for (const f of withCell) {
    const worst = withCell.filter((g) => g.sheet === f.sheet && g.cell === f.cell).map((g) => g.severity);
    const expected = HIGHLIGHT_FILL[worst.includes("error") ? "error" : worst.includes("warning") ? "warning" : "info"];
    const fill = excel.document.fillAt(f.sheet!, f.cell!);
    if (fill?.toUpperCase() !== expected.toUpperCase()) missed.push(`${f.rule}/${f.severity} ${f.sheet}!${f.cell}: ${fill}`);
  }
  expect(missed).toEqual([]);
  const flagged = new Set(withCell.map((f) => `${f.sheet}!${f.cell}`));
  const after = fillsOf(excel, workbook);
  for (const [cell, fill] of after) if (!flagged.has(cell)) expect({ cell, fill }).toEqual({ cell, fill: before.get(cell) });
  // Clearing gives every cell its fill back.
  await host.clearHighlights();
  expect(fillsOf(excel, workbook)).toEqual(before);
}


describe("every finding with a cell is highlighted in Excel", () => {
  test("the sample workbook: allocation and results sheets", async () => {
    const dir = makeTempDir("allocheck-hl-office-");
    await writeWorkbookSpec(buildSampleSpec(), join(dir, "mau.xlsx"));
    await expectEveryFindingHighlighted(await readWorkbookBuffer(readFileSync(join(dir, "mau.xlsx"))), "mau.xlsx");
  });

  test("findings on the plan sheet (budget lines that do not add up)", async () => {
    const bytes = Buffer.from(await buildWorkbook(PLAN_SPLIT).xlsx.writeBuffer());
    await expectEveryFindingHighlighted(await readWorkbookBuffer(bytes), "ke-hoach.xlsx");
  });

  const seeds = chosenSeeds();
  test.each(seeds.map((seed, i) => [seed, QUOTED_NAMES[i % QUOTED_NAMES.length]] as const))("generated workbook %i on sheet %p", async (seed, sheetName) => {
    const c = build(seed);
    const bytes = Buffer.from(
      await buildWorkbook([
        { name: sheetName, rows: c.workbook, merges: c.merges },
        { name: "Kế hoạch", rows: c.plan },
      ]).xlsx.writeBuffer(),
    );
    await expectEveryFindingHighlighted(await readWorkbookBuffer(bytes), `generated-${seed}.xlsx`);
  });
});
