import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { writeWorkbookSpec } from "../../../src/adapters/exceljs/writeWorkbook";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import { printTitlesFormula, unselectSheetXml } from "../../../src/adapters/xlsx/workbookView";
import { checkWorkbook } from "../../../src/core/check";
import { buildHighlights, buildSummary } from "../../../src/core/summary";
import { buildSampleSpec } from "../../../src/sample";

test("print titles: columns first, then rows, on the quoted sheet", () => {
  const print = { paper: "A4", orientation: "landscape", fitToWidth: false } as const;
  expect(printTitlesFormula("Tổng hợp", { ...print, titleRows: { first: 23, last: 23 }, titleColumns: { first: 0, last: 1 } })).toBe("'Tổng hợp'!$A:$B,'Tổng hợp'!$24:$24");
  expect(printTitlesFormula("Sum", { ...print, titleRows: { first: 4, last: 5 } })).toBe("Sum!$5:$6");
  expect(printTitlesFormula("Sum", print)).toBeUndefined();
});

test.each([
  ['<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData/></worksheet>', '<worksheet><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData/></worksheet>'],
  ['<x:worksheet><x:sheetViews><x:sheetView workbookViewId="0" tabSelected="true"/></x:sheetViews><x:sheetData/></x:worksheet>', '<x:worksheet><x:sheetViews><x:sheetView workbookViewId="0"/></x:sheetViews><x:sheetData/></x:worksheet>'],
  // Only the views: a cell's text that looks like the attribute is left alone.
  ['<worksheet><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData><row><c t="inlineStr"><is><t>sheetView tabSelected="1"</t></is></c></row></sheetData></worksheet>', null],
])("unselectSheetXml %#", (xml, expected) => {
  expect(unselectSheetXml(xml)).toBe(expected ?? xml);
});

test("the copy opens on the summary, the only selected tab, with its print titles", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-view-"));
  try {
    const input = path.join(dir, "sample.xlsx");
    const output = path.join(dir, "copy.xlsx");
    await writeWorkbookSpec(buildSampleSpec(), input);
    const workbook = await readWorkbookFile(input);
    const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "sample.xlsx" });
    const model = buildSummary({ report, plan, table, areaValues, workbook });
    // Written twice: the refresh keeps one set of print titles.
    await writeSummaryCopy(input, output, model, buildHighlights(report, "vi"));
    const again = path.join(dir, "again.xlsx");
    await writeSummaryCopy(output, again, model, null);
    const zip = await JSZip.loadAsync(await fs.readFile(again));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    const names = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const index = names.indexOf(model.name);
    expect(index).toBe(names.length - 1);
    expect(wb).toMatch(new RegExp(`<workbookView[^>]*activeTab="${index}"`));
    const titles = [...wb.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)];
    expect(titles.map((m) => m[1])).toEqual([String(index)]);
    expect(titles[0][2]).toBe(printTitlesFormula(model.name, model.print));
    const selected: string[] = [];
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
      if (/tabSelected="(1|true)"/.test(await zip.file(name)!.async("string"))) selected.push(name);
    }
    expect(selected).toHaveLength(1);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
