/**
 * The summary's print titles in the written copy: one `_xlnm.Print_Titles`
 * defined name, local to the summary sheet (ECMA-376 Part 1 §18.2.5), naming
 * the findings table's header row — the row that holds `STT`, `Nội dung`, … —
 * and each finding's message merged over the columns before the short ones.
 * LibreOffice opens the copy and keeps the same rows to repeat when it saves
 * it again (it read the name as print titles, not as some other name). A
 * missing `soffice` fails, never skips.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { writeWorkbookSpec } from "../../../src/adapters/exceljs/writeWorkbook";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import { checkWorkbook } from "../../../src/core/check";
import { cellValue } from "../../../src/core/model/workbook";
import type { SummarySheetModel } from "../../../src/core/model/summary";
import { buildHighlights } from "../../../src/core/summary";
import { buildSummaryInOrder } from "../../../src/core/summary/buildSummary";
import { FINDING_HEADERS } from "../../../src/core/summary/labels";
import { buildSampleSpec } from "../../../src/sample";
import { convertWithLibreOffice, sofficePath } from "../../helpers/libreoffice";

let dir: string;
const copies = new Map<string, { file: string; model: SummarySheetModel }>();

beforeAll(async () => {
  sofficePath(); // fails (never skips) when LibreOffice is missing
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-titles-"));
  const input = path.join(dir, "sample.xlsx");
  await writeWorkbookSpec(buildSampleSpec(), input);
  const workbook = await readWorkbookFile(input);
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "sample.xlsx" });
  for (const lang of ["vi", "en"] as const) {
    // The findings last, as when they run over a page (the sample's few fit on one: see printPage.test.ts for the choice).
    const model = buildSummaryInOrder({ report, plan, table, areaValues, workbook, lang }, "findings-last");
    const file = path.join(dir, `copy-${lang}.xlsx`);
    await writeSummaryCopy(input, file, model, buildHighlights(report, lang));
    copies.set(lang, { file, model });
  }
}, 120_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** The print titles defined names of a workbook part: the sheet index each is local to, and its formula. */
function printTitles(workbookXml: string): Array<{ sheet: number; formula: string }> {
  return [...workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g)]
    .filter((m) => /\bname="_xlnm\.Print_Titles"/.test(m[1]))
    .map((m) => ({ sheet: Number(/\blocalSheetId="(\d+)"/.exec(m[1])?.[1] ?? -1), formula: m[2].replace(/&apos;/g, "'") }));
}

function sheetNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
}

async function workbookXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return zip.file("xl/workbook.xml")!.async("string");
}

describe.each(["vi", "en"] as const)("%s", (lang) => {
  test("one Print_Titles name, local to the summary, on the findings table's header row", async () => {
    const { file, model } = copies.get(lang)!;
    const xml = await workbookXml(file);
    const index = sheetNames(xml).indexOf(model.name);
    expect(index).toBeGreaterThanOrEqual(0);
    const row = model.print.titleRows!.first + 1;
    expect(model.print.titleRows!.last + 1).toBe(row);
    expect(printTitles(xml)).toEqual([{ sheet: index, formula: `'${model.name}'!$${row}:$${row}` }]);
    // That row, read back from the copy, is the findings' header: every heading in order, the message's over the merged columns.
    const summary = (await readWorkbookFile(file)).sheets.find((s) => s.name === model.name)!;
    const headings = Array.from({ length: model.columnCount }, (_, col) => cellValue(summary, row - 1, col)).filter((v) => v !== null && v !== "");
    expect(headings).toEqual(FINDING_HEADERS.map((h) => h[lang]));
    const messageMerge = summary.merges.find((m) => m.top === row - 1 && m.left === 1);
    expect(messageMerge).toBeDefined();
    expect(messageMerge!.right).toBeGreaterThan(1);
    // Every finding row below is merged alike.
    const findingRows = model.cells.filter((c) => c.row >= row && c.col === 1).map((c) => c.row);
    expect(findingRows.length).toBeGreaterThan(0);
    for (const r of findingRows) expect(summary.merges).toContainEqual({ top: r, left: 1, bottom: r, right: messageMerge!.right });
  });

  test("LibreOffice opens the copy and saves it with the same rows to repeat", async () => {
    const { file, model } = copies.get(lang)!;
    const [saved] = await convertWithLibreOffice(file, path.join(dir, `lo-${lang}`), { format: "xlsx" });
    const xml = await workbookXml(saved);
    const index = sheetNames(xml).indexOf(model.name);
    expect(index).toBeGreaterThanOrEqual(0);
    const row = model.print.titleRows!.first + 1;
    const titles = printTitles(xml).filter((t) => t.sheet === index);
    expect(titles).toHaveLength(1);
    // LibreOffice writes the rows as a whole-row reference, with or without the sheet's quotes.
    expect(titles[0].formula).toMatch(new RegExp(`^'?${model.name}'?!\\$${row}:\\$${row}$`));
  }, 120_000);
});
