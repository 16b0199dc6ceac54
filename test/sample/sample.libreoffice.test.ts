/**
 * The sample's cached formula results are what a spreadsheet program computes:
 * LibreOffice headless recalculates the written file and must get the same
 * value in every formula cell (the district SUM that skips the "12" typed as
 * text, the #REF! that spreads, the totals). A missing LibreOffice fails.
 */
import { join } from "path";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { writeWorkbookSpec } from "../../src/adapters/exceljs/writeWorkbook";
import { a1 } from "../../src/core/model/address";
import { cellFormula, cellValue } from "../../src/core/model/workbook";
import { buildSampleSpec, buildSampleWorkbookData } from "../../src/sample";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";
import { makeTempDir } from "../helpers/xlsxFixture";

test("LibreOffice recalculates every formula of the sample to its cached value", async () => {
  const dir = makeTempDir("allocheck-sample-lo-");
  const path = join(dir, "mau.xlsx");
  await writeWorkbookSpec(buildSampleSpec(), path);
  const recalculated = await readWorkbookFile(await recalculateWithLibreOffice(path, join(dir, "out")));
  let formulas = 0;
  for (const sheet of buildSampleWorkbookData().sheets) {
    const lo = recalculated.sheets.find((s) => s.name === sheet.name);
    expect(lo).toBeDefined();
    if (!lo) continue;
    sheet.values.forEach((row, r) =>
      (row ?? []).forEach((_, c) => {
        if (cellFormula(sheet, r, c) === undefined) return;
        formulas++;
        expect({ cell: a1(r, c), value: cellValue(lo, r, c) }).toEqual({ cell: a1(r, c), value: cellValue(sheet, r, c) });
      }),
    );
  }
  expect(formulas).toBeGreaterThan(50);
});
