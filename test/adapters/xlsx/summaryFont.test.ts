/**
 * The summary is written in the workbook's default font when that is a
 * Unicode font columns are often sized for (Times New Roman, Arial, Tahoma):
 * a column's width counts the default font's digits, and LibreOffice, lacking
 * Calibri, cut Calibri text sized for them. Calibri and any other default (a
 * legacy TCVN3 font would garble Unicode text) keep Calibri, the summary's
 * fonts then as before.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import { summaryFontName } from "../../../src/adapters/xlsx/summaryXml";
import { StylesPatch } from "../../../src/adapters/xlsx/stylesPatch";
import { buildSummary } from "../../../src/core/summary";
import { PLAN, REPORT, TABLE, AREA_VALUES } from "../../core/summary/fixture";
import { writeFixtureXlsx } from "./fixtureFile";

let dir: string;
let fixture: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-font-"));
  fixture = path.join(dir, "fixture.xlsx");
  await writeFixtureXlsx(fixture);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const styles = (fonts: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2">${fonts}</fonts><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

test.each([
  [`<font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font><font><b/><name val="Arial"/></font>`, "Times New Roman"],
  [`<font><b/><sz val="11"/><color theme="1"/><name val="Arial"/></font><font><name val="Times New Roman"/></font>`, "Arial"],
  [`<font><sz val="11"/><name val="Calibri"/><scheme val="minor"/></font>`, "Calibri"],
  [`<font><sz val="11"/></font><font><name val="Times New Roman"/></font>`, undefined],
])("the default font of %s is %p", (fonts, name) => {
  expect(new StylesPatch(styles(fonts)).defaultFontName()).toBe(name);
});

test.each([
  ["Times New Roman", "Times New Roman"],
  ["times new roman ", "Times New Roman"],
  ["Arial", "Arial"],
  ["Tahoma", "Tahoma"],
  ["Calibri", "Calibri"],
  [".VnTime", "Calibri"],
  ["VNI-Times", "Calibri"],
  [undefined, "Calibri"],
])("a workbook whose default font is %p gets a summary in %p", (font, expected) => {
  expect(summaryFontName(font)).toBe(expected);
});

/** The fixture with its first font renamed, summarized; the summary sheet's cells' font names. */
async function summaryFonts(defaultFont: string): Promise<{ names: Set<string>; userFont: string }> {
  const zip = await JSZip.loadAsync(await fs.readFile(fixture));
  const xml = await zip.file("xl/styles.xml")!.async("string");
  const first = xml.indexOf("<font>");
  const end = xml.indexOf("</font>", first);
  const renamed = xml.slice(0, first) + xml.slice(first, end).replace(/<name val="[^"]*"\/>/, `<name val="${defaultFont}"/>`) + xml.slice(end);
  zip.file("xl/styles.xml", renamed);
  const input = path.join(dir, `in-${defaultFont}.xlsx`);
  const output = path.join(dir, `out-${defaultFont}.xlsx`);
  await fs.writeFile(input, await zip.generateAsync({ type: "nodebuffer" }));
  const workbook = await readWorkbookFile(input);
  const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook });
  await writeSummaryCopy(input, output, model, null);
  const out = await JSZip.loadAsync(await fs.readFile(output));
  const stylesOut = await out.file("xl/styles.xml")!.async("string");
  const fonts = [...stylesOut.slice(stylesOut.indexOf("<fonts"), stylesOut.indexOf("</fonts>")).matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]);
  const xfs = [...stylesOut.slice(stylesOut.indexOf("<cellXfs"), stylesOut.indexOf("</cellXfs>")).matchAll(/<xf [^>]*fontId="(\d+)"/g)].map((m) => Number(m[1]));
  // The summary sheet is the workbook's last: the styles its cells use.
  const sheets = Object.keys(out.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const sheet = await out.file(sheets[sheets.length - 1])!.async("string");
  expect(sheet).toContain("TỔNG HỢP KIỂM TRA PHÂN BỔ");
  const used = new Set([...sheet.matchAll(/ s="(\d+)"/g)].map((m) => xfs[Number(m[1])]));
  const names = new Set([...used].map((f) => /<name val="([^"]*)"/.exec(fonts[f])?.[1] ?? ""));
  return { names, userFont: /<name val="([^"]*)"/.exec(fonts[0])![1] };
}

test.each([
  ["Times New Roman", "Times New Roman"],
  ["Arial", "Arial"],
  [".VnTime", "Calibri"],
])("written: a workbook in %s gets its summary in %s, its own default font untouched", async (font, expected) => {
  const { names, userFont } = await summaryFonts(font);
  expect([...names]).toEqual([expected]);
  expect(userFont).toBe(font);
}, 60_000);
